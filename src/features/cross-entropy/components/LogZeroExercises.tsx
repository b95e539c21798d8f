import { Exercise } from '@/ui/Exercise';
import { plainVector } from '@/ui/exercise-format';
import { byChoice } from '@/ui/exercise-verdict';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { ceExerciseTitles } from '../exercise-catalog';
import { ceExerciseMessages } from '../exercise-strings';
import { fixAnswers, logZeroAnswer, rightFix, type FixChoice, type NaiveChoice } from '../exercises';
import type { CeExerciseProps } from './CeThinkFirst';

/** Loads the confidently wrong model into the playground, with a hard label, by the route given. */
function exampleLoader({ dispatch, onStableChange }: CeExerciseProps) {
  return (classCount: number, stable: boolean) => {
    const { logits, trueClass } = logZeroAnswer(classCount);
    dispatch({ type: 'setLabelMode', labelMode: 'hard' });
    dispatch({ type: 'setLogits', logits });
    dispatch({ type: 'setTrueClass', trueClass });
    onStableChange(stable);
  };
}

/** d2l 3.6, exercise 2: the textbook's cross_entropy takes the log of 0. */
export function LogZeroExercise(props: CeExerciseProps) {
  const t = useMessages(ceExerciseMessages);
  const titles = useMessages(ceExerciseTitles);
  const load = exampleLoader(props);
  const label: Record<NaiveChoice, string> = { finite: t.naiveFinite, infinity: t.naiveInfinity, nan: t.naiveNan, zero: t.naiveZero };
  const options = (['finite', 'zero', 'nan', 'infinity'] as const).map((value) => ({ value, label: label[value] }));
  const q = props.logits.length;
  return (
    <Exercise
      id="ch3.6-2"
      title={titles['ch3.6-2']}
      numbers={{ q, names: props.classNames }}
      question={({ q, names }) => {
        const a = logZeroAnswer(q);
        return <p>{t.naiveQuestion(plainVector(a.logits), names[a.trueClass] ?? '')}</p>;
      }}
      input={{ kind: 'choice', options }}
      solve={({ q }) => {
        const { outcome } = logZeroAnswer(q);
        return { truth: outcome, verdict: byChoice(outcome) };
      }}
      onReveal={({ q }) => load(q, false)}
      answer={({ q }) => (
        <>
          <p>{t.naiveAnswer(fixed4(logZeroAnswer(q).exact))}</p>
          <p>{t.naiveSet}</p>
        </>
      )}
    />
  );
}

/** d2l 3.6, exercise 3: which fix gives the right loss, each one run on the same model. */
export function LogZeroFixExercise(props: CeExerciseProps) {
  const t = useMessages(ceExerciseMessages);
  const titles = useMessages(ceExerciseTitles);
  const load = exampleLoader(props);
  const label: Record<FixChoice, string> = {
    'subtract-max': t.fixSubtractMax,
    'log-softmax': t.fixLogSoftmax,
    epsilon: t.fixEpsilon,
    float64: t.fixFloat64,
  };
  const options = (['subtract-max', 'epsilon', 'float64', 'log-softmax'] as const).map((value) => ({ value, label: label[value] }));
  const q = props.logits.length;
  return (
    <Exercise
      id="ch3.6-3"
      title={titles['ch3.6-3']}
      numbers={{ q, names: props.classNames }}
      question={({ q, names }) => {
        const a = logZeroAnswer(q);
        return <p>{t.fixQuestion(plainVector(a.logits), names[a.trueClass] ?? '')}</p>;
      }}
      input={{ kind: 'choice', options }}
      solve={({ q }) => {
        const right = rightFix(q);
        return { truth: right, verdict: byChoice(right) };
      }}
      onReveal={({ q }) => load(q, true)}
      answer={({ q }) => {
        const { exact, fixes } = fixAnswers(q);
        return (
          <>
            <table className="numbers">
              <thead>
                <tr>
                  <th scope="col">{t.colFix}</th>
                  <th scope="col">{t.colValue}</th>
                </tr>
              </thead>
              <tbody>
                {fixes.map((fix) => (
                  <tr key={fix.id} className={fix.right ? 'is-current' : undefined}>
                    <th scope="row" className="exercise-row-label">
                      {label[fix.id]}
                    </th>
                    <td>{fixed4(fix.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t.fixAnswer(fixed4(exact))}</p>
            <p>{t.fixSet}</p>
          </>
        );
      }}
    />
  );
}
