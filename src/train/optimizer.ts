import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerKind } from '@/domain/training-config';
import { OnePassSgd } from './one-pass-sgd';

/** Momentum coefficient for "SGD with momentum" (the usual 0.9). */
export const MOMENTUM = 0.9;

/** Adam uses its usual β₁ = 0.9, β₂ = 0.999; the learning rate is the student's. */
/** Frees an optimizer's tensors. */
export function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  // TF.js 4.22's MomentumOptimizer.dispose forgets the learning-rate scalar it
  // inherits from SGDOptimizer, leaking one tensor per run.
  if (optimizer.getClassName() === 'Momentum') tf.SGDOptimizer.prototype.dispose.call(optimizer);
}

export function createOptimizer(kind: OptimizerKind, learningRate: number): tf.Optimizer {
  switch (kind) {
    case 'sgd':
      return new OnePassSgd(learningRate);
    case 'momentum':
      return tf.train.momentum(learningRate, MOMENTUM);
    case 'adam':
      return tf.train.adam(learningRate);
  }
}
