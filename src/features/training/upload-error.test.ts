import { describe, expect, it } from 'vitest';
import { keepMessages } from './keep-strings';
import { byteSize, shapeText, uploadErrorText } from './upload-error';

const en = keepMessages.en;
const ko = keepMessages.ko;

describe('uploadErrorText', () => {
  it('names the file and the problem, one message per kind', () => {
    const texts = [
      uploadErrorText(en, 'w.csv', { kind: 'not-npy' }),
      uploadErrorText(en, 'W.npy', { kind: 'truncated', bytes: 5000, expectedBytes: 31488 }),
      uploadErrorText(en, 'W.npy', { kind: 'dtype', dtype: "float64 ('<f8')" }),
      uploadErrorText(en, 'w.npz/W.npy', { kind: 'shape', shape: [784, 5], expected: [784, 10] }),
      uploadErrorText(en, 'w.npz/W.npy', { kind: 'not-finite', index: [3, 7], value: 'NaN' }),
      uploadErrorText(en, 'w.npz', { kind: 'zip', reason: 'checksum', detail: '' }),
      uploadErrorText(en, 'w.npz', { kind: 'missing', array: 'b.npy' }),
    ];
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts[1]).toBe('W.npy is cut off: it has 5,000 bytes, but its header promises 31,488. Download or copy it again.');
    expect(texts[2]).toContain("float64 ('<f8')");
    expect(texts[3]).toBe('w.npz/W.npy has shape (784, 5); the page needs (784, 10).');
    expect(texts[4]).toContain('NaN at index [3, 7]');
  });

  it('recognizes a transposed W and says how to fix it, in both languages', () => {
    const problem = { kind: 'shape' as const, shape: [10, 784], expected: [784, 10] };
    expect(uploadErrorText(en, 'W.npy', problem)).toContain('save W.T');
    expect(uploadErrorText(ko, 'W.npy', problem)).toContain('W.T');
    expect(uploadErrorText(ko, 'W.npy', problem)).toContain('(10, 784)');
  });
});

describe('shapeText and byteSize', () => {
  it('print shapes as numpy does and sizes for people', () => {
    expect(shapeText([784, 10])).toBe('(784, 10)');
    expect(shapeText([10])).toBe('(10,)');
    expect([byteSize(999), byteSize(31_890), byteSize(54_950_000)]).toEqual(['999 B', '31.9 kB', '55.0 MB']);
  });
});
