import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG, isOneOf, MODELS, SCALINGS, TRAIN_LIMITS, withinLimit, withModel } from './training-config';

describe('withinLimit', () => {
  it('keeps a learning rate strictly above 0 and at most 1e6', () => {
    const lr = TRAIN_LIMITS.learningRate;
    expect([1e-10, 0.1, 1e6].map((n) => withinLimit(lr, n))).toEqual([true, true, true]);
    expect([0, -0.1, 1e6 + 1, NaN, Infinity].map((n) => withinLimit(lr, n))).toEqual([false, false, false, false, false]);
  });

  it('takes whole numbers only where the setting counts something', () => {
    expect(withinLimit(TRAIN_LIMITS.batchSize, 256)).toBe(true);
    expect(withinLimit(TRAIN_LIMITS.batchSize, 12.5)).toBe(false);
    expect(withinLimit(TRAIN_LIMITS.weightDecay, 0.5)).toBe(true);
  });

  it('includes both ends unless the lower one is excluded', () => {
    const { min, max } = TRAIN_LIMITS.validationSize;
    expect(withinLimit(TRAIN_LIMITS.validationSize, min)).toBe(true);
    expect(withinLimit(TRAIN_LIMITS.validationSize, max)).toBe(true);
    expect(withinLimit(TRAIN_LIMITS.validationSize, max + 1)).toBe(false);
    expect(withinLimit(TRAIN_LIMITS.batchSize, TRAIN_LIMITS.batchSize.min - 1)).toBe(false);
  });

  it('admits every default', () => {
    for (const key of ['learningRate', 'batchSize', 'epochs', 'weightDecay', 'seed', 'validationSize'] as const) {
      expect(withinLimit(TRAIN_LIMITS[key], DEFAULT_TRAIN_CONFIG[key] ?? NaN), key).toBe(true);
    }
  });
});

describe('isOneOf', () => {
  it('accepts exactly the listed choices', () => {
    expect(MODELS.filter((m) => isOneOf(MODELS, m))).toEqual([...MODELS]);
    expect(isOneOf(SCALINGS, 'unit')).toBe(true);
    expect(['', 'Softmax', 'softmax ', 'toString', 'constructor'].some((s) => isOneOf(MODELS, s))).toBe(false);
  });
});

describe('withModel', () => {
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

  it('returns the same settings when the model does not change', () => {
    expect(withModel(DEFAULT_TRAIN_CONFIG, 'softmax')).toBe(DEFAULT_TRAIN_CONFIG);
  });
});
