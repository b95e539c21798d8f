import { describe, expect, it } from 'vitest';
import { answerDistance, judgeChoice, judgeNumber } from './exercise-verdict';

describe('judgeNumber', () => {
  it('measures absolute distance by default, edges included', () => {
    const tol = { right: 0.02, close: 0.1 };
    expect(judgeNumber(0.5, 0.5065, tol)).toBe('right');
    expect(judgeNumber(0.08, 0.1, tol)).toBe('right');
    expect(judgeNumber(0.6, 0.5065, tol)).toBe('close');
    expect(judgeNumber(0.9, 0.5065, tol)).toBe('wrong');
  });

  it('measures powers of ten for exp(50), where a guess ≤ 0 is simply wrong', () => {
    const tol = { right: Math.log10(1.05), close: 1, scale: 'orders' as const };
    const truth = Math.exp(50);
    expect(judgeNumber(5.2e21, truth, tol)).toBe('right');
    expect(judgeNumber(1e22, truth, tol)).toBe('close');
    expect(judgeNumber(5e18, truth, tol)).toBe('wrong');
    expect(judgeNumber(-5e21, truth, tol)).toBe('wrong');
    expect(answerDistance(0, truth, 'orders')).toBe(Infinity);
  });

  it('measures relative distance, and never calls a non-finite guess right', () => {
    expect(judgeNumber(25e6, 25.6e6, { right: 0.05, close: 0.5, scale: 'relative' })).toBe('right');
    expect(judgeNumber(10e6, 25.6e6, { right: 0.05, close: 0.5, scale: 'relative' })).toBe('wrong');
    expect(judgeNumber(Infinity, 1, { right: 1e9, close: 1e9 })).toBe('wrong');
    expect(judgeNumber(NaN, 1, { right: 1e9, close: 1e9 })).toBe('wrong');
  });
});

describe('judgeChoice', () => {
  it('is right on the computed choice, close on a named near miss, wrong otherwise', () => {
    expect(judgeChoice('treat', 'treat')).toBe('right');
    expect(judgeChoice('b', 'a', ['b'])).toBe('close');
    expect(judgeChoice('c', 'a', ['b'])).toBe('wrong');
  });
});
