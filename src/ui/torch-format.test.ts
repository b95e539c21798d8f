import { describe, expect, it } from 'vitest';
import { formatTensor, literalValue, pyExponent, pyFixed, pyList, pyRepr } from './torch-format';

// Expected strings are what PyTorch 2.x prints with its default options (precision 4, line width 80).
describe('formatTensor', () => {
  it.each([
    ['the lecture’s softmax([1, 2, 3]) row', [[0.09003057317038046, 0.24472847105479767, 0.6652409557748219]], 'tensor([[0.0900, 0.2447, 0.6652]])'],
    ['a 0-d tensor', 1.4978661367769954, 'tensor(1.4979)'],
    ['picked probabilities', [0.1, 0.5], 'tensor([0.1000, 0.5000])'],
    ['whole numbers get a bare point', [[1, 2, 3]], 'tensor([[1., 2., 3.]])'],
    ['negatives widen every element', [1.73, -0.2, 0.05], 'tensor([ 1.7300, -0.2000,  0.0500])'],
    ['NaN beside zeros (naive softmax overflow)', [[NaN, 0, 0]], 'tensor([[nan, 0., 0.]])'],
    ['Infinity in a whole-number tensor', [Infinity, 1], 'tensor([inf, 1.])'],
    ['all zeros', [0, 0], 'tensor([0., 0.])'],
    ['a value under 1e-4 switches to e-notation', [1, 1e-5], 'tensor([1.0000e+00, 1.0000e-05])'],
    ['whole numbers spanning more than 1000×', [1, 10000], 'tensor([1.0000e+00, 1.0000e+04])'],
    ['a 0-d whole number', 2, 'tensor(2.)'],
  ])('%s', (_, data, printed) => expect(formatTensor(data)).toBe(printed));

  it('puts each row of a matrix on its own line, aligned under the first', () => {
    expect(
      formatTensor([
        [0.1, 0.3, 0.6],
        [0.3, 0.2, 0.5],
      ]),
    ).toBe('tensor([[0.1000, 0.3000, 0.6000],\n        [0.3000, 0.2000, 0.5000]])');
  });

  it('leaves a blank line between the matrices of a 3-d tensor', () => {
    expect(formatTensor([[[1]], [[2]]])).toBe('tensor([[[1.]],\n\n        [[2.]]])');
  });

  it('wraps a long vector at 80 characters: nine 4-decimal values to a line', () => {
    const tenths = Array.from({ length: 10 }, () => 0.1);
    expect(formatTensor(tenths)).toBe(`tensor([${Array(9).fill('0.1000').join(', ')},\n        0.1000])`);
  });

  it('rounds to float32 first, as a default tensor holds its values', () => {
    // 0.10045 is just above the tie in float32 (prints 0.1005) and just below it in float64 (0.1004).
    expect(formatTensor([0.10045])).toBe('tensor([0.1005])');
    expect(formatTensor([0.10045], 'float64')).toBe('tensor([0.1004], dtype=torch.float64)');
  });

  it('prints int64 and bool tensors padded to one width, without a dtype', () => {
    expect(formatTensor([0, 2], 'int64')).toBe('tensor([0, 2])');
    expect(formatTensor([1, 10], 'int64')).toBe('tensor([ 1, 10])');
    expect(formatTensor([true, false], 'bool')).toBe('tensor([ True, False])');
    expect(formatTensor(7, 'int64')).toBe('tensor(7)');
  });

  it('names the dtype of an empty tensor unless it is float32', () => {
    expect(formatTensor([])).toBe('tensor([])');
    expect(formatTensor([], 'int64')).toBe('tensor([], dtype=torch.int64)');
  });

  it('moves a suffix to its own line when the last line is full', () => {
    const nine = Array.from({ length: 9 }, () => 0.5);
    expect(formatTensor(nine, 'float64')).toBe(`tensor([${Array(9).fill('0.5000').join(', ')}],\n       dtype=torch.float64)`);
  });
});

describe('pyFixed (f"{x:.4f}")', () => {
  it.each([
    [0.793, 4, '0.7930'],
    [1.4978661367769954, 4, '1.4979'],
    // Exact binary ties go to the even digit, as Python rounds; toFixed would round them up.
    [0.03125, 4, '0.0312'],
    [0.09375, 4, '0.0938'],
    [2.5, 0, '2'],
    [3.5, 0, '4'],
    [-0.00001, 4, '-0.0000'],
    [0, 4, '0.0000'],
    [123456.789, 2, '123456.79'],
    [NaN, 4, 'nan'],
    [-Infinity, 4, '-inf'],
  ])('%s with %s digits → %s', (x, digits, shown) => expect(pyFixed(x, digits)).toBe(shown));
});

describe('pyExponent (f"{x:.4e}")', () => {
  it.each([
    [1e-5, '1.0000e-05'],
    [3.4028234663852886e38, '3.4028e+38'],
    [-271828.18, '-2.7183e+05'],
    [99999.5, '1.0000e+05'],
    [0, '0.0000e+00'],
    [1, '1.0000e+00'],
  ])('%s → %s', (x, shown) => expect(pyExponent(x)).toBe(shown));
});

describe('pyRepr (a float literal)', () => {
  it.each([
    [1, '1.0'],
    [0.1, '0.1'],
    [-2.5, '-2.5'],
    [1000, '1000.0'],
    [0.0001, '0.0001'],
    [0.000123, '0.000123'],
    [1e-5, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [1e16, '1e+16'],
    [1234567890123456, '1234567890123456.0'],
    [1.7300000000000002, '1.7300000000000002'],
    [-0, '-0.0'],
    [NaN, "float('nan')"],
  ])('%s → %s', (x, shown) => expect(pyRepr(x)).toBe(shown));
});

describe('pyList', () => {
  it('writes a row as Python floats', () => expect(pyList([[1, 2, 3]])).toBe('[[1.0, 2.0, 3.0]]'));
  it('writes a vector', () => expect(pyList([0.1, -0.2])).toBe('[0.1, -0.2]'));
  it('aligns the columns of a matrix under an indent', () => {
    expect(
      pyList(
        [
          [1.5, -0.6],
          [-0.5, 1.2],
        ],
        4,
      ),
    ).toBe('[[ 1.5, -0.6],\n     [-0.5,  1.2]]');
  });
});

describe('literalValue', () => {
  it('keeps at most 4 decimals', () => {
    expect(literalValue(1.7300000000000002)).toBe(1.73);
    expect(literalValue(-0.123456)).toBe(-0.1235);
    expect(literalValue(NaN)).toBeNaN();
  });
});
