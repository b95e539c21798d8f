import type { Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { Exercise } from '@/ui/Exercise';
import { answerDistance, byNumber } from '@/ui/exercise-verdict';
import { useMessages } from '@/ui/i18n';
import { softmaxExerciseTitles } from '../exercise-catalog';
import { softmaxExerciseMessages } from '../exercise-strings';
import { expAnswer, EXP_EXERCISE_X, EXP_TOLERANCE, formatScientific } from '../exp-exercise';
import { softmaxMessages } from '../strings';

/**
 * d2l 3.6, exercise 1: what is exp(50), and does it fit in float64 and float32?
 * Reveal runs the naive softmax on (50, 0, 0) in 32-bit, where it still fits.
 */
export function ExpExercise({ dispatch }: { dispatch: Dispatch<PlaygroundAction> }) {
  const t = useMessages(softmaxExerciseMessages);
  const titles = useMessages(softmaxExerciseTitles);
  const m = useMessages(softmaxMessages);
  const formatName = (format: 'float64' | 'float32') => (format === 'float64' ? m.float64 : m.float32);

  return (
    <Exercise
      id="ch3.6-1"
      title={titles['ch3.6-1']}
      numbers={EXP_EXERCISE_X}
      question={() => <p>{t.expQuestion}</p>}
      input={{ kind: 'number', min: 0, exclusiveMin: true }}
      solve={(x) => ({ truth: formatScientific(expAnswer(x).value), verdict: byNumber(Math.exp(x), EXP_TOLERANCE) })}
      onReveal={(x) => {
        dispatch({ type: 'setLogits', logits: [x, 0, 0] });
        dispatch({ type: 'setStable', stable: false });
        dispatch({ type: 'setFloatFormat', floatFormat: 'float32' });
      }}
      answer={(x, committed) => {
        const answer = expAnswer(x);
        return (
          <>
            <p>
              {t.expValue} <strong className="num">{formatScientific(answer.value)}</strong>
            </p>
            <ul>
              {answer.limits.map((limit) => {
                const say = limit.fits ? t.fitsIn : t.overflowsIn;
                return <li key={limit.format}>{say(formatName(limit.format), formatScientific(limit.max), limit.threshold.toFixed(4))}</li>;
              })}
            </ul>
            <ExpGuessNote x={x} guess={committed} />
            <p>{t.expSet}</p>
          </>
        );
      }}
    />
  );
}

/** How many powers of ten the stored estimate was off, when it was off by one or more. */
function ExpGuessNote({ x, guess }: { x: number; guess: string | null }) {
  const t = useMessages(softmaxExerciseMessages);
  if (guess === null) return null;
  const orders = answerDistance(Number(guess), Math.exp(x), 'orders');
  if (!Number.isFinite(orders) || orders < 1) return null;
  return <p>{t.ordersOff(orders.toFixed(1))}</p>;
}
