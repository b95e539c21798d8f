import { describe, expect, it } from 'vitest';
import { clampLogit, isLogitInRange, LOGIT_LIMIT } from './playground-limits';

describe('the logit limit', () => {
  it('holds a logit within ±LOGIT_LIMIT and leaves one inside alone', () => {
    expect([2000, -1e9, Infinity, -Infinity].map(clampLogit)).toEqual([LOGIT_LIMIT, -LOGIT_LIMIT, LOGIT_LIMIT, -LOGIT_LIMIT]);
    expect([0, -3.5, LOGIT_LIMIT, -LOGIT_LIMIT].map(clampLogit)).toEqual([0, -3.5, LOGIT_LIMIT, -LOGIT_LIMIT]);
    expect(clampLogit(NaN)).toBeNaN();
  });

  it('admits finite logits up to the limit, ends included', () => {
    expect([0, LOGIT_LIMIT, -LOGIT_LIMIT, 999.99].every(isLogitInRange)).toBe(true);
    expect([LOGIT_LIMIT + 0.001, -LOGIT_LIMIT - 1, NaN, Infinity].some(isLogitInRange)).toBe(false);
  });
});
