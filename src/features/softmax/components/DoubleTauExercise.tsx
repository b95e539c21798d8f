import type { Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { Exercise } from '@/ui/Exercise';
import { plainNumber, plainVector } from '@/ui/exercise-format';
import { byNumber } from '@/ui/exercise-verdict';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { softmaxExerciseTitles } from '../exercise-catalog';
import { softmaxExerciseMessages } from '../exercise-strings';
import { doubleTauAnswer, PROBABILITY_TOLERANCE } from '../exercises';

interface DoubleTauExerciseProps {
  logits: number[];
  temperature: number;
  names: string[];
  dispatch: Dispatch<PlaygroundAction>;
}

/** Doubling τ: what becomes of the top probability? Reveal moves the temperature slider there. */
export function DoubleTauExercise({ logits, temperature, names, dispatch }: DoubleTauExerciseProps) {
  const t = useMessages(softmaxExerciseMessages);
  const titles = useMessages(softmaxExerciseTitles);

  return (
    <Exercise
      id="double-tau"
      title={titles['double-tau']}
      numbers={{ logits, temperature, names }}
      question={({ logits, temperature, names }) => {
        const a = doubleTauAnswer(logits, temperature);
        return <p>{t.doubleTauQuestion(plainVector(logits), plainNumber(temperature), names[a.top] ?? '', fixed4(a.before), plainNumber(a.tauAfter))}</p>;
      }}
      input={{ kind: 'number', min: 0, max: 1 }}
      solve={({ logits, temperature }) => {
        const a = doubleTauAnswer(logits, temperature);
        return { truth: fixed4(a.after), verdict: byNumber(a.after, PROBABILITY_TOLERANCE) };
      }}
      onReveal={({ logits, temperature }) => dispatch({ type: 'setTemperature', temperature: doubleTauAnswer(logits, temperature).tauAfter })}
      answer={({ logits, temperature }) => {
        const a = doubleTauAnswer(logits, temperature);
        return <p>{t.doubleTauAnswer(plainNumber(a.tauAfter), plainVector(a.scaledAfter), fixed4(a.before), fixed4(a.after), fixed4(a.uniform))}</p>;
      }}
    />
  );
}
