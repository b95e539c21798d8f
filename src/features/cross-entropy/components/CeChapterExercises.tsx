import { Exercise } from '@/ui/Exercise';
import { ExerciseGroup } from '@/ui/ExerciseGroup';
import { plainCount, plainVector } from '@/ui/exercise-format';
import { byNumber } from '@/ui/exercise-verdict';
import { fixed4, formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { ceExerciseTitles } from '../exercise-catalog';
import { ceExerciseMessages } from '../exercise-strings';
import { BITS_TOLERANCE, HESSIAN_TOLERANCE, hessianAnswer, threeClassesAnswer } from '../exercises';
import type { CeExerciseProps } from './CeThinkFirst';
import { LogZeroExercise, LogZeroFixExercise } from './LogZeroExercises';

/** The chapter's exercises on the loss: 3.4-1 and 3.4-2, then 3.6-2 and 3.6-3. */
export function CeChapterExercises(props: CeExerciseProps) {
  return (
    <ExerciseGroup kind="chapter">
      <HessianExercise {...props} />
      <ThreeClassesExercise {...props} />
      <LogZeroExercise {...props} />
      <LogZeroFixExercise {...props} />
    </ExerciseGroup>
  );
}

function HessianExercise({ logits, trueClass, classNames, dispatch }: CeExerciseProps) {
  const t = useMessages(ceExerciseMessages);
  const titles = useMessages(ceExerciseTitles);
  return (
    <Exercise
      id="ch3.4-1"
      title={titles['ch3.4-1']}
      numbers={{ logits, trueClass, name: classNames[trueClass] ?? '' }}
      question={({ logits, name }) => <p>{t.hessianQuestion(name, plainVector(logits))}</p>}
      input={{ kind: 'number', min: 0, max: 1 }}
      solve={({ logits, trueClass }) => {
        const value = hessianAnswer(logits, trueClass).exact[trueClass]![trueClass]!;
        return { truth: fixed4(value), verdict: byNumber(value, HESSIAN_TOLERANCE) };
      }}
      onReveal={() => dispatch({ type: 'setLabelMode', labelMode: 'hard' })}
      // The explanation follows the live logits, not the ones asked about: dragging one redraws the table.
      answer={() => <HessianTable logits={logits} trueClass={trueClass} classNames={classNames} />}
    />
  );
}

function HessianTable({ logits, trueClass, classNames }: Pick<CeExerciseProps, 'logits' | 'trueClass' | 'classNames'>) {
  const t = useMessages(ceExerciseMessages);
  const live = hessianAnswer(logits, trueClass);
  return (
    <>
      <p>{t.hessianAlgebra}</p>
      <p>{t.hessianNumbers(formatNumber(Math.max(live.maxDifference, 1e-12), 1))}</p>
      <table className="numbers">
        <thead>
          <tr>
            <th scope="col">{t.colClass}</th>
            <th scope="col">{t.colDiagExact}</th>
            <th scope="col">{t.colDiagNumeric}</th>
            <th scope="col">{t.colVariance}</th>
          </tr>
        </thead>
        <tbody>
          {live.probs.map((_, j) => (
            <tr key={j} className={j === trueClass ? 'is-current' : undefined}>
              <th scope="row">{classNames[j]}</th>
              <td>{fixed4(live.exact[j]![j]!)}</td>
              <td>{fixed4(live.numeric[j]![j]!)}</td>
              <td>{fixed4(live.covariance[j]![j]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t.hessianLive}</p>
    </>
  );
}

function ThreeClassesExercise({ dispatch, onUnitChange }: CeExerciseProps) {
  const t = useMessages(ceExerciseMessages);
  const titles = useMessages(ceExerciseTitles);
  return (
    <Exercise
      id="ch3.4-2"
      title={titles['ch3.4-2']}
      numbers={null}
      question={() => <p>{t.bitsQuestion}</p>}
      input={{ kind: 'number', min: 0, max: 100 }}
      solve={() => {
        const { entropy } = threeClassesAnswer();
        return { truth: fixed4(entropy), verdict: byNumber(entropy, BITS_TOLERANCE) };
      }}
      onReveal={() => {
        dispatch({ type: 'setLogits', logits: [0, 0, 0] });
        dispatch({ type: 'setSoftLabel', softLabel: [1, 1, 1] });
        dispatch({ type: 'setLabelMode', labelMode: 'soft' });
        onUnitChange('bits');
      }}
      answer={() => {
        const a = threeClassesAnswer();
        return (
          <>
            <p>{t.bitsAnswer(fixed4(a.entropy))}</p>
            <table className="numbers">
              <thead>
                <tr>
                  <th scope="col">{t.colBlock}</th>
                  <th scope="col">{t.colOutcomes}</th>
                  <th scope="col">{t.colBits}</th>
                  <th scope="col">{t.colPerSymbol}</th>
                </tr>
              </thead>
              <tbody>
                {a.blocks.map((b) => (
                  <tr key={b.blockLength}>
                    <td>{b.blockLength}</td>
                    <td>{plainCount(b.outcomes)}</td>
                    <td>{b.bits}</td>
                    <td>{fixed4(b.bitsPerSymbol)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t.bitsSet}</p>
          </>
        );
      }}
    />
  );
}
