import { memo, useId, type Dispatch } from 'react';
import { useMessages } from '@/ui/i18n';
import type { PlaygroundAction } from '@/state/playground';
import { lessonMessages } from '../lesson-strings';
import type { SoftmaxView } from '../softmax-view';
import { softmaxMessages } from '../strings';

/** The textbook's overflow example: exp(1000) is Infinity, and ∞/∞ is NaN. */
export const OVERFLOW_LOGITS = [1000, 999, 0];

interface OverflowPanelProps {
  view: SoftmaxView;
  dispatch: Dispatch<PlaygroundAction>;
}

/** The stable/naive switch, the one-click overflow example, and what went wrong in words. */
export const OverflowPanel = memo(function OverflowPanel({ view, dispatch }: OverflowPanelProps) {
  const m = useMessages(softmaxMessages);
  const lesson = useMessages(lessonMessages);
  const checkboxId = useId();
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
        <button type="button" className="button-secondary" onClick={() => dispatch({ type: 'setLogits', logits: OVERFLOW_LOGITS })}>
          {m.loadOverflow}
        </button>
      </div>
      <p className={view.overflowed ? 'notice notice-error overflow-status' : 'notice overflow-status'} role="status">
        {status}
      </p>
      <p className="lesson-text">{lesson.overflowWhy}</p>
      <p className="lesson-text muted">{lesson.overflowExercise}</p>
    </div>
  );
});
