import { describe, expect, it } from 'vitest';
import { fixed4, formatDuration, formatNumber, formatRate, groupThousands, texNumber } from './format';

describe('fixed4', () => {
  it.each([
    [0.09, '0.0900'],
    [1, '1.0000'],
    [-0.00001, '0.0000'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
  ])('%s → %s', (x, shown) => expect(fixed4(x)).toBe(shown));
});

describe('formatNumber', () => {
  it.each([
    [2.718281828, 4, '2.7183'],
    [271828.18, 4, '2.7183e+5'],
    [0.00001234, 4, '1.2340e-5'],
    [0, 4, '0.0000'],
    [-0.00001, 2, '-1.00e-5'],
    [-0.001, 2, '0.00'],
    [1.5, 2, '1.50'],
    [NaN, 4, 'NaN'],
  ])('%s with %s digits → %s', (x, digits, shown) => expect(formatNumber(x, digits)).toBe(shown));
});

describe('texNumber', () => {
  it('writes e-notation as a power of ten, and the non-finite values as words', () => {
    expect(texNumber(271828.18)).toBe('2.7183\\times 10^{5}');
    expect(texNumber(0.5)).toBe('0.5000');
    expect(texNumber(NaN)).toBe('\\text{NaN}');
    expect(texNumber(-Infinity)).toBe('-\\infty');
  });
});

describe('groupThousands', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [29848.4, '29,848'],
    [1234567.5, '1,234,568'],
    [-1234, '-1,234'],
    [NaN, 'NaN'],
  ])('%s → %s', (x, shown) => expect(groupThousands(x)).toBe(shown));
});

describe('formatRate', () => {
  it('writes a learning rate as a person does', () => {
    expect(formatRate(0.1)).toBe('0.1');
    expect(formatRate(2.5)).toBe('2.5');
    expect(formatRate(1e5)).toBe('1e5');
    expect(formatRate(1e-10)).toBe('1e-10');
    expect(formatRate(0.1 + 0.2)).toBe('0.3');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [61_000, '1:01'],
    [3_725_000, '1:02:05'],
    [NaN, '–'],
    [-1, '–'],
  ])('%f ms is %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
