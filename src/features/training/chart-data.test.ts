import { describe, expect, it } from 'vitest';
import { appendPoints, emptySeries } from './chart-series';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import type { EpochSummary } from '@/domain/training-events';
import { formatRate, learningRateAt, lossDomainMax, lossLines, lossTicks, runLabelParts, sliderPosition, tenthOf, testPoints } from './chart-data';
import type { RunRecord } from './training-state';

const record = (weightDecay: number): RunRecord => ({
  id: 1,
  config: { ...DEFAULT_TRAIN_CONFIG, weightDecay },
  loss: appendPoints(emptySeries(10), [0.5, 1], [2, 2]),
  l2: appendPoints(emptySeries(10), [0.5, 1], [0.1, 0.2]),
  epochZero: null,
  epochs: [],
});

describe('lossLines', () => {
  it('smooths the data loss and adds the L2 line only with weight decay', () => {
    expect(lossLines(record(0)).l2).toBeNull();
    const { loss, l2 } = lossLines(record(0.01));
    expect(loss.map((p) => p.y)).toEqual([2, 2]);
    expect(l2).toEqual([
      { x: 0.5, y: 0.1 },
      { x: 1, y: 0.2 },
    ]);
  });
});

describe('testPoints', () => {
  const epoch = (n: number, testLoss: number, testAccuracy: number): EpochSummary => ({
    epoch: n,
    trainLoss: 0.6,
    trainAccuracy: 0.8,
    testAccuracy,
    testLoss,
    l2: 0,
    seconds: 1,
    numTensors: 9,
    numBytes: 100,
  });
  const epochs = [epoch(1, 0.62, 0.79), epoch(2, 0.55, 0.81)];
  const untrained = { testLoss: 2.3051, testAccuracy: 0.0925 };

  it('starts at epoch 0 with the untrained model, then one point per finished epoch', () => {
    expect(testPoints(untrained, epochs, 'testAccuracy')).toEqual([
      { x: 0, y: 0.0925 },
      { x: 1, y: 0.79 },
      { x: 2, y: 0.81 },
    ]);
    expect(testPoints(untrained, epochs, 'testLoss')).toEqual([
      { x: 0, y: 2.3051 },
      { x: 1, y: 0.62 },
      { x: 2, y: 0.55 },
    ]);
  });
  it('has the epoch-0 point alone before the first epoch ends, and none before the worker sends it', () => {
    expect(testPoints(untrained, [], 'testLoss')).toEqual([{ x: 0, y: 2.3051 }]);
    expect(testPoints(null, [], 'testAccuracy')).toEqual([]);
    expect(testPoints(null, epochs, 'testAccuracy').map((p) => p.x)).toEqual([1, 2]);
  });
});

describe('learning-rate slider', () => {
  it('maps positions to round rates and back', () => {
    expect(learningRateAt(-1)).toBe(0.1);
    expect(learningRateAt(5)).toBe(1e5);
    expect(learningRateAt(-10)).toBe(1e-10);
    expect(learningRateAt(-0.5)).toBe(0.32);
    expect(sliderPosition(0.1)).toBeCloseTo(-1, 12);
    expect(sliderPosition(1e9)).toBe(5);
    expect(sliderPosition(1e-20)).toBe(-10);
  });
  it('suggests a tenth and writes rates readably', () => {
    expect(tenthOf(1e5)).toBe(1e4);
    expect(tenthOf(0.3)).toBe(0.03);
    expect(formatRate(1e5)).toBe('1e5');
    expect(formatRate(1e-10)).toBe('1e-10');
    expect(formatRate(0.1)).toBe('0.1');
    expect(formatRate(2.5)).toBe('2.5');
  });
});

describe('labels and axes', () => {
  it('labels a run by lr, batch, optimizer and λ', () => {
    expect(runLabelParts(DEFAULT_TRAIN_CONFIG)).toEqual({ lr: '0.1', batch: 256, optimizer: 'sgd', lambda: '0.0000' });
  });
  it('clips exploding losses but always shows ln 10, with a tick per nat', () => {
    expect(lossDomainMax([])).toBe(3);
    expect(lossDomainMax([0.5, 1])).toBe(3);
    expect(lossDomainMax([3.4])).toBe(4);
    expect(lossDomainMax([4e6, NaN])).toBe(5);
    expect(lossTicks(3)).toEqual([0, 1, 2, 3]);
  });
});
