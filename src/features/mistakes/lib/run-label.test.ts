import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import type { Evaluation } from '@/domain/training-events';
import { runLabelParts } from './run-label';

const evaluation = (run?: Evaluation['run']): Evaluation => ({
  epoch: 3,
  testCount: 2,
  classCount: 10,
  logits: new Float32Array(20),
  predictions: new Uint8Array(2),
  accuracy: 0.5,
  loss: 1.2,
  weights: null,
  ...(run && { run }),
});

describe('runLabelParts', () => {
  it('names the run and the settings that tell runs apart', () => {
    const parts = runLabelParts(evaluation({ id: 2, config: { ...DEFAULT_TRAIN_CONFIG, learningRate: 1e5, batchSize: 1024, epochs: 4 } }));
    expect(parts).toEqual({ run: 2, model: 'softmax', learningRate: '1e5', batchSize: '1,024', epochs: 4, epoch: 3 });
  });

  it('is null for an evaluation no run made', () => {
    expect(runLabelParts(evaluation())).toBeNull();
  });
});
