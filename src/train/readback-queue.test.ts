import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReadbackQueue, type Readback } from './readback-queue';
import type { StepOutput } from './step';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Step i's output: 2 rows of 3 logits, all equal to i; with a penalty i / 10 when asked. */
const output = (i: number, penalty = false): StepOutput => ({
  logits: tf.fill([2, 3], i) as tf.Tensor2D,
  penalty: penalty ? tf.scalar(i / 10) : null,
});

function queue() {
  const reads: Readback<number>[] = [];
  return { reads, queue: new ReadbackQueue<number>((read) => reads.push(read)) };
}

describe('ReadbackQueue', () => {
  it('reads the queued steps at once, in order, and frees their tensors', async () => {
    const before = tf.memory().numTensors;
    const { reads, queue: q } = queue();
    for (let i = 1; i <= 3; i++) q.push(output(i, true), i);
    expect(q.queued).toBe(3);
    await q.drain();
    expect(q.queued).toBe(0);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.meta).toEqual([1, 2, 3]);
    expect(Array.from(reads[0]!.logits)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
    expect(Array.from(reads[0]!.penalties!)).toEqual([0.1, 0.2, 0.3].map(Math.fround));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('has no penalties when the steps have none', async () => {
    const { reads, queue: q } = queue();
    q.push(output(1), 1);
    await q.drain();
    expect(reads[0]!.penalties).toBeNull();
    // Nothing queued, nothing read.
    await q.drain();
    expect(reads).toHaveLength(1);
  });

  it('keeps one read on its way: readBack consumes the read before the one it starts', async () => {
    const before = tf.memory().numTensors;
    const { reads, queue: q } = queue();
    q.push(output(1), 1);
    q.push(output(2), 2);
    await q.readBack();
    // Steps 1 and 2 are being read; nothing consumed yet.
    expect(reads).toHaveLength(0);
    expect(q.queued).toBe(0);
    q.push(output(3), 3);
    await q.readBack();
    expect(reads.map((r) => r.meta)).toEqual([[1, 2]]);
    q.push(output(4), 4);
    await q.drain();
    expect(reads.map((r) => r.meta)).toEqual([[1, 2], [3], [4]]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('frees queued outputs and waits for the read on its way when disposed, consuming nothing more', async () => {
    const before = tf.memory().numTensors;
    const { reads, queue: q } = queue();
    q.push(output(1, true), 1);
    await q.readBack();
    q.push(output(2, true), 2);
    await q.dispose();
    expect(reads).toHaveLength(0);
    expect(q.queued).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});
