import { describe, expect, it } from 'vitest';
import { judgeNumber } from '@/ui/exercise-verdict';
import { DISTANCE_TOLERANCE, oneHotDistanceAnswer } from './exercises';

describe('the one-hot question', () => {
  it('puts the first and last of 3 classes √2 apart, where integers put them 2 apart', () => {
    const answer = oneHotDistanceAnswer(3);
    expect(answer.oneHotDistance.toFixed(4)).toBe('1.4142');
    expect(answer.integerDistance).toBe(2);
    expect(answer.first).toEqual([1, 0, 0]);
    expect(answer.last).toEqual([0, 0, 1]);
  });

  it('keeps √2 for ten classes, where integers say 9', () => {
    const answer = oneHotDistanceAnswer(10);
    expect(answer.oneHotDistance).toBeCloseTo(Math.SQRT2, 15);
    expect(answer.integerDistance).toBe(9);
    expect(judgeNumber(1.41, answer.oneHotDistance, DISTANCE_TOLERANCE)).toBe('right');
    expect(judgeNumber(2, answer.oneHotDistance, DISTANCE_TOLERANCE)).toBe('wrong');
  });
});
