import {useState, type Dispatch} from 'react';
import { softmax } from '@/math/softmax';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { fixed4, formatNumber } from '@/ui/format';
import type { PlaygroundAction } from '@/state/playground';
import { SHIFT_TEX } from '../formula-tex';
import { lessonMessages } from '../lesson-strings';
import { addConstant, maxAbsDifference } from '../softmax-view';
import { softmaxMessages } from '../strings';

interface ShiftPanelProps {
  logits: number[];
  temperature: number;
  dispatch: Dispatch<PlaygroundAction>;
}

type ShiftResult = { ok: true; c: number; change: number } | { ok: false };

/** Adds one constant to every logit and reports how much the probabilities moved: not at all. */
export function ShiftPanel({ logits, temperature, dispatch }: ShiftPanelProps) {
  const m = useMessages(softmaxMessages);
  const lesson = useMessages(lessonMessages);
  const [c, setC] = useState(5);
  const [result, setResult] = useState<ShiftResult | null>(null);

  const apply = () => {
    const shifted = addConstant(logits, c);
    if (!shifted) {
      setResult({ ok: false });
      return;
    }
    // Measured with the stable formula, which is the one that is right for any shift.
    setResult({ ok: true, c, change: maxAbsDifference(softmax(logits, temperature), softmax(shifted, temperature)) });
    dispatch({ type: 'setLogits', logits: shifted });
  };

  return (
    <div className="panel shift-panel">
      <h3>{m.shiftHeading}</h3>
      <p className="lesson-text">{lesson.shiftWhy}</p>
      <Formula tex={SHIFT_TEX} display />
      <div className="row">
        <NumberField label={m.shiftConstant} value={c} min={-1000} max={1000} onCommit={setC} />
        <button type="button" onClick={apply}>
          {m.shiftApply}
        </button>
      </div>
      {result?.ok === false && (
        <p role="alert" className="field-error">
          {m.shiftRefused}
        </p>
      )}
      {result?.ok && (
        <p role="status" className="shift-result">
          {m.shiftDone(formatNumber(result.c), fixed4(result.change))}
        </p>
      )}
    </div>
  );
}
