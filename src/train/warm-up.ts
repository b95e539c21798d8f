import * as tf from '@tensorflow/tfjs-core';
import type { ModelKind } from '@/workers/protocol';
import { CLASS_COUNT, createParams, disposeParams, forward, PIXELS } from './model';
import { createOptimizer, disposeOptimizer } from './optimizer';
import { uploadMatrix } from './packed-upload';
import { trainStep } from './step';

/**
 * Runs one step and one evaluation on zeros, so the backend compiles its
 * shaders (or WebAssembly kernels) before the student presses Train.
 */
export async function warmUp(model: ModelKind, batchSize: number): Promise<void> {
  const params = createParams(model, 0);
  const optimizer = createOptimizer('sgd', 0);
  // Uploaded the way training uploads its batches, so the same shaders are compiled.
  const x = uploadMatrix(new Float32Array(batchSize * PIXELS), batchSize, PIXELS);
  const y = uploadMatrix(new Float32Array(batchSize * CLASS_COUNT), batchSize, CLASS_COUNT);
  const xT = tf.getBackend() === 'wasm' ? uploadMatrix(new Float32Array(batchSize * PIXELS), PIXELS, batchSize) : null;
  const { logits: stepLogits } = trainStep(params, optimizer, { x, y, xT }, 0);
  const logits = tf.tidy(() => tf.concat([forward(params, x)], 0));
  await Promise.all([stepLogits.data(), logits.data()]);
  tf.dispose([stepLogits, logits, x, y, xT ?? []]);
  disposeOptimizer(optimizer);
  disposeParams(params);
}
