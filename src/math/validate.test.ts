import { describe, expect, it } from 'vitest';
import {
  MathInputError,
  assertDistribution,
  assertFiniteVector,
  assertPositiveFinite,
  assertSameLength,
} from './validate';

describe('assertFiniteVector', () => {
  it('accepts finite vectors, typed arrays included', () => {
    expect(() => assertFiniteVector([0, -1e300, 1e300])).not.toThrow();
    expect(() => assertFiniteVector(new Float32Array([1, 2]))).not.toThrow();
  });

  it.each([
    { values: [], message: /must not be empty/ },
    { values: [1, NaN], message: /input\[1\] is NaN/ },
    { values: [Infinity], message: /input\[0\] is Infinity/ },
    { values: [0, -Infinity], message: /input\[1\] is -Infinity/ },
  ])('rejects $values', ({ values, message }) => {
    expect(() => assertFiniteVector(values)).toThrow(MathInputError);
    expect(() => assertFiniteVector(values)).toThrow(message);
  });

  it('uses the given name in the message and is an Error named MathInputError', () => {
    try {
      assertFiniteVector([NaN], 'logits');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('MathInputError');
      expect((error as Error).message).toMatch(/^logits\[0\]/);
    }
  });
});

describe('assertSameLength', () => {
  it('throws only when lengths differ', () => {
    expect(() => assertSameLength([1, 2], [3, 4], 'x')).not.toThrow();
    expect(() => assertSameLength([1, 2], [3], 'x')).toThrow(/lengths differ \(2 vs 1\)/);
  });
});

describe('assertDistribution', () => {
  it('accepts distributions within the tolerance', () => {
    expect(() => assertDistribution([0.2, 0.3, 0.5])).not.toThrow();
    expect(() => assertDistribution([1, 0])).not.toThrow();
    expect(() => assertDistribution([0.5, 0.5 + 1e-7])).not.toThrow();
  });

  it.each([
    { p: [0.5, 0.6], message: /sum to 1/ },
    { p: [1.5, -0.5], message: /negative/ },
    { p: [NaN, 1], message: /NaN/ },
    { p: [], message: /empty/ },
  ])('rejects $p', ({ p, message }) => {
    expect(() => assertDistribution(p)).toThrow(MathInputError);
    expect(() => assertDistribution(p)).toThrow(message);
  });
});

describe('assertPositiveFinite', () => {
  it.each([0, -1, NaN, Infinity, -Infinity])('rejects %s', (value) => {
    expect(() => assertPositiveFinite(value, 'temperature')).toThrow(MathInputError);
  });
  it('accepts tiny and large positive numbers', () => {
    expect(() => assertPositiveFinite(1e-300, 'temperature')).not.toThrow();
    expect(() => assertPositiveFinite(1e300, 'temperature')).not.toThrow();
  });
});
