import { describe, expect, it } from 'vitest';
import { answerDistance, judgeNumber } from '@/ui/exercise-verdict';
import { EXP_EXERCISE_X, EXP_TOLERANCE, expAnswer, formatScientific } from './exp-exercise';

describe('expAnswer: exp(50) and the two formats', () => {
  it('exp(50) = 5.1847 × 10²¹, which fits in float64 and in float32', () => {
    const answer = expAnswer();
    expect(answer.x).toBe(EXP_EXERCISE_X);
    expect(answer.value.mantissa.toFixed(4)).toBe('5.1847');
    expect(answer.value.exponent).toBe(21);
    expect(answer.limits.map((l) => [l.format, l.fits])).toEqual([
      ['float64', true],
      ['float32', true],
    ]);
  });

  it('names each format’s largest number and the x past which exp overflows', () => {
    const [f64, f32] = expAnswer().limits;
    expect([f64!.max.mantissa.toFixed(4), f64!.max.exponent]).toEqual(['1.7977', 308]);
    expect([f32!.max.mantissa.toFixed(4), f32!.max.exponent]).toEqual(['3.4028', 38]);
    expect(f64!.threshold.toFixed(4)).toBe('709.7827');
    expect(f32!.threshold.toFixed(4)).toBe('88.7228');
  });

  it('exp(89) fits only in float64, exp(710) in neither', () => {
    expect(expAnswer(89).limits.map((l) => l.fits)).toEqual([true, false]);
    expect(expAnswer(710).limits.map((l) => l.fits)).toEqual([false, false]);
    expect(expAnswer(710).value.exponent).toBe(308);
  });
});

describe('EXP_TOLERANCE', () => {
  const truth = Math.exp(50);

  it('calls an estimate within 5 % right, within a factor of 10 close, and further off wrong', () => {
    expect(judgeNumber(5.18e21, truth, EXP_TOLERANCE)).toBe('right');
    expect(judgeNumber(5e21, truth, EXP_TOLERANCE)).toBe('right');
    expect(judgeNumber(1e22, truth, EXP_TOLERANCE)).toBe('close');
    expect(judgeNumber(1e21, truth, EXP_TOLERANCE)).toBe('close');
    expect(judgeNumber(5e18, truth, EXP_TOLERANCE)).toBe('wrong');
    expect(answerDistance(5e18, truth, 'orders')).toBeCloseTo(3.0157, 3);
  });
});

describe('formatScientific', () => {
  it('writes the exponent in superscript digits', () => {
    expect(formatScientific(expAnswer().value)).toBe('5.1847 × 10²¹');
    expect(formatScientific(expAnswer().limits[0]!.max)).toBe('1.7977 × 10³⁰⁸');
    expect(formatScientific(expAnswer().limits[1]!.max)).toBe('3.4028 × 10³⁸');
    expect(formatScientific({ mantissa: 1.5, exponent: -7 })).toBe('1.5000 × 10⁻⁷');
  });
});
