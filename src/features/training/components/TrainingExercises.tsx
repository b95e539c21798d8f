import { EXPLODING_LOSS } from '@/math/training-metrics';
import { Exercise } from '@/ui/Exercise';
import { ExerciseGroup } from '@/ui/ExerciseGroup';
import { plainCount } from '@/ui/exercise-format';
import { byChoice, byNumber } from '@/ui/exercise-verdict';
import { fixed4, formatNumber, formatRate, groupThousands } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import type { TrainConfig } from '@/domain/training-config';
import { trainingExerciseTitles } from '../exercise-catalog';
import { trainingExerciseMessages } from '../exercise-strings';
import { COST_TOLERANCE, HUGE_RATE, rateAnswer, TINY_RATE, vocabularyAnswer, WORKED_STEPS } from '../exercises';
import type { TrainingState } from '../training-state';

/** Steps of the worked problem shown in the answer table. */
const SHOWN_STEPS = [0, 1, 2, 5, 10, 50];

interface RateExerciseProps {
  config: TrainConfig;
  training: TrainingState;
  onSetLearningRate: (rate: number) => void;
}

/** The two learning rates of the lecture, asked before they are run. */
export function TrainingThinkFirst(props: RateExerciseProps) {
  return (
    <ExerciseGroup kind="think">
      <RateExercise id="lr-huge" rate={HUGE_RATE} {...props} />
      <RateExercise id="lr-tiny" rate={TINY_RATE} {...props} />
    </ExerciseGroup>
  );
}

function RateExercise({ id, rate, config, training, onSetLearningRate }: RateExerciseProps & { id: 'lr-huge' | 'lr-tiny'; rate: number }) {
  const t = useMessages(trainingExerciseMessages);
  const titles = useMessages(trainingExerciseTitles);
  const misconception = id === 'lr-huge' ? { value: 'faster', label: t.choiceFaster } : { value: 'careful', label: t.choiceCareful };
  const options = [
    misconception,
    { value: 'learns', label: t.choiceLearns },
    { value: 'stalls', label: t.choiceStalls },
    { value: 'diverges', label: t.choiceDiverges },
  ];
  return (
    <Exercise
      id={id}
      title={titles[id]}
      numbers={config}
      question={() => <p>{t.rateQuestion(formatRate(rate))}</p>}
      input={{ kind: 'choice', options }}
      solve={(config) => {
        const { outcome } = rateAnswer(rate, config);
        return { truth: outcome, verdict: byChoice(outcome) };
      }}
      onReveal={() => onSetLearningRate(rate)}
      answer={(config) => {
        const a = rateAnswer(rate, config);
        return (
          <>
            <p>{t.workedLead(WORKED_STEPS)}</p>
            <table className="numbers">
              <thead>
                <tr>
                  <th scope="col">{t.colStep}</th>
                  <th scope="col">{t.colLoss}</th>
                </tr>
              </thead>
              <tbody>
                {SHOWN_STEPS.filter((step) => step < a.run.losses.length).map((step) => (
                  <tr key={step}>
                    <td>{step}</td>
                    <td>{formatNumber(a.run.losses[step]!)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{a.outcome === 'diverges' ? t.hugeWhy(fixed4(EXPLODING_LOSS)) : t.tinyWhy(groupThousands(a.steps), formatNumber(a.maxWeightChange))}</p>
            <p>{t.rateSet(formatRate(rate))}</p>
            <LiveRun rate={rate} training={training} />
          </>
        );
      }}
    />
  );
}

/** What the page's own run at this learning rate did, once there is one. */
function LiveRun({ rate, training }: { rate: number; training: TrainingState }) {
  const t = useMessages(trainingExerciseMessages);
  const run = training.current;
  if (!run || run.config.learningRate !== rate) return null;
  if (training.status === 'diverged' && training.divergence) return <p>{t.liveDiverged(training.divergence.step)}</p>;
  const last = run.epochs.at(-1);
  return last ? <p>{t.liveEpochs(run.epochs.length, fixed4(last.testAccuracy))}</p> : null;
}

/** d2l 3.6, exercise 5: the softmax over a vocabulary of 50,000 words. */
export function TrainingChapterExercises() {
  const t = useMessages(trainingExerciseMessages);
  const titles = useMessages(trainingExerciseTitles);
  return (
    <ExerciseGroup kind="chapter">
      <Exercise
        id="ch3.6-5"
        title={titles['ch3.6-5']}
        numbers={null}
        question={() => <p>{t.vocabQuestion}</p>}
        input={{ kind: 'number', min: 0, exclusiveMin: true }}
        solve={() => {
          const { words } = vocabularyAnswer();
          return { truth: groupThousands(words.multiplyAdds), verdict: byNumber(words.multiplyAdds, COST_TOLERANCE) };
        }}
        answer={() => {
          const a = vocabularyAnswer();
          return (
            <>
              <p>{t.vocabAnswer(groupThousands(a.words.multiplyAdds), groupThousands(a.ratio))}</p>
              <p>{t.vocabLinear}</p>
              <ul>
                <li>{t.vocabTree(a.tree.decisions)}</li>
                <li>{t.vocabSampled(100)}</li>
              </ul>
              <table className="numbers">
                <caption>{t.vocabCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.colVocabulary}</th>
                    <th scope="col">{t.colFull}</th>
                    <th scope="col">{t.colTree}</th>
                    <th scope="col">{t.colSampled}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.rows.map((row) => (
                    <tr key={row.q}>
                      <td>{groupThousands(row.q)}</td>
                      <td>{plainCount(row.full)}</td>
                      <td>{groupThousands(row.hierarchical)}</td>
                      <td>{groupThousands(row.sampled)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      />
    </ExerciseGroup>
  );
}
