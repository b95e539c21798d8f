import { describe, expect, it } from 'vitest';
import { softmax } from '@/math/softmax';
import { judgeNumber } from '@/ui/exercise-verdict';
import {
  BITS_TOLERANCE,
  fixAnswers,
  hessianAnswer,
  logZeroAnswer,
  LOSS_TOLERANCE,
  lowProbabilityAnswer,
  pushAnswer,
  rightFix,
  threeClassesAnswer,
} from './exercises';

describe('the loss at p = 0.01', () => {
  it('is ln 100 = 4.6052 nats, and the moved logits give the true class exactly 0.01', () => {
    const answer = lowProbabilityAnswer([1, 2, 3], 0);
    expect(answer.nats.toFixed(4)).toBe('4.6052');
    expect(answer.bits.toFixed(4)).toBe('6.6439');
    expect(softmax(answer.logits!)[0]).toBeCloseTo(0.01, 12);
    expect(judgeNumber(4.6, answer.nats, LOSS_TOLERANCE)).toBe('right');
    expect(judgeNumber(2, answer.nats, LOSS_TOLERANCE)).toBe('wrong');
  });
});

describe('what p − y pushes', () => {
  it('raises the true logit and lowers the others, the most probable wrong class most', () => {
    const answer = pushAnswer([1, 2, 3], 0);
    expect(answer.outcome).toBe('up-true');
    expect(answer.grad.map((g) => g.toFixed(4))).toEqual(['-0.9100', '0.2447', '0.6652']);
    expect(answer.hardest).toBe(2);
    expect(answer.after[0]).toBeCloseTo(1.91, 4);
    expect(answer.grad.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 15);
  });
});

describe('3.4, exercise 1: the Hessian is the covariance of the one-hot label', () => {
  it('agrees with finite differences to 1e-6 for softmax([1, 2, 3])', () => {
    const answer = hessianAnswer([1, 2, 3], 2);
    expect(answer.maxDifference).toBeLessThan(1e-6);
    expect(answer.exact[2]![2]!.toFixed(4)).toBe('0.2227');
  });
});

describe('3.4, exercise 2: three equally likely classes', () => {
  it('need log₂ 3 bits, which block codes approach from 2', () => {
    const answer = threeClassesAnswer();
    expect(answer.entropy.toFixed(4)).toBe('1.5850');
    expect(answer.blocks.map((b) => b.blockLength)).toEqual([1, 2, 3, 5, 17, 29, 41]);
    expect(answer.blocks[1]).toMatchObject({ outcomes: 9n, bits: 4, bitsPerSymbol: 2 });
    expect(judgeNumber(1.6, answer.entropy, BITS_TOLERANCE)).toBe('close');
    expect(judgeNumber(2, answer.entropy, BITS_TOLERANCE)).toBe('wrong');
  });
});

describe('3.6, exercises 2 and 3: log of 0 and its fix', () => {
  it('the naive loss of the confidently wrong model is Infinity; the true loss is 800 nats', () => {
    const answer = logZeroAnswer(3);
    expect(answer.probability).toBe(0);
    expect(answer.naive).toBe(Infinity);
    expect(answer.outcome).toBe('infinity');
    expect(answer.exact).toBeCloseTo(800, 9);
  });

  it('only log-softmax gives 800; subtracting the max alone still takes log 0, ε gives 27.63', () => {
    const { fixes } = fixAnswers(3);
    const byId = Object.fromEntries(fixes.map((f) => [f.id, f]));
    expect(byId['subtract-max']!.value).toBe(Infinity);
    expect(byId['float64']!.value).toBe(Infinity);
    expect(byId['epsilon']!.value.toFixed(2)).toBe('27.63');
    expect(byId['log-softmax']!.right).toBe(true);
    expect(fixes.filter((f) => f.right)).toHaveLength(1);
    expect(rightFix(10)).toBe('log-softmax');
  });
});
