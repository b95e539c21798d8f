import { emptySeries, type DecimatedSeries } from './chart-series';
import { DEFAULT_TRAIN_CONFIG, type BackendName, type TrainConfig } from '@/domain/training-config';
import type { EpochSummary, EpochZero, ModelWeights } from '@/domain/training-events';
import type { RunRecord, TrainingState } from './training-state';

/**
 * Runs that outlive the tab: what is kept of a finished or stopped run in the
 * browser (IndexedDB), how a kept record becomes an earlier-run overlay again, and
 * the list's own actions (restore, rename, hide, delete, clear). Pure: the hook
 * use-saved-runs.ts does the storing.
 */

/** How a run ended. */
export type RunOutcome = 'done' | 'stopped' | 'diverged';

/** Set on a run once it is kept in this browser, or when it was restored from there. */
export interface KeptRun {
  /** The record's key in the store. */
  key: string;
  /** When the run ended (ms since 1970). */
  savedAt: number;
  outcome: RunOutcome;
  /** The backend that ran it, and the WebGL renderer when there was one. */
  backend: BackendName | null;
  renderer: string | null;
}

/** One stored run: everything the charts, the epoch table and the exports need, and the final weights. */
export interface SavedRunRecord extends KeptRun {
  format: 1;
  name: string | null;
  hidden: boolean;
  config: TrainConfig;
  epochZero: EpochZero | null;
  epochs: EpochSummary[];
  loss: DecimatedSeries;
  l2: DecimatedSeries;
  weights: ModelWeights | null;
}

export const SAVED_RUNS_DB = 'softmax-lab';
export const SAVED_RUNS_STORE = 'runs';

/** A fresh key: the end time, and a random tail for two runs ending in the same millisecond. */
export const newRunKey = (savedAt: number, random = Math.random()) => `run-${savedAt}-${Math.floor(random * 1e9).toString(36)}`;

/** The record kept for a run, its final weights included. */
export function toSavedRecord(run: RunRecord, kept: KeptRun): SavedRunRecord {
  return {
    format: 1,
    ...kept,
    name: run.name ?? null,
    hidden: run.hidden ?? false,
    config: run.config,
    epochZero: run.epochZero,
    epochs: run.epochs,
    loss: run.loss,
    l2: run.l2,
    weights: run.weights ?? null,
  };
}

