import { memo, useId } from 'react';
import { useMessages } from '@/ui/i18n';
import { runLabelParts } from '../chart-data';
import { trainMessages } from '../strings';
import type { RunRecord } from '../training-state';
import { runColor } from './LossChart';

interface EarlierRunsProps {
  runs: RunRecord[];
  hiddenRuns: ReadonlySet<number>;
  onToggle: (id: number) => void;
  opacity: number;
  onOpacity: (opacity: number) => void;
  onClear: () => void;
}

/** The comparison list: each earlier run can be shown or hidden, and all of them faded. */
// Memoized: the section re-renders on every progress message, this part only when its props change.
export const EarlierRuns = memo(function EarlierRuns({ runs, hiddenRuns, onToggle, opacity, onOpacity, onClear }: EarlierRunsProps) {
  const m = useMessages(trainMessages);
  const fadeId = useId();
  if (runs.length === 0) return null;
  return (
    <section className="panel train-runs" aria-label={m.runs}>
      <h3>{m.runs}</h3>
      <ul>
        {runs.map((run, i) => {
          const label = runLabelParts(run.config);
          const last = run.epochs[run.epochs.length - 1];
          return (
            <li key={run.id}>
              <label>
                <input type="checkbox" checked={!hiddenRuns.has(run.id)} onChange={() => onToggle(run.id)} />
                <span className="train-swatch" style={{ background: runColor(i) }} aria-hidden="true" />
                <span>{m.runLabel(label.lr, label.batch, m.optimizerName(label.optimizer), label.lambda)}</span>
                {last && <span className="muted num"> · {m.testAccColumn} {last.testAccuracy.toFixed(4)}</span>}
              </label>
            </li>
          );
        })}
      </ul>
      <div className="row">
        <label htmlFor={fadeId}>{m.fade}</label>
        <input id={fadeId} type="range" min={0.1} max={1} step={0.05} value={opacity} onChange={(e) => onOpacity(Number(e.target.value))} />
        <button type="button" className="button-quiet" onClick={onClear}>
          {m.clearRuns}
        </button>
      </div>
    </section>
  );
});
