import { majorityAccuracy } from '@/math/class-balance';
import { UNIFORM_LOSS_10 } from '@/math/training-metrics';
import type { ClassCounts } from '@/data/types';
import { TEST_SIZE } from '@/domain/training-config';
import { Exercise } from '@/ui/Exercise';
import { ExerciseGroup } from '@/ui/ExerciseGroup';
import { byNumber, type NumberTolerance } from '@/ui/exercise-verdict';
import { fixed4, groupThousands } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { dataExerciseTitles } from '../exercise-catalog';
import { dataExerciseMessages } from '../exercise-strings';

const ACCURACY_TOLERANCE: NumberTolerance = { right: 0.01, close: 0.05 };

/** The lesson's question: the accuracy of always answering one class, counted from the loaded test set. */
export function BaselineExercise({ counts }: { counts: ClassCounts | null }) {
  const t = useMessages(dataExerciseMessages);
  const titles = useMessages(dataExerciseTitles);
  // Before the test set has loaded and been counted, its size is Fashion-MNIST's.
  const total = (c: ClassCounts | null) => (c ? c.test.reduce((a, b) => a + b, 0) : TEST_SIZE);
  return (
    <ExerciseGroup kind="think">
      <Exercise
        id="majority-baseline"
        title={titles['majority-baseline']}
        numbers={counts}
        question={(c) => <p>{t.question(groupThousands(total(c)))}</p>}
        input={{ kind: 'number', min: 0, max: 1 }}
        unavailable={counts ? null : t.waiting}
        solve={(c) => {
          const accuracy = majorityAccuracy(c!.test);
          return { truth: fixed4(accuracy), verdict: byNumber(accuracy, ACCURACY_TOLERANCE) };
        }}
        answer={(c) =>
          c && (
            <>
              <p>{t.answer(groupThousands(Math.max(...c.test)), groupThousands(total(c)), fixed4(majorityAccuracy(c.test)))}</p>
              <p>{t.why(fixed4(UNIFORM_LOSS_10))}</p>
            </>
          )
        }
      />
    </ExerciseGroup>
  );
}
