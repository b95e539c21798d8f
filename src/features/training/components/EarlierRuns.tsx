import { useId, useState } from 'react';
import type { StorageProblem } from '@/storage/idb';
import { useMessages } from '@/ui/i18n';
import { runLabelParts } from '../chart-data';
import { keepMessages } from '../keep-strings';
import { trainMessages } from '../strings';
import { MAX_EARLIER_RUNS, type RunRecord } from '../training-state';
import { runColor } from './LossChart';

interface EarlierRunsProps {
  /** The runs the list shows: the current one once it is kept, then the earlier ones (newest first). */
  runs: RunRecord[];
  /** The current run's id: it is always on the charts, so it has no show/hide box. */
  currentId: number | null;
  /** Why nothing is being kept, if so. */
  problem: StorageProblem | null;
  onToggle: (id: number) => void;
  onRename: (id: number, name: string | null) => void;
  onDelete: (id: number) => void;
  opacity: number;
  onOpacity: (opacity: number) => void;
  onClear: () => void;
}

/** The automatic label of a run: the settings that tell runs apart. */
export function useRunLabel(): (run: RunRecord) => string {
  const t = useMessages(trainMessages);
  return (run) => {
    const parts = runLabelParts(run.config);
    return run.name ?? t.runLabel(parts.lr, parts.batch, t.optimizerName(parts.optimizer), parts.lambda);
  };
}

/**
 * The saved runs: each can be shown or hidden on the charts, renamed and deleted,
 * and all of them faded or cleared. They are kept in the browser (use-saved-runs.ts).
 */
export function EarlierRuns({
  runs,
  currentId,
  problem,
  onToggle,
  onRename,
  onDelete,
  opacity,
  onOpacity,
  onClear,
}: EarlierRunsProps) {
  const m = useMessages(keepMessages);
  const fadeId = useId();
  const earlier = runs.filter((run) => run.id !== currentId);
  return (
    <section className="panel train-runs" aria-label={m.savedTitle}>
      <h3>{m.savedTitle}</h3>
      {problem ? (
        <p className="notice" role="status" data-testid="storage-notice">
          {problem === 'quota' ? m.storageFull : m.storageUnavailable}
        </p>
      ) : (
        <p className="muted">{m.savedLead(MAX_EARLIER_RUNS)}</p>
      )}
      {runs.length > 0 && (
        <>
          <ul>
            {runs.map((run) => (
              <SavedRunItem
                key={run.id}
                run={run}
                // Colours follow the earlier runs' order, as on the charts.
                color={run.id === currentId ? 'var(--accent)' : runColor(earlier.indexOf(run))}
                isCurrent={run.id === currentId}
                onToggle={onToggle}
                onRename={onRename}
                onDelete={onDelete}
              />
            ))}
          </ul>
          <div className="row">
            <label htmlFor={fadeId}>{m.fade}</label>
            <input id={fadeId} type="range" min={0.1} max={1} step={0.05} value={opacity} onChange={(e) => onOpacity(Number(e.target.value))} />
            <button type="button" className="button-quiet" onClick={onClear}>
              {m.clearSaved}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

interface SavedRunItemProps {
  run: RunRecord;
  color: string;
  isCurrent: boolean;
  onToggle: (id: number) => void;
  onRename: (id: number, name: string | null) => void;
  onDelete: (id: number) => void;
}

function SavedRunItem({ run, color, isCurrent, onToggle, onRename, onDelete }: SavedRunItemProps) {
  const m = useMessages(keepMessages);
  const t = useMessages(trainMessages);
  const labelOf = useRunLabel();
  const [editing, setEditing] = useState<string | null>(null);
  const nameId = useId();
  const label = labelOf(run);
  const last = run.epochs[run.epochs.length - 1];
  const finishEditing = (save: boolean) => {
    if (save && editing !== null) onRename(run.id, editing);
    setEditing(null);
  };

  return (
    <li data-testid="saved-run" data-kept={run.kept ? 'true' : 'false'} className="train-run">
      {editing === null ? (
        <label className="train-run-label">
          <input
            type="checkbox"
            checked={isCurrent || !run.hidden}
            disabled={isCurrent}
            aria-label={m.showRun(label)}
            onChange={() => onToggle(run.id)}
          />
          <span className="train-swatch" style={{ background: color }} aria-hidden="true" />
          <span className="train-run-name">{label}</span>
          {isCurrent && <span className="muted"> · {m.thisRun}</span>}
          {last && (
            <span className="muted num">
              {' '}
              · {t.testAccColumn} {last.testAccuracy.toFixed(4)}
            </span>
          )}
          <span className="muted"> · {run.kept ? m.outcome(run.kept.outcome) : m.notSaved}</span>
        </label>
      ) : (
        <span className="train-run-edit">
          <label htmlFor={nameId} className="visually-hidden">
            {m.runName}
          </label>
          <input
            id={nameId}
            type="text"
            value={editing}
            maxLength={80}
            autoFocus
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') finishEditing(true);
              if (e.key === 'Escape') finishEditing(false);
            }}
          />
          <button type="button" className="button-secondary" onClick={() => finishEditing(true)}>
            {m.saveName}
          </button>
          <button type="button" className="button-quiet" onClick={() => finishEditing(false)}>
            {m.cancel}
          </button>
        </span>
      )}
      {editing === null && (
        <span className="train-run-actions">
          <button type="button" className="button-quiet" aria-label={m.renameRun(label)} onClick={() => setEditing(run.name ?? '')}>
            {m.rename}
          </button>
          <button type="button" className="button-quiet" aria-label={m.deleteRun(label)} onClick={() => onDelete(run.id)}>
            {m.delete}
          </button>
        </span>
      )}
    </li>
  );
}
