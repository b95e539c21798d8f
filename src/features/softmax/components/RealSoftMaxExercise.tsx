import type { Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { Exercise } from '@/ui/Exercise';
import { plainNumber, plainVector } from '@/ui/exercise-format';
import { byNumber } from '@/ui/exercise-verdict';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { softmaxExerciseTitles } from '../exercise-catalog';
import { softmaxExerciseMessages } from '../exercise-strings';
import { GAP_TOLERANCE, realSoftMaxAnswer } from '../exercises';

interface RealSoftMaxExerciseProps {
  logits: number[];
  dispatch: Dispatch<PlaygroundAction>;
}

/** d2l 3.4, exercise 3: RealSoftMax exceeds the max, sharpens to it, and has a mirror image, the soft-min. */
export function RealSoftMaxExercise({ logits, dispatch }: RealSoftMaxExerciseProps) {
  const t = useMessages(softmaxExerciseMessages);
  const titles = useMessages(softmaxExerciseTitles);

  return (
    <Exercise
      id="ch3.4-3"
      title={titles['ch3.4-3']}
      numbers={logits}
      question={(logits) => <p>{t.lseQuestion(plainVector(logits), plainNumber(Math.max(...logits)))}</p>}
      input={{ kind: 'number', min: 0 }}
      solve={(logits) => {
        const answer = realSoftMaxAnswer(logits);
        return { truth: fixed4(answer.gap), verdict: byNumber(answer.gap, GAP_TOLERANCE) };
      }}
      onReveal={() => dispatch({ type: 'setTemperature', temperature: 1 })}
      answer={(logits) => {
        const a = realSoftMaxAnswer(logits);
        return (
          <>
            <p>{t.lseValue(fixed4(a.lse), fixed4(a.gap), plainNumber(a.max))}</p>
            <p>{t.lseWhy(a.q, fixed4(a.bound))}</p>
            <p>{t.lseLimit}</p>
            <table className="numbers">
              <thead>
                <tr>
                  <th scope="col">{t.colLambda}</th>
                  <th scope="col">{t.colSharpened}</th>
                </tr>
              </thead>
              <tbody>
                {a.sharpened.map(({ lambda, value }) => (
                  <tr key={lambda}>
                    <td>{lambda}</td>
                    <td>{fixed4(value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t.softMin(fixed4(a.softMin), plainNumber(a.min))}</p>
            <p>{t.lseSet}</p>
          </>
        );
      }}
    />
  );
}
