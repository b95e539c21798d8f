import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArrayFileError, type ArrayFileProblem } from './array-file-error';
import { decodeNpy, encodeNpy, isNpy } from './npy';

// Files written by numpy (scripts/make-npy-fixtures.py), committed so the tests need no Python.
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

/** The problem an ArrayFileError names, or a failure if none was thrown. */
function problemOf(run: () => unknown): ArrayFileProblem {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ArrayFileError);
    return (error as ArrayFileError).problem;
  }
  throw new Error('expected an ArrayFileError, nothing was thrown');
}

const SMALL = Float32Array.from({ length: 12 }, (_, i) => i - 5.5);

describe('encodeNpy', () => {
  it('writes what np.save writes for a float32 vector, byte for byte', () => {
    const b = Float32Array.from({ length: 10 }, (_, i) => i / 8 - 0.5);
    expect(encodeNpy(b, [10])).toEqual(fixture('b.npy'));
  });

  it('aligns the data to 64 bytes and ends the header with a newline', () => {
    const bytes = encodeNpy(SMALL, [3, 4]);
    const headerLength = bytes[8]! | (bytes[9]! << 8);
    expect((10 + headerLength) % 64).toBe(0);
    expect(bytes[10 + headerLength - 1]).toBe(0x0a);
    expect(bytes.length).toBe(10 + headerLength + 12 * 4);
  });

  it('round-trips through decodeNpy, negative zero, subnormals and extremes included', () => {
    const values = Float32Array.from([0, -0, 1e-45, -3.4028234663852886e38, 0.1, Math.PI]);
    const { shape, data } = decodeNpy(encodeNpy(values, [2, 3]), 'x.npy');
    expect(shape).toEqual([2, 3]);
    expect(Array.from(data)).toEqual(Array.from(values));
    expect(Object.is(data[1], -0)).toBe(true);
  });

  it('refuses a shape that does not hold the values', () => {
    expect(() => encodeNpy(SMALL, [5, 2])).toThrow(RangeError);
  });
});

describe('decodeNpy on files numpy wrote', () => {
  it('reads a Fortran-ordered array into C order', () => {
    const { shape, data } = decodeNpy(fixture('fortran-3x4.npy'), 'f.npy');
    expect(shape).toEqual([3, 4]);
    expect(Array.from(data)).toEqual(Array.from(SMALL));
  });

  it('reads big-endian float32', () => {
    expect(Array.from(decodeNpy(fixture('big-endian-3.npy'), 'be.npy').data)).toEqual([1.5, -2.25, 3]);
  });

  it('reads format version 2.0 (a 4-byte header length)', () => {
    const bytes = fixture('version2-3x4.npy');
    expect(bytes[6]).toBe(2);
    expect(Array.from(decodeNpy(bytes, 'v2.npy').data)).toEqual(Array.from(SMALL));
  });

  it('names a float64 or int64 array’s dtype', () => {
    expect(problemOf(() => decodeNpy(fixture('float64-2x2.npy'), 'W.npy'))).toEqual({ kind: 'dtype', dtype: "float64 ('<f8')" });
    expect(problemOf(() => decodeNpy(fixture('int64-3.npy'), 'b.npy'))).toEqual({ kind: 'dtype', dtype: "int64 ('<i8')" });
  });
});

describe('decodeNpy rejects each kind of bad file with its own error', () => {
  const good = () => fixture('b.npy');

  it('a file that is not NumPy’s', () => {
    const text = new TextEncoder().encode('W,b\n0.1,0.2\n');
    expect(isNpy(text)).toBe(false);
    expect(problemOf(() => decodeNpy(text, 'weights.csv'))).toEqual({ kind: 'not-npy' });
    expect(problemOf(() => decodeNpy(new Uint8Array(0), 'empty.npy'))).toEqual({ kind: 'not-npy' });
  });

  it('a file cut off in the magic string, in the header or in the data', () => {
    const bytes = good();
    expect(problemOf(() => decodeNpy(bytes.slice(0, 4), 'b.npy'))).toMatchObject({ kind: 'truncated', bytes: 4 });
    expect(problemOf(() => decodeNpy(bytes.slice(0, 40), 'b.npy'))).toEqual({ kind: 'truncated', bytes: 40, expectedBytes: 128 });
    expect(problemOf(() => decodeNpy(bytes.slice(0, 150), 'b.npy'))).toEqual({ kind: 'truncated', bytes: 150, expectedBytes: 168 });
  });

  it('a file longer than its header says', () => {
    const bytes = new Uint8Array(172);
    bytes.set(good());
    expect(problemOf(() => decodeNpy(bytes, 'b.npy'))).toEqual({ kind: 'too-long', bytes: 172, expectedBytes: 168 });
  });

  it('an unknown format version', () => {
    const bytes = good();
    bytes[6] = 9;
    expect(problemOf(() => decodeNpy(bytes, 'b.npy'))).toEqual({ kind: 'version', version: '9.0' });
  });

  it('a header that is not the dict numpy writes', () => {
    const bytes = good();
    bytes.set(new TextEncoder().encode("{'descx'"), 10);
    expect(problemOf(() => decodeNpy(bytes, 'b.npy')).kind).toBe('header');
  });

  it('a structured dtype', () => {
    const header = "{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': (10,), }";
    const bytes = good();
    bytes.fill(0x20, 10, 127);
    bytes.set(new TextEncoder().encode(header), 10);
    expect(problemOf(() => decodeNpy(bytes, 'b.npy'))).toEqual({ kind: 'dtype', dtype: 'a structured dtype' });
  });

  it('says what it found in the message', () => {
    expect(() => decodeNpy(fixture('float64-2x2.npy'), 'W.npy')).toThrow("W.npy: dtype float64 ('<f8'), expected float32 ('<f4')");
  });
});
