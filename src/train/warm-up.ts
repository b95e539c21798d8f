import * as tf from '@tensorflow/tfjs-core';
import type { ModelKind } from '@/domain/training-config';
import { disposeBatch, uploadBatch } from './batch-source';
import { CLASS_COUNT, createParams, disposeParams, forward, PIXELS } from './model-params';
import { createOptimizer, disposeOptimizer } from './optimizer';
import { guardPackedUpload } from './packed-upload';
import { trainStep } from './step';

/**
 * Runs one step and one evaluation on zeros, so the backend compiles its
 * shaders (or WebAssembly kernels) before the student presses Train. First,
 * on WebGL, the packed upload's guard checks it once (upload-guard.ts).
 */
export async function warmUp(model: ModelKind, batchSize: number): Promise<void> {
  await guardPackedUpload();
  const params = createParams(model, 0);
  const optimizer = createOptimizer('sgd', 0);
  // Uploaded the way training uploads its batches, so the same shaders are compiled.
  const batch = uploadBatch(new Float32Array(batchSize * PIXELS), new Float32Array(batchSize * CLASS_COUNT), batchSize);
  const { logits: stepLogits } = trainStep(params, optimizer, batch, 0);
  const logits = tf.tidy(() => tf.concat([forward(params, batch.x)], 0));
  await Promise.all([stepLogits.data(), logits.data()]);
  tf.dispose([stepLogits, logits]);
  disposeBatch(batch);
  disposeOptimizer(optimizer);
  disposeParams(params);
}