/** A restored run as the page holds it, under a page-local id. */
export function fromSavedRecord(record: SavedRunRecord, id: number): RunRecord {
  const { key, savedAt, outcome, backend, renderer } = record;
  return {
    id,
    config: record.config,
    loss: record.loss,
    l2: record.l2,
    epochZero: record.epochZero,
    epochs: record.epochs,
    name: record.name,
    hidden: record.hidden,
    kept: { key, savedAt, outcome, backend, renderer },
    ...(record.weights && { weights: record.weights }),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isSeries(v: unknown): v is DecimatedSeries {
  return isObject(v) && Array.isArray(v.points) && isFiniteNumber(v.bucket) && isObject(v.pending) && isFiniteNumber(v.cap);
}

function isEpoch(v: unknown): v is EpochSummary {
  return isObject(v) && ['epoch', 'trainLoss', 'trainAccuracy', 'testAccuracy', 'testLoss'].every((k) => typeof v[k] === 'number');
}

/**
 * A stored value checked before use: a record from another version of the app, or
 * a damaged one, is skipped rather than breaking the charts. Settings added since
 * the record was written take their defaults.
 */
export function parseSavedRecord(value: unknown): SavedRunRecord | null {
  if (!isObject(value) || value.format !== 1 || typeof value.key !== 'string' || !isFiniteNumber(value.savedAt)) return null;
  if (!isObject(value.config) || !Array.isArray(value.epochs) || !value.epochs.every(isEpoch)) return null;
  if (!isSeries(value.loss)) return null;
  const outcome = value.outcome === 'done' || value.outcome === 'diverged' ? value.outcome : 'stopped';
  const weights = isObject(value.weights) && value.weights.W instanceof Float32Array && value.weights.b instanceof Float32Array ? (value.weights as unknown as ModelWeights) : null;
  return {
    format: 1,
    key: value.key,
    savedAt: value.savedAt,
    outcome,
    backend: value.backend === 'webgl' || value.backend === 'wasm' || value.backend === 'cpu' ? value.backend : null,
    renderer: typeof value.renderer === 'string' ? value.renderer : null,
    name: typeof value.name === 'string' && value.name.trim() !== '' ? value.name : null,
    hidden: value.hidden === true,
    config: { ...DEFAULT_TRAIN_CONFIG, ...(value.config as Partial<TrainConfig>) },
    epochZero: isObject(value.epochZero) && isFiniteNumber(value.epochZero.testLoss) ? (value.epochZero as unknown as EpochZero) : null,
    epochs: value.epochs,
    loss: value.loss,
    l2: isSeries(value.l2) ? value.l2 : emptySeries(value.loss.cap),
    weights,
  };
}

/** Newest first, as the earlier-runs list shows them. */
export const byNewest = (a: { savedAt: number }, b: { savedAt: number }) => b.savedAt - a.savedAt;

/** The runs the list shows: the current run once it is kept, then the earlier ones. */
export function listedRuns(state: Pick<TrainingState, 'current' | 'earlier'>): RunRecord[] {
  return state.current?.kept ? [state.current, ...state.earlier] : state.earlier;
}

export type RunListAction =
  | { type: 'restore'; runs: RunRecord[] }
  | { type: 'kept'; runId: number; kept: KeptRun }
  | { type: 'renameRun'; runId: number; name: string | null }
  | { type: 'toggleRun'; runId: number }
  | { type: 'deleteRun'; runId: number }
  | { type: 'clearSaved' };

const updateRun = (state: TrainingState, runId: number, change: (run: RunRecord) => RunRecord): TrainingState => ({
  ...state,
  current: state.current?.id === runId ? change(state.current) : state.current,
  earlier: state.earlier.map((run) => (run.id === runId ? change(run) : run)),
});

/** The list's actions, within the cap of earlier runs the charts can show. */
export function runListReducer(state: TrainingState, action: RunListAction, maxEarlier: number): TrainingState {
  switch (action.type) {
    case 'restore': {
      const present = new Set(listedRuns(state).flatMap((run) => (run.kept ? [run.kept.key] : [])));
      const restored = action.runs.filter((run) => !run.kept || !present.has(run.kept.key));
      return { ...state, earlier: [...state.earlier, ...restored].slice(0, maxEarlier) };
    }
    case 'kept':
      return updateRun(state, action.runId, (run) => ({ ...run, kept: action.kept }));
    case 'renameRun': {
      const name = action.name?.trim() ? action.name.trim() : null;
      return updateRun(state, action.runId, (run) => ({ ...run, name }));
    }
    case 'toggleRun':
      return updateRun(state, action.runId, (run) => ({ ...run, hidden: !run.hidden }));
    case 'deleteRun':
      // The current run stays on the charts; it is only no longer kept.
      return {
        ...state,
        current: state.current?.id === action.runId ? { ...state.current, kept: undefined } : state.current,
        earlier: state.earlier.filter((run) => run.id !== action.runId),
      };
    case 'clearSaved':
      return { ...state, current: state.current && { ...state.current, kept: undefined }, earlier: [] };
  }
}

/**
 * What the store must do to hold exactly the kept runs on the page: `written` maps
 * each stored key to the run object last written under it (runs are immutable, so a
 * renamed or hidden run is a new object). Keys no longer on the page are deleted.
 */
export function planSync(runs: readonly RunRecord[], written: ReadonlyMap<string, RunRecord>): { put: RunRecord[]; remove: string[] } {
  const kept = runs.filter((run) => run.kept);
  const keys = new Set(kept.map((run) => run.kept!.key));
  return {
    put: kept.filter((run) => written.get(run.kept!.key) !== run),
    remove: [...written.keys()].filter((key) => !keys.has(key)),
  };
}
