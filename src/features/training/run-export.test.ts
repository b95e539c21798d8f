import { describe, expect, it } from 'vitest';
import { appendPoints, emptySeries } from './chart-series';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import type { EpochSummary } from '@/domain/training-events';
import { CSV_COLUMNS, csvField, epochCsv, numberRuns, runRecordJson, summaryParts } from './run-export';
import type { RunRecord } from './training-state';

const epoch = (n: number, testAccuracy: number): EpochSummary => ({
  epoch: n,
  trainLoss: 0.123456,
  trainAccuracy: 0.75,
  testAccuracy,
  testLoss: 0.55555,
  l2: 0,
  seconds: 1.234,
  numTensors: 9,
  numBytes: 100,
});

const run = (id: number, learningRate: number, epochs: EpochSummary[], name?: string): RunRecord => ({
  id,
  config: { ...DEFAULT_TRAIN_CONFIG, learningRate, trainLimit: 2000, testLimit: 500 },
  loss: appendPoints(emptySeries(150), [0.5, 1], [2, 1]),
  l2: emptySeries(150),
  epochZero: { testLoss: 2.3, testAccuracy: 0.1 },
  epochs,
  name,
});

describe('epochCsv', () => {
  const newestFirst = [run(2, 1e-10, [epoch(1, 0.1)], 'stalls, "tiny" lr'), run(1, 0.1, [epoch(1, 0.78), epoch(2, 0.8331)])];
  const lines = epochCsv(numberRuns(newestFirst)).split('\r\n');

  it('has one row per run and epoch, oldest run first, after the header', () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 3 + 1); // header, three epochs, the final line break
    expect(lines[4]).toBe('');
    expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual(['1', '1', '2']);
  });

  it('writes the settings as columns and the figures as the epoch table shows them', () => {
    const cells = lines[2]!.split(',');
    const at = (column: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(column)];
    expect(at('learning_rate')).toBe('0.1');
    expect(at('batch_size')).toBe('256');
    expect(at('seed')).toBe('42');
    expect(at('train_images')).toBe('2000');
    expect(at('epoch')).toBe('2');
    expect(at('train_loss')).toBe('0.1235');
    expect(at('test_accuracy')).toBe('0.8331');
    expect(at('seconds')).toBe('1.23');
    expect(lines[3]).toContain('1e-10');
  });

  it('quotes a name with commas and quotes', () => {
    expect(lines[3]).toContain('"stalls, ""tiny"" lr"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('is only the header when no epoch has finished', () => {
    expect(epochCsv([])).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('runRecordJson', () => {
  it('holds the settings, seed, backend, renderer, metrics and the app version', () => {
    const record = JSON.parse(
      runRecordJson(run(1, 0.1, [epoch(1, 0.8331)]), {
        appVersion: '0.1.0',
        backend: 'webgl',
        renderer: 'ANGLE (SwiftShader)',
        exportedAt: new Date(Date.UTC(2026, 10, 21, 7, 30)),
      }),
    );
    expect(record).toMatchObject({
      appVersion: '0.1.0',
      exportedAt: '2026-11-21T07:30:00.000Z',
      run: {
        seed: 42,
        backend: 'webgl',
        renderer: 'ANGLE (SwiftShader)',
        settings: { learningRate: 0.1, batchSize: 256, model: 'softmax' },
        epochZero: { testAccuracy: 0.1 },
        epochs: [{ epoch: 1, testAccuracy: 0.8331, trainLoss: 0.123456 }],
      },
    });
    expect(record.run.lossCurve).toEqual([
      { x: 0.5, y: 2 },
      { x: 1, y: 1 },
    ]);
  });
});

describe('summaryParts', () => {
  it('names the model, the settings and the last test accuracy', () => {
    expect(summaryParts(run(1, 0.1, [epoch(1, 0.8), epoch(10, 0.8331)]))).toEqual({
      model: 'softmax',
      lr: '0.1',
      batch: 256,
      epochs: 10,
      testAccuracy: '0.8331',
    });
    expect(summaryParts(run(1, 0.1, []))).toBeNull();
  });
});
