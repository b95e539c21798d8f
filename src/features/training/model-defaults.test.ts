import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '@/workers/protocol';
import { withModel } from './model-defaults';

describe('withModel', () => {
  it('keeps the textbook defaults for softmax regression', () => {
    expect(DEFAULT_TRAIN_CONFIG).toMatchObject({ model: 'softmax', optimizer: 'sgd', learningRate: 0.1, batchSize: 256 });
  });

  it('gives the MLP momentum, and softmax plain SGD again on the way back', () => {
    const mlp = withModel(DEFAULT_TRAIN_CONFIG, 'mlp');
    expect(mlp).toMatchObject({ model: 'mlp', optimizer: 'momentum', learningRate: 0.1 });
    expect(withModel(mlp, 'softmax')).toEqual(DEFAULT_TRAIN_CONFIG);
  });

  it('never overrides an optimizer the student chose', () => {
    const adam = { ...DEFAULT_TRAIN_CONFIG, optimizer: 'adam' as const };
    expect(withModel(adam, 'mlp').optimizer).toBe('adam');
    expect(withModel(withModel(adam, 'mlp'), 'softmax').optimizer).toBe('adam');
  });
});
