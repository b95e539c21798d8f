import type { Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { Exercise } from '@/ui/Exercise';
import { plainVector } from '@/ui/exercise-format';
import { byChoice } from '@/ui/exercise-verdict';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { softmaxExerciseTitles } from '../exercise-catalog';
import { softmaxExerciseMessages } from '../exercise-strings';
import { SHIFT, shiftAnswer, type ShiftChoice } from '../exercises';

interface AddFiveExerciseProps {
  logits: number[];
  temperature: number;
  dispatch: Dispatch<PlaygroundAction>;
}

/** Adding 5 to every logit: the student predicts, reveal shifts the playground's logits and measures the change. */
export function AddFiveExercise({ logits, temperature, dispatch }: AddFiveExerciseProps) {
  const t = useMessages(softmaxExerciseMessages);
  const titles = useMessages(softmaxExerciseTitles);
  const label: Record<ShiftChoice, string> = {
    same: t.choiceSame,
    sharper: t.choiceSharper,
    flatter: t.choiceFlatter,
    'all-up': t.choiceAllUp,
  };
  const options = (['sharper', 'all-up', 'same', 'flatter'] as const).map((value) => ({ value, label: label[value] }));

  return (
    <Exercise
      id="add-five"
      title={titles['add-five']}
      numbers={{ logits, temperature }}
      question={({ logits }) => <p>{t.addFiveQuestion(plainVector(logits))}</p>}
      input={{ kind: 'choice', options }}
      solve={({ logits, temperature }) => {
        const answer = shiftAnswer(logits, temperature, SHIFT);
        return { truth: answer.outcome, verdict: byChoice(answer.outcome) };
      }}
      onReveal={({ logits, temperature }) => {
        const { shifted } = shiftAnswer(logits, temperature, SHIFT);
        if (shifted) dispatch({ type: 'setLogits', logits: shifted });
      }}
      answer={({ logits, temperature }) => {
        const answer = shiftAnswer(logits, temperature, SHIFT);
        return (
          <>
            <p>{t.addFiveAnswer(fixed4(answer.factor), fixed4(answer.change))}</p>
            <p>{answer.shifted ? t.addFiveMoved(plainVector(answer.shifted)) : t.addFiveRefused}</p>
          </>
        );
      }}
    />
  );
}
