import { Exercise } from '@/ui/Exercise';
import { ExerciseGroup } from '@/ui/ExerciseGroup';
import { plainVector } from '@/ui/exercise-format';
import { byNumber } from '@/ui/exercise-verdict';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { classificationExerciseTitles } from '../exercise-catalog';
import { classificationExerciseMessages } from '../exercise-strings';
import { DISTANCE_TOLERANCE, oneHotDistanceAnswer } from '../exercises';

interface OneHotExerciseProps {
  names: string[];
  /** Points the label panel at a class (0-based). */
  onShowLabel: (classIndex: number) => void;
}

/** The lesson's question, before the label panel answers it: how far apart are two one-hot labels? */
export function OneHotExercise({ names, onShowLabel }: OneHotExerciseProps) {
  const t = useMessages(classificationExerciseMessages);
  const titles = useMessages(classificationExerciseTitles);
  return (
    <ExerciseGroup kind="think">
      <Exercise
        id="one-hot-distance"
        title={titles['one-hot-distance']}
        numbers={names}
        question={(names) => {
          const a = oneHotDistanceAnswer(names.length);
          return <p>{t.question(names[0] ?? '', names[a.q - 1] ?? '', a.q, a.integerDistance)}</p>;
        }}
        input={{ kind: 'number', min: 0 }}
        solve={(names) => {
          const { oneHotDistance } = oneHotDistanceAnswer(names.length);
          return { truth: fixed4(oneHotDistance), verdict: byNumber(oneHotDistance, DISTANCE_TOLERANCE) };
        }}
        onReveal={() => onShowLabel(0)}
        answer={(names) => {
          const a = oneHotDistanceAnswer(names.length);
          const first = names[0] ?? '';
          const last = names[a.q - 1] ?? '';
          return (
            <>
              <p>{t.answer(first, last, plainVector(a.first), plainVector(a.last), fixed4(a.oneHotDistance))}</p>
              <p>{t.integerContrast(first, last, a.integerDistance)}</p>
              <p>{t.set(first)}</p>
            </>
          );
        }}
      />
    </ExerciseGroup>
  );
}
