import {useId, type Dispatch} from 'react';
import type { FloatFormat } from '@/math/softmax';
import { useMessages } from '@/ui/i18n';
import { ScrollRegion } from '@/ui/ScrollRegion';
import type { PlaygroundAction } from '@/state/playground';
import { formatLimits, formatScientific } from '../exp-exercise';
import { lessonMessages } from '../lesson-strings';
import type { SoftmaxView } from '../softmax-view';
import { softmaxMessages } from '../strings';

/** The textbook's overflow example: exp(1000) is Infinity, and ∞/∞ is NaN. */
export const OVERFLOW_LOGITS = [1000, 999, 0];
/** Harmless in float64, NaN in float32 without the shift: exp(89) > 3.4 · 10³⁸. */
export const OVERFLOW_LOGITS_32 = [89, 0, 0];

/** Each format's largest number and overflow threshold, the same for every render. */
const LIMITS = formatLimits();
const FORMATS: readonly FloatFormat[] = ['float64', 'float32'];

interface OverflowPanelProps {
  view: SoftmaxView;
  dispatch: Dispatch<PlaygroundAction>;
}

/** The stable/naive switch, the number format, the one-click overflow examples, and what went wrong in words. */
export function OverflowPanel({ view, dispatch }: OverflowPanelProps) {
  const m = useMessages(softmaxMessages);
  const lesson = useMessages(lessonMessages);
  const checkboxId = useId();
  const formatName = useId();
  const formatLabel = (format: FloatFormat) => (format === 'float64' ? m.float64 : m.float32);
  const limitOf = (format: FloatFormat) => LIMITS.find((l) => l.format === format)!;
  const status = !view.overflowed ? m.allFinite : view.sum === 0 ? m.underflowed : m.overflowed;

  return (
    <div className="panel overflow-panel">
      <h3>{m.overflowHeading}</h3>
      <div className="row">
        <span className="checkbox-field">
          <input
            id={checkboxId}
            type="checkbox"
            checked={view.stable}
            onChange={(event) => dispatch({ type: 'setStable', stable: event.target.checked })}
          />
          <label htmlFor={checkboxId}>{m.stable}</label>
        </span>
        <fieldset className="format-choice">
          <legend>{m.floatFormat}</legend>
          {FORMATS.map((format) => (
            <label key={format}>
              <input
                type="radio"
                name={formatName}
                value={format}
                checked={view.floatFormat === format}
                onChange={() => dispatch({ type: 'setFloatFormat', floatFormat: format })}
              />
              {formatLabel(format)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="muted small-print">{m.floatFormatHint}</p>
      <div className="row overflow-actions">
        <button type="button" className="button-secondary" onClick={() => dispatch({ type: 'setLogits', logits: OVERFLOW_LOGITS })}>
          {m.loadOverflow}
        </button>
        <button type="button" className="button-secondary" onClick={() => dispatch({ type: 'setLogits', logits: OVERFLOW_LOGITS_32 })}>
          {m.loadOverflow32}
        </button>
      </div>
      <p className={view.overflowed ? 'notice notice-error overflow-status' : 'notice overflow-status'} role="status">
        {status}
      </p>
      <ScrollRegion label={m.limitsCaption}>
        <table className="numbers limits-table">
          <caption className="table-caption">{m.limitsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.colFormat}</th>
              <th scope="col">{m.colLargest}</th>
              <th scope="col">{m.colThreshold}</th>
            </tr>
          </thead>
          <tbody>
            {FORMATS.map((format) => (
              <tr key={format} className={view.floatFormat === format ? 'is-current' : undefined}>
                <th scope="row">{formatLabel(format)}</th>
                <td>{formatScientific(limitOf(format).max)}</td>
                <td data-testid={`exp-limit-${format}`}>{limitOf(format).threshold.toFixed(4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="lesson-text">
        {lesson.overflowWhy(limitOf('float64').threshold.toFixed(2), limitOf('float32').threshold.toFixed(2))}
      </p>
    </div>
  );
}
