import { describe, expect, it } from 'vitest';
import { appendPoints, emptySeries } from './chart-series';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import type { EpochSummary } from '@/domain/training-events';
import {
  fromSavedRecord,
  listedRuns,
  newRunKey,
  parseSavedRecord,
  planSync,
  toSavedRecord,
  type KeptRun,
} from './saved-runs';
import { INITIAL_TRAINING_STATE, MAX_EARLIER_RUNS, trainingReducer, type RunRecord, type TrainingState } from './training-state';

const epoch = (n: number, testAccuracy: number): EpochSummary => ({
  epoch: n,
  trainLoss: 1 / n,
  trainAccuracy: 0.7,
  testAccuracy,
  testLoss: 0.6,
  l2: 0,
  seconds: 1,
  numTensors: 9,
  numBytes: 100,
});

const makeRun = (id: number, learningRate = 0.1): RunRecord => ({
  id,
  config: { ...DEFAULT_TRAIN_CONFIG, learningRate },
  loss: appendPoints(emptySeries(150), [0.5, 1], [2, 1]),
  l2: emptySeries(150),
  epochZero: { testLoss: 2.3, testAccuracy: 0.1 },
  epochs: [epoch(1, 0.8)],
});

const kept = (key: string, savedAt = 1000): KeptRun => ({ key, savedAt, outcome: 'done', backend: 'webgl', renderer: 'SwiftShader' });
const weights = { epoch: 1, W: new Float32Array(7840).fill(0.5), b: new Float32Array(10).fill(-1) };

describe('saved run records', () => {
  it('round-trip: a kept run comes back as the overlay it was, under a new id', () => {
    const run = { ...makeRun(3), name: 'lr 0.1 baseline', hidden: true, weights };
    const record = toSavedRecord(run, kept('run-1'));
    // IndexedDB stores a structured clone.
    const stored = parseSavedRecord(structuredClone(record));
    expect(stored).toEqual(record);
    expect(stored!.weights!.W).toBeInstanceOf(Float32Array);
    const back = fromSavedRecord(stored!, -1);
    expect(back).toEqual({ ...run, id: -1, kept: kept('run-1') });
  });

  it('skips records that are not runs of this app, and fills settings added since', () => {
    expect(parseSavedRecord(null)).toBeNull();
    expect(parseSavedRecord({ format: 2, key: 'x', savedAt: 1 })).toBeNull();
    const record = toSavedRecord(makeRun(1), kept('run-1'));
    expect(parseSavedRecord({ ...record, epochs: [{ epoch: 1 }] })).toBeNull();
    expect(parseSavedRecord({ ...record, loss: 'nope' })).toBeNull();
    const olderConfig: Partial<typeof record.config> = { ...record.config };
    delete olderConfig.seed;
    expect(parseSavedRecord({ ...record, config: olderConfig })!.config.seed).toBe(DEFAULT_TRAIN_CONFIG.seed);
    expect(parseSavedRecord({ ...record, name: '   ', weights: { W: [1, 2] } })).toMatchObject({ name: null, weights: null });
  });

  it('get distinct keys for runs that end in the same millisecond', () => {
    expect(newRunKey(1700000000000, 0.1)).not.toBe(newRunKey(1700000000000, 0.2));
    expect(newRunKey(1700000000000, 0.1)).toMatch(/^run-1700000000000-/);
  });
});

describe('the run list actions', () => {
  const withRuns = (current: RunRecord | null, earlier: RunRecord[]): TrainingState => ({ ...INITIAL_TRAINING_STATE, current, earlier, status: 'done' });

  it('restores kept runs after this session’s, without duplicates, within the cap', () => {
    const session = { ...makeRun(1), kept: kept('run-a') };
    const restored = Array.from({ length: MAX_EARLIER_RUNS + 2 }, (_, i) => ({ ...makeRun(-i - 1), kept: kept(`run-${i}`) }));
    const duplicate = { ...makeRun(-99), kept: kept('run-a') };
    const s = trainingReducer(withRuns(null, [session]), { type: 'restore', runs: [duplicate, ...restored] });
    expect(s.earlier).toHaveLength(MAX_EARLIER_RUNS);
    expect(s.earlier[0]).toBe(session);
    expect(s.earlier.filter((r) => r.kept?.key === 'run-a')).toHaveLength(1);
  });

  it('marks, renames, hides and deletes a run, current or earlier', () => {
    let s = withRuns(makeRun(2), [makeRun(1)]);
    s = trainingReducer(s, { type: 'kept', runId: 2, kept: kept('run-2') });
    expect(listedRuns(s).map((r) => r.id)).toEqual([2, 1]);
    s = trainingReducer(s, { type: 'renameRun', runId: 1, name: '  slow  ' });
    expect(s.earlier[0]!.name).toBe('slow');
    s = trainingReducer(s, { type: 'renameRun', runId: 1, name: ' ' });
    expect(s.earlier[0]!.name).toBeNull();
    s = trainingReducer(s, { type: 'toggleRun', runId: 1 });
    expect(s.earlier[0]!.hidden).toBe(true);
    s = trainingReducer(s, { type: 'deleteRun', runId: 2 });
    // The current run stays on the charts, no longer kept.
    expect(s.current!.id).toBe(2);
    expect(s.current!.kept).toBeUndefined();
    s = trainingReducer(s, { type: 'deleteRun', runId: 1 });
    expect(s.earlier).toEqual([]);
  });

  it('clears every saved run, the current one’s mark too', () => {
    const s = trainingReducer(withRuns({ ...makeRun(2), kept: kept('b') }, [{ ...makeRun(1), kept: kept('a') }]), { type: 'clearSaved' });
    expect(s.earlier).toEqual([]);
    expect(s.current!.kept).toBeUndefined();
    expect(listedRuns(s)).toEqual([]);
  });

  it('keeps the current run’s latest weights with it, to be saved and downloaded', () => {
    let s = trainingReducer(withRuns(makeRun(1), []), { type: 'worker', event: { type: 'run', runId: 1, event: { type: 'weights', ...weights } } });
    expect(s.current!.weights).toEqual(weights);
    // Another run's weights are not this one's.
    s = trainingReducer(s, { type: 'worker', event: { type: 'run', runId: 7, event: { type: 'weights', ...weights, epoch: 9 } } });
    expect(s.current!.weights!.epoch).toBe(1);
  });

  it('keeps a run’s mark when the next run archives it', () => {
    let s = trainingReducer(withRuns(makeRun(1), []), { type: 'kept', runId: 1, kept: kept('run-1') });
    s = trainingReducer(s, { type: 'request', runId: 2, config: DEFAULT_TRAIN_CONFIG });
    expect(s.earlier[0]!.kept!.key).toBe('run-1');
  });
});

describe('planSync', () => {
  it('writes new and changed kept runs and deletes what left the page', () => {
    const a = { ...makeRun(1), kept: kept('a') };
    const b = { ...makeRun(2), kept: kept('b') };
    const unkept = makeRun(3);
    expect(planSync([a, b, unkept], new Map())).toEqual({ put: [a, b], remove: [] });
    const renamed = { ...a, name: 'x' };
    expect(planSync([renamed, b], new Map([['a', a], ['b', b]]))).toEqual({ put: [renamed], remove: [] });
    expect(planSync([b], new Map([['a', a], ['b', b]]))).toEqual({ put: [], remove: ['a'] });
  });
});
