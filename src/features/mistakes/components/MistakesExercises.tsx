import { useState } from 'react';
import { Exercise } from '@/ui/Exercise';
import { ExerciseGroup } from '@/ui/ExerciseGroup';
import { plainNumber } from '@/ui/exercise-format';
import { byChoice } from '@/ui/exercise-verdict';
import { fixed4 } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import type { Evaluation } from '@/domain/training-events';
import { mistakesExerciseTitles } from '../exercise-catalog';
import { mistakesExerciseMessages } from '../exercise-strings';
import { DEFAULT_DIAGNOSIS, diagnosisAnswer, OTHER_PAIR, PAIR_CHOICES, pairAnswer, type Decision, type DiagnosisInput } from '../exercises';
import { fashionClassName } from '../lib/class-names';

interface ConfusedPairProps {
  evaluation: Evaluation | null;
  /** The test set's labels, once loaded. */
  labels: ArrayLike<number> | null;
  /** Filters the gallery to true class a predicted as b. */
  onShowPair: (trueClass: number, predClass: number) => void;
}

/** Asked before training, checked after from the latest evaluation: which pair does the model confuse most? */
export function MistakesThinkFirst(props: ConfusedPairProps) {
  return (
    <ExerciseGroup kind="think">
      <ConfusedPairExercise {...props} />
    </ExerciseGroup>
  );
}

function ConfusedPairExercise({ evaluation, labels, onShowPair }: ConfusedPairProps) {
  const t = useMessages(mistakesExerciseMessages);
  const titles = useMessages(mistakesExerciseTitles);
  const lang = useLang();
  const name = (c: number) => fashionClassName(c, lang);
  const options = [
    ...PAIR_CHOICES.map((key) => {
      const [a, b] = key.split('-').map(Number) as [number, number];
      return { value: key, label: t.pairOption(name(a), name(b)) };
    }),
    { value: OTHER_PAIR, label: t.otherPair },
  ];
  const ready = evaluation && labels ? { evaluation, labels } : null;
  const answerOf = ({ evaluation, labels }: NonNullable<typeof ready>) =>
    pairAnswer(labels, evaluation.predictions, evaluation.classCount, evaluation.testCount);

  return (
    <Exercise
      id="confused-pair"
      title={titles['confused-pair']}
      numbers={ready}
      question={() => <p>{t.pairQuestion}</p>}
      input={{ kind: 'choice', options }}
      unavailable={ready ? null : t.pairWaiting}
      solve={(numbers) => {
        const answer = answerOf(numbers!);
        return { truth: answer.right, verdict: byChoice(answer.right, answer.close) };
      }}
      onReveal={(numbers) => {
        const { top } = answerOf(numbers!);
        if (top.aAsB >= top.bAsA) onShowPair(top.a, top.b);
        else onShowPair(top.b, top.a);
      }}
      // The latest evaluation, not the one at reveal: the answer is counted again after each epoch.
      answer={() => {
        if (!ready) return <p>{t.pairWaiting}</p>;
        const { top, runnersUp } = answerOf(ready);
        const [shownTrue, shownPred] = top.aAsB >= top.bAsA ? [top.a, top.b] : [top.b, top.a];
        return (
          <>
            <p>
              {t.pairAnswer(name(top.a), name(top.b), top.count, top.aAsB, top.bAsA, ready.evaluation.testCount, ready.evaluation.epoch)}
            </p>
            {runnersUp.map((p) => (
              <p key={`${p.a}-${p.b}`}>{t.pairNext(name(p.a), name(p.b), p.count)}</p>
            ))}
            <p>{t.pairWhy}</p>
            <p>{t.pairSet(name(shownTrue), name(shownPred))}</p>
            <p className="muted">{t.pairLive}</p>
          </>
        );
      }}
    />
  );
}

/** d2l 3.6, exercise 4: decide by expected cost, with a small cost matrix to set. */
export function MistakesChapterExercises() {
  const t = useMessages(mistakesExerciseMessages);
  const titles = useMessages(mistakesExerciseTitles);
  const [input, setInput] = useState<DiagnosisInput>(DEFAULT_DIAGNOSIS);
  const label: Record<Decision, string> = { treat: t.treat, 'send-home': t.sendHome };
  const short: Record<Decision, string> = { treat: t.treatShort, 'send-home': t.sendHomeShort };
  const set = (next: Partial<DiagnosisInput>) => setInput((previous) => ({ ...previous, ...next }));

  return (
    <ExerciseGroup kind="chapter">
      <Exercise
        id="ch3.6-4"
        title={titles['ch3.6-4']}
        numbers={input}
        question={() => <p>{t.diagnosisQuestion}</p>}
        input={{ kind: 'choice', options: (['send-home', 'treat'] as const).map((value) => ({ value, label: label[value] })) }}
        solve={(input) => {
          const { decision } = diagnosisAnswer(input);
          return { truth: decision, verdict: byChoice(decision) };
        }}
        // Live: the student changes the numbers after the reveal and watches the decision follow.
        answer={() => {
          const a = diagnosisAnswer(input);
          return (
            <>
              <p>{t.diagnosisAnswer(short[a.decision], short[a.mostLikely])}</p>
              <table className="numbers">
                <thead>
                  <tr>
                    <th scope="col">{t.colDecision}</th>
                    <th scope="col">{t.colHow}</th>
                    <th scope="col">{t.colRisk}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr className={a.decision === 'send-home' ? 'is-current' : undefined}>
                    <th scope="row">{short['send-home']}</th>
                    <td>{t.riskHome(plainNumber(input.probability), plainNumber(input.missCost))}</td>
                    <td>{fixed4(a.risks['send-home'])}</td>
                  </tr>
                  <tr className={a.decision === 'treat' ? 'is-current' : undefined}>
                    <th scope="row">{short.treat}</th>
                    <td>{t.riskTreat(plainNumber(1 - input.probability), plainNumber(input.falseAlarmCost))}</td>
                    <td>{fixed4(a.risks.treat)}</td>
                  </tr>
                </tbody>
              </table>
              <p>{t.diagnosisThreshold(fixed4(a.threshold))}</p>
              <p className="muted">{t.diagnosisLive}</p>
            </>
          );
        }}
      >
        <div className="exercise-fields">
          <NumberField label={t.probability} value={input.probability} min={0} max={1} onCommit={(probability) => set({ probability })} />
        </div>
        <table className="numbers exercise-cost-matrix">
          <caption>{t.costCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.truthDecision}</th>
              <th scope="col">{short['send-home']}</th>
              <th scope="col">{short.treat}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.healthy}</th>
              <td>0</td>
              <td>
                <NumberField
                  label={t.falseAlarmCost}
                  hideLabel
                  value={input.falseAlarmCost}
                  min={0}
                  exclusiveMin
                  max={1e6}
                  onCommit={(falseAlarmCost) => set({ falseAlarmCost })}
                />
              </td>
            </tr>
            <tr>
              <th scope="row">{t.sick}</th>
              <td>
                <NumberField label={t.missCost} hideLabel value={input.missCost} min={0} exclusiveMin max={1e6} onCommit={(missCost) => set({ missCost })} />
              </td>
              <td>0</td>
            </tr>
          </tbody>
        </table>
      </Exercise>
    </ExerciseGroup>
  );
}

