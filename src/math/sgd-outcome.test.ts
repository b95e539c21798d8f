import { describe, expect, it } from 'vitest';
import { sgdRun, TINY_PROBLEM } from './sgd-outcome';
import { EXPLODING_LOSS } from './training-metrics';
import { MathInputError } from './validate';

describe('what a learning rate does (the lecture’s 1e5, 0.1 and 1e-10)', () => {
  it('starts every run at ln 3, the loss of a uniform guess', () => {
    expect(sgdRun(0.1).losses[0]).toBeCloseTo(Math.log(TINY_PROBLEM.classCount), 14);
  });

  it('lr = 1e5 diverges at once: the loss passes 20 ln 10 after one step', () => {
    const run = sgdRun(1e5);
    expect(run.outcome).toBe('diverges');
    expect(run.losses).toHaveLength(2);
    expect(run.losses[1]!).toBeGreaterThan(EXPLODING_LOSS);
  });

  it('lr = 1e-10 stalls: after 50 steps the loss has not moved in its first 8 digits', () => {
    const run = sgdRun(1e-10);
    expect(run.outcome).toBe('stalls');
    expect(run.losses).toHaveLength(51);
    expect(Math.abs(run.losses[50]! - run.losses[0]!)).toBeLessThan(1e-8);
  });

  it('lr = 0.1 and lr = 1 learn, the larger faster', () => {
    const slow = sgdRun(0.1);
    const fast = sgdRun(1);
    expect(slow.outcome).toBe('learns');
    expect(fast.outcome).toBe('learns');
    expect(fast.losses[50]!).toBeLessThan(slow.losses[50]!);
    expect(slow.losses[50]!).toBeLessThan(slow.losses[0]!);
  });

  it('refuses a learning rate that is not positive and finite', () => {
    expect(() => sgdRun(0)).toThrow(MathInputError);
    expect(() => sgdRun(Infinity)).toThrow(MathInputError);
  });
});
