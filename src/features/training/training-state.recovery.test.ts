import { describe, expect, it } from 'vitest';
import type { DataLoadFailure } from '@/data/types';
import { DEFAULT_TRAIN_CONFIG } from '@/domain/training-config';
import { INITIAL_TRAINING_STATE, trainingReducer, type TrainingAction, type TrainingState } from './training-state';

const reduce = (actions: TrainingAction[], from: TrainingState = INITIAL_TRAINING_STATE) => actions.reduce(trainingReducer, from);
const failure: DataLoadFailure = {
  kind: 'network',
  file: 'train-images-idx3-ubyte.gz',
  message: 'train-images-idx3-ubyte.gz: the download failed (Failed to fetch)',
};

describe('trainingReducer: a run whose data cannot be had (issue 17)', () => {
  it('turns a run waiting for data into an error carrying the Data lesson’s failure', () => {
    const s = reduce([{ type: 'request', runId: 1, config: DEFAULT_TRAIN_CONFIG }, { type: 'dataFailed', failure }]);
    expect(s.status).toBe('error');
    expect(s.error).toEqual({ message: failure.message, contextLost: false, data: failure });
  });

  it('lets Train start again from the error: a new request is loading, without the old error', () => {
    const failed = reduce([{ type: 'request', runId: 1, config: DEFAULT_TRAIN_CONFIG }, { type: 'dataFailed', failure }]);
    const retried = trainingReducer(failed, { type: 'request', runId: 2, config: DEFAULT_TRAIN_CONFIG });
    expect(retried.status).toBe('loading');
    expect(retried.error).toBeNull();
    expect(retried.current!.id).toBe(2);
    expect(trainingReducer(failed, { type: 'reset' }).status).toBe('idle');
  });

  it('leaves a run that is not waiting for data alone (idle, training, done)', () => {
    expect(trainingReducer(INITIAL_TRAINING_STATE, { type: 'dataFailed', failure })).toBe(INITIAL_TRAINING_STATE);
    const training: TrainingState = { ...reduce([{ type: 'request', runId: 1, config: DEFAULT_TRAIN_CONFIG }]), status: 'training' };
    expect(trainingReducer(training, { type: 'dataFailed', failure })).toBe(training);
  });
});
