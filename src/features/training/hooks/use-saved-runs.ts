import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import { openObjectStore, storageProblemOf, type ObjectStore, type StorageProblem } from '@/storage/idb';
import {
  byNewest,
  fromSavedRecord,
  listedRuns,
  newRunKey,
  parseSavedRecord,
  planSync,
  SAVED_RUNS_DB,
  SAVED_RUNS_STORE,
  toSavedRecord,
  type RunOutcome,
  type SavedRunRecord,
} from '../saved-runs';
import { MAX_EARLIER_RUNS, type RunRecord, type TrainingAction, type TrainingState } from '../training-state';

export interface SavedRuns {
  /** Why runs are not being kept (private mode, a full disk); null while all is well. */
  problem: StorageProblem | null;
  rename: (runId: number, name: string | null) => void;
  toggle: (runId: number) => void;
  remove: (runId: number) => void;
  clear: () => void;
}

/** How the current run ended, once it has. */
const outcomeOf = (status: TrainingState['status']): RunOutcome | null =>
  status === 'done' ? 'done' : status === 'diverged' ? 'diverged' : null;

/**
 * Keeps finished and stopped runs in IndexedDB and brings them back on the next
 * visit as earlier runs. The store mirrors the list on the page: a run is written
 * when it ends (or is renamed or hidden) and deleted when it leaves the list.
 * Nothing is written until the stored runs have been read, so a slow disk never
 * deletes what it has not shown yet.
 */
export function useSavedRuns(state: TrainingState, dispatch: Dispatch<TrainingAction>): SavedRuns {
  const store = useRef<ObjectStore<SavedRunRecord> | null>(null);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  /** What each stored key last had written: runs are immutable, so a changed run is a new object. */
  const written = useRef(new Map<string, RunRecord>());
  /** Runs the student deleted while they were current: not kept again. */
  const declined = useRef(new Set<number>());

  useEffect(() => {
    let live = true;
    (async () => {
      const opened = await openObjectStore<SavedRunRecord>(SAVED_RUNS_DB, SAVED_RUNS_STORE, 'key');
      const records = (await opened.getAll()).map(parseSavedRecord).filter((r): r is SavedRunRecord => r !== null).sort(byNewest);
      if (!live) return;
      store.current = opened;
      const runs = records.slice(0, MAX_EARLIER_RUNS).map((record, i) => {
        const run = fromSavedRecord(record, -1 - i);
        written.current.set(record.key, run);
        return run;
      });
      // Older ones than the charts can show never come back: drop them.
      for (const record of records.slice(MAX_EARLIER_RUNS)) void opened.delete(record.key).catch(() => undefined);
      dispatch({ type: 'restore', runs });
      setReady(true);
    })().catch((error: unknown) => {
      console.warn('Saved runs are unavailable:', error);
      if (live) setProblem(storageProblemOf(error));
    });
    return () => {
      live = false;
    };
  }, [dispatch]);

  // A run that ended is kept: the current one once done or diverged, an earlier one (stopped) as it was archived.
  const { current, earlier, status, backend } = state;
  useEffect(() => {
    if (!ready) return;
    const mark = (run: RunRecord, outcome: RunOutcome) => {
      if (run.kept || declined.current.has(run.id)) return;
      const savedAt = Date.now();
      const kept = { key: newRunKey(savedAt), savedAt, outcome, backend: backend?.active ?? null, renderer: backend?.renderer ?? null };
      dispatch({ type: 'kept', runId: run.id, kept });
    };
    const outcome = outcomeOf(status);
    if (current && outcome) mark(current, outcome);
    for (const run of earlier) mark(run, 'stopped');
  }, [ready, current, earlier, status, backend, dispatch]);

  // The store follows the list.
  useEffect(() => {
    const opened = store.current;
    if (!ready || !opened) return;
    const { put, remove } = planSync(listedRuns({ current, earlier }), written.current);
    for (const run of put) {
      const key = run.kept!.key;
      written.current.set(key, run);
      opened.put(toSavedRecord(run, run.kept!)).catch((error: unknown) => {
        // Tried again at the run's next change; the page says why meanwhile.
        written.current.delete(key);
        setProblem(storageProblemOf(error));
      });
    }
    for (const key of remove) {
      written.current.delete(key);
      opened.delete(key).catch((error: unknown) => setProblem(storageProblemOf(error)));
    }
  }, [ready, current, earlier]);

  const rename = useCallback((runId: number, name: string | null) => dispatch({ type: 'renameRun', runId, name }), [dispatch]);
  const toggle = useCallback((runId: number) => dispatch({ type: 'toggleRun', runId }), [dispatch]);
  const remove = useCallback(
    (runId: number) => {
      declined.current.add(runId);
      dispatch({ type: 'deleteRun', runId });
    },
    [dispatch],
  );
  const clear = useCallback(() => {
    if (current) declined.current.add(current.id);
    dispatch({ type: 'clearSaved' });
  }, [current, dispatch]);
  return { problem, rename, toggle, remove, clear };
}
