import { describe, expect, it } from 'vitest';
import { softmax } from '@/math/softmax';
import type { Evaluation } from '@/domain/training-events';
import { analyze } from './use-mistake-analysis';

/** An evaluation of 4 test images over 3 classes; image 2 is misclassified. */
function evaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  const logits = Float32Array.from([3, 0, 0, 0, 2, 0, 0, 4, 1, 0, 0, 1]);
  return {
    epoch: 1,
    testCount: 4,
    classCount: 3,
    logits,
    predictions: Uint8Array.from([0, 1, 1, 2]),
    accuracy: 0.75,
    loss: 0.5,
    weights: null,
    ...overrides,
  };
}

describe('analyze', () => {
  it('checks the worker predictions against the real labels', () => {
    const result = analyze(evaluation(), Uint8Array.from([0, 1, 2, 2, 9, 9]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { analysis } = result;
    expect(analysis.total).toBe(4);
    expect(analysis.correct).toBe(3);
    expect(analysis.accuracy).toBe(0.75);
    expect(analysis.matrix).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 1, 1],
    ]);
    expect(analysis.perClass).toEqual([1, 1, 0.5]);
    expect(analysis.mistakes).toEqual([{ index: 2, trueClass: 2, predClass: 1, confidence: softmax([0, 4, 1])[1] }]);
  });

  it('reports, instead of throwing, when the labels are fewer than the results', () => {
    const result = analyze(evaluation(), Uint8Array.from([0, 1]));
    expect(result).toEqual({ ok: false, error: '4 test results but only 2 test labels' });
  });

  it('reports a prediction outside the classes', () => {
    const result = analyze(evaluation({ predictions: Uint8Array.from([0, 1, 7, 2]) }), Uint8Array.from([0, 1, 2, 2]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/predictions\[2\] is 7/);
  });
});
