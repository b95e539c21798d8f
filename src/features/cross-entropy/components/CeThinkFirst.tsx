import type { Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { Exercise } from '@/ui/Exercise';
import { ExerciseGroup } from '@/ui/ExerciseGroup';
import { plainNumber, plainVector } from '@/ui/exercise-format';
import { byChoice, byNumber } from '@/ui/exercise-verdict';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { ceExerciseTitles } from '../exercise-catalog';
import { ceExerciseMessages } from '../exercise-strings';
import { LOSS_TOLERANCE, lowProbabilityAnswer, pushAnswer, type PushChoice } from '../exercises';
import type { InfoUnit } from '../cross-entropy-view';

export interface CeExerciseProps {
  logits: number[];
  trueClass: number;
  classNames: string[];
  dispatch: Dispatch<PlaygroundAction>;
  onUnitChange: (unit: InfoUnit) => void;
  onStableChange: (stable: boolean) => void;
}

/** The lesson's own questions: the loss at 0.01, and where the gradient pushes. */
export function CeThinkFirst(props: CeExerciseProps) {
  return (
    <ExerciseGroup kind="think">
      <LowProbabilityExercise {...props} />
      <GradientPushExercise {...props} />
    </ExerciseGroup>
  );
}

function LowProbabilityExercise({ logits, trueClass, classNames, dispatch, onUnitChange }: CeExerciseProps) {
  const t = useMessages(ceExerciseMessages);
  const titles = useMessages(ceExerciseTitles);
  return (
    <Exercise
      id="loss-at-one-percent"
      title={titles['loss-at-one-percent']}
      numbers={{ logits, trueClass, name: classNames[trueClass] ?? '' }}
      question={({ name }) => <p>{t.lowQuestion(name)}</p>}
      input={{ kind: 'number', min: 0 }}
      solve={({ logits, trueClass }) => {
        const answer = lowProbabilityAnswer(logits, trueClass);
        return { truth: fixed4(answer.nats), verdict: byNumber(answer.nats, LOSS_TOLERANCE) };
      }}
      onReveal={({ logits, trueClass }) => {
        const moved = lowProbabilityAnswer(logits, trueClass).logits;
        dispatch({ type: 'setLabelMode', labelMode: 'hard' });
        if (moved) dispatch({ type: 'setLogits', logits: moved });
        onUnitChange('nats');
      }}
      answer={({ logits, trueClass }) => {
        const a = lowProbabilityAnswer(logits, trueClass);
        return (
          <>
            <p>{t.lowAnswer(fixed4(a.nats), fixed4(a.bits))}</p>
            <p>{t.lowCompare}</p>
            <ul>
              {a.others.map(({ p, nats }) => (
                <li key={p}>{t.lowRow(plainNumber(p), fixed4(nats))}</li>
              ))}
            </ul>
            <p>{t.lowWhy}</p>
            <p>{a.logits ? t.lowSet(fixed4(a.logits[trueClass]!)) : t.lowRefused}</p>
          </>
        );
      }}
    />
  );
}

function GradientPushExercise({ logits, trueClass, classNames, dispatch }: CeExerciseProps) {
  const t = useMessages(ceExerciseMessages);
  const titles = useMessages(ceExerciseTitles);
  const label: Record<PushChoice, string> = {
    'up-true': t.pushUpTrue,
    'down-true': t.pushDownTrue,
    'all-up': t.pushAllUp,
    'top-only': t.pushTopOnly,
  };
  const options = (['top-only', 'down-true', 'up-true', 'all-up'] as const).map((value) => ({ value, label: label[value] }));
  return (
    <Exercise
      id="gradient-push"
      title={titles['gradient-push']}
      numbers={{ logits, trueClass, names: classNames }}
      question={({ logits, trueClass, names }) => <p>{t.pushQuestion(names[trueClass] ?? '', plainVector(logits))}</p>}
      input={{ kind: 'choice', options }}
      solve={({ logits, trueClass }) => {
        const { outcome } = pushAnswer(logits, trueClass);
        return { truth: outcome, verdict: byChoice(outcome) };
      }}
      onReveal={({ logits, trueClass }) => {
        dispatch({ type: 'setLabelMode', labelMode: 'hard' });
        dispatch({ type: 'setLogits', logits: pushAnswer(logits, trueClass).after });
      }}
      answer={({ logits, trueClass, names }) => {
        const a = pushAnswer(logits, trueClass);
        if (a.outcome === 'none') return <p>{t.pushNone}</p>;
        return (
          <>
            <p>{t.pushAnswer}</p>
            {a.hardest !== null && <p>{t.pushHardest(names[a.hardest] ?? '')}</p>}
            <table className="numbers">
              <thead>
                <tr>
                  <th scope="col">{t.colClass}</th>
                  <th scope="col">{t.colGrad}</th>
                  <th scope="col">{t.colBefore}</th>
                  <th scope="col">{t.colAfter}</th>
                </tr>
              </thead>
              <tbody>
                {a.grad.map((g, j) => (
                  <tr key={j} className={j === trueClass ? 'is-current' : undefined}>
                    <th scope="row">{names[j]}</th>
                    <td>{fixed4(g)}</td>
                    <td>{fixed4(logits[j]!)}</td>
                    <td>{fixed4(a.after[j]!)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t.pushSet}</p>
          </>
        );
      }}
    />
  );
}
