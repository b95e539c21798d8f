import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_SETTINGS } from '@/domain/training-config';
import { initialTrainSettings } from './initial-state';
import { parseUrlState } from './url-state';

describe('initialTrainSettings', () => {
  it('is the defaults (lr 0.1, batch 256, 10 epochs, webgl) for a bare link', () => {
    const settings = initialTrainSettings(parseUrlState('').state);
    expect(settings).toEqual(DEFAULT_TRAIN_SETTINGS);
    expect(settings).toMatchObject({ learningRate: 0.1, batchSize: 256, epochs: 10, backend: 'webgl' });
    expect('trainLimit' in settings).toBe(false);
  });

  it('maps every training parameter of a link', () => {
    const url = parseUrlState(
      '?lr=1e5&batch=64&epochs=3&model=mlp&backend=wasm&optimizer=adam&scaling=raw&wd=0.01&seed=7&train=2000&test=500&val=1000',
    ).state;
    expect(initialTrainSettings(url)).toEqual({
      learningRate: 1e5,
      batchSize: 64,
      epochs: 3,
      model: 'mlp',
      backend: 'wasm',
      optimizer: 'adam',
      scaling: 'raw',
      weightDecay: 0.01,
      seed: 7,
      trainLimit: 2000,
      testLimit: 500,
      validationSize: 1000,
    });
  });

  it('keeps the default for an invalid parameter', () => {
    const parsed = parseUrlState('?lr=-1&epochs=1');
    expect(parsed.notices.map((n) => n.param)).toEqual(['lr']);
    expect(initialTrainSettings(parsed.state)).toMatchObject({ learningRate: 0.1, epochs: 1 });
  });
});
