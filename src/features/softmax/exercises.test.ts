import { describe, expect, it } from 'vitest';
import { softmax } from '@/math/softmax';
import { judgeNumber } from '@/ui/exercise-verdict';
import { doubleTauAnswer, GAP_TOLERANCE, PROBABILITY_TOLERANCE, realSoftMaxAnswer, shiftAnswer, TAU_MAX } from './exercises';

describe('doubling τ', () => {
  it('flattens softmax([1, 2, 3]): the top probability falls from 0.6652 to 0.5065', () => {
    const answer = doubleTauAnswer([1, 2, 3], 1);
    expect(answer.tauAfter).toBe(2);
    expect(answer.top).toBe(2);
    expect(answer.before.toFixed(4)).toBe('0.6652');
    expect(answer.after.toFixed(4)).toBe('0.5065');
    expect(answer.after).toBe(softmax([0.5, 1, 1.5])[2]);
    expect(judgeNumber(0.5, answer.after, PROBABILITY_TOLERANCE)).toBe('right');
    expect(judgeNumber(0.8, answer.after, PROBABILITY_TOLERANCE)).toBe('wrong');
  });

  it('stops at the slider’s largest τ', () => {
    expect(TAU_MAX).toBe(20);
    expect(doubleTauAnswer([1, 2, 3], 15).tauAfter).toBe(20);
  });
});

describe('adding 5 to every logit', () => {
  it('changes no probability (beyond rounding)', () => {
    const answer = shiftAnswer([1, 2, 3], 1);
    expect(answer.outcome).toBe('same');
    expect(answer.change).toBeLessThan(1e-15);
    expect(answer.shifted).toEqual([6, 7, 8]);
    expect(answer.factor.toFixed(4)).toBe('148.4132');
  });

  it('refuses to move logits past ±1000, and still answers', () => {
    const answer = shiftAnswer([998, 0], 1);
    expect(answer.shifted).toBeNull();
    expect(answer.outcome).toBe('same');
  });
});

describe('RealSoftMax (3.4, exercise 3)', () => {
  it('is 0.4076 above the max for [1, 2, 3], below log 3, and sharpens to the max', () => {
    const answer = realSoftMaxAnswer([1, 2, 3]);
    expect(answer.lse.toFixed(4)).toBe('3.4076');
    expect(answer.gap.toFixed(4)).toBe('0.4076');
    expect(answer.gap).toBeLessThan(answer.bound);
    expect(answer.sharpened[0]!.value).toBe(answer.lse);
    expect(answer.sharpened.at(-1)!.value).toBeCloseTo(3, 10);
    expect(answer.softMin.toFixed(4)).toBe('0.5924');
    expect(answer.softMin).toBeLessThan(answer.min);
    expect(judgeNumber(0.4, answer.gap, GAP_TOLERANCE)).toBe('right');
  });
});
