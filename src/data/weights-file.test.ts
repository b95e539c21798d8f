import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArrayFileError, type ArrayFileProblem } from './array-file-error';
import { encodeNpy } from './npy';
import { encodeWeightsNpz, MAX_WEIGHTS_FILE_BYTES, PYTHON_LOAD_LINES, readWeightFiles, type NamedBytes } from './weights-file';
import { readZip } from './zip';

const fixture = (name: string): NamedBytes => ({ name, bytes: new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name))) });

// The values scripts/make-npy-fixtures.py wrote, recomputed here.
const W = Float32Array.from({ length: 7840 }, (_, i) => ((i % 97) - 48) / 64);
const B = Float32Array.from({ length: 10 }, (_, i) => i / 8 - 0.5);

async function problemOf(files: NamedBytes[]): Promise<{ file: string; problem: ArrayFileProblem }> {
  try {
    await readWeightFiles(files);
  } catch (error) {
    expect(error).toBeInstanceOf(ArrayFileError);
    return { file: (error as ArrayFileError).file, problem: (error as ArrayFileError).problem };
  }
  throw new Error('expected an ArrayFileError, nothing was thrown');
}

/** The .npy files inside numpy's stored .npz: byte for byte what np.save writes. */
async function numpyNpyFiles(): Promise<{ w: NamedBytes; b: NamedBytes }> {
  const entries = await readZip(fixture('weights.npz').bytes, 'weights.npz');
  const get = (name: string) => ({ name, bytes: entries.find((e) => e.name === name)!.data });
  return { w: get('W.npy'), b: get('b.npy') };
}

describe('readWeightFiles on files numpy wrote', () => {
  it('reads np.savez and np.savez_compressed archives', async () => {
    for (const name of ['weights.npz', 'weights-compressed.npz']) {
      const { W: w, b } = await readWeightFiles([fixture(name)]);
      expect(Array.from(w)).toEqual(Array.from(W));
      expect(Array.from(b)).toEqual(Array.from(B));
    }
  });

  it('reads W.npy and b.npy chosen together, in either order and under other names', async () => {
    const { w, b } = await numpyNpyFiles();
    for (const files of [[w, b], [b, w], [{ ...w, name: 'weights.npy' }, { ...b, name: 'bias.npy' }]]) {
      const read = await readWeightFiles(files);
      expect(Array.from(read.W)).toEqual(Array.from(W));
      expect(Array.from(read.b)).toEqual(Array.from(B));
    }
  });
});

describe('encodeWeightsNpz', () => {
  it('round-trips through readWeightFiles', async () => {
    const read = await readWeightFiles([{ name: 'w.npz', bytes: encodeWeightsNpz({ W, b: B }) }]);
    expect(Array.from(read.W)).toEqual(Array.from(W));
    expect(Array.from(read.b)).toEqual(Array.from(B));
  });

  it('holds the same .npy bytes as np.savez', async () => {
    const ours = await readZip(encodeWeightsNpz({ W, b: B }), 'ours.npz');
    const { w, b } = await numpyNpyFiles();
    expect(ours.find((e) => e.name === 'W.npy')!.data).toEqual(w.bytes);
    expect(ours.find((e) => e.name === 'b.npy')!.data).toEqual(b.bytes);
  });

  it('comes with the Python that loads it', () => {
    expect(PYTHON_LOAD_LINES('softmax.npz')).toEqual(['import numpy as np', "weights = np.load('softmax.npz')", "W, b = weights['W'], weights['b']"]);
  });
});

describe('readWeightFiles rejects each kind of bad file, naming it', () => {
  it('a transposed W (PyTorch’s nn.Linear layout)', async () => {
    expect(await problemOf([fixture('transposed.npz')])).toEqual({
      file: 'transposed.npz/W.npy',
      problem: { kind: 'shape', shape: [10, 784], expected: [784, 10] },
    });
  });

  it('NaN in W and −inf in b, with their indices', async () => {
    expect(await problemOf([fixture('nan.npz')])).toEqual({ file: 'nan.npz/W.npy', problem: { kind: 'not-finite', index: [3, 7], value: 'NaN' } });
    expect(await problemOf([fixture('inf.npz')])).toEqual({ file: 'inf.npz/b.npy', problem: { kind: 'not-finite', index: [4], value: '-inf' } });
  });

  it('an archive without b', async () => {
    expect(await problemOf([fixture('no-b.npz')])).toEqual({ file: 'no-b.npz', problem: { kind: 'missing', array: 'b.npy' } });
  });

  it('W alone, b alone, and a float64 W', async () => {
    const { w, b } = await numpyNpyFiles();
    expect((await problemOf([w])).problem).toEqual({ kind: 'missing', array: 'b.npy' });
    expect((await problemOf([b])).problem).toEqual({ kind: 'missing', array: 'W.npy' });
    expect(await problemOf([{ ...fixture('float64-2x2.npy'), name: 'W.npy' }, b])).toEqual({
      file: 'W.npy',
      problem: { kind: 'dtype', dtype: "float64 ('<f8')" },
    });
  });

  it('b saved as a row (1, 10)', async () => {
    const { w } = await numpyNpyFiles();
    const row = { name: 'b.npy', bytes: encodeNpy(B, [1, 10]) };
    expect(await problemOf([w, row])).toEqual({ file: 'b.npy', problem: { kind: 'shape', shape: [1, 10], expected: [10] } });
  });

  it('a truncated .npz and a truncated .npy', async () => {
    const npz = fixture('weights.npz');
    expect((await problemOf([{ ...npz, bytes: npz.bytes.slice(0, 30000) }])).problem).toMatchObject({ kind: 'zip', reason: 'truncated' });
    const { w, b } = await numpyNpyFiles();
    expect((await problemOf([{ ...w, bytes: w.bytes.slice(0, 5000) }, b])).problem).toEqual({ kind: 'truncated', bytes: 5000, expectedBytes: 31488 });
  });

  it('a file that is not NumPy’s at all, and an image', async () => {
    expect(await problemOf([{ name: 'notes.txt', bytes: new TextEncoder().encode('W = [[0.1, 0.2], ...]') }])).toEqual({
      file: 'notes.txt',
      problem: { kind: 'not-npy' },
    });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await problemOf([{ name: 'W.png', bytes: png }])).problem).toEqual({ kind: 'not-npy' });
  });

  it('no file, three files, and a file far too large', async () => {
    const { w, b } = await numpyNpyFiles();
    expect((await problemOf([])).problem).toEqual({ kind: 'files', count: 0 });
    expect((await problemOf([w, b, b])).problem).toEqual({ kind: 'files', count: 3 });
    const huge = { name: 'huge.npz', bytes: new Uint8Array(MAX_WEIGHTS_FILE_BYTES + 1) };
    expect((await problemOf([huge])).problem).toMatchObject({ kind: 'too-large' });
  });
});
