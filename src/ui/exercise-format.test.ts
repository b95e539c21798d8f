import { describe, expect, it } from 'vitest';
import { plainCount, plainNumber, plainVector } from './exercise-format';

describe('plainNumber', () => {
  it.each([
    [1, '1'],
    [2.5, '2.5'],
    [0.012345, '0.0123'],
    [-0.00001, '-1.0000e-5'],
    [-0.00004, '-4.0000e-5'],
    [123456, '123456'],
    [5e21, '5.0000e+21'],
    [-0, '0'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
  ])('%s → %s', (x, text) => expect(plainNumber(x)).toBe(text));

  it('writes vectors in parentheses', () => {
    expect(plainVector([1, 2, 3])).toBe('(1, 2, 3)');
  });
});

describe('plainCount', () => {
  it('groups small counts and writes huge ones in e-notation', () => {
    expect(plainCount(9n)).toBe('9');
    expect(plainCount(59049n)).toBe('59,049');
    expect(plainCount(36472996377170786403n)).toBe('3.6473e+19');
    expect(plainCount(25_600_000)).toBe('2.5600e+7');
  });
});
