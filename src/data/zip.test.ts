import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArrayFileError, type ArrayFileProblem } from './array-file-error';
import { crc32, isZip, readZip, writeZip } from './zip';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

async function problemOf(run: () => Promise<unknown>): Promise<ArrayFileProblem> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ArrayFileError);
    return (error as ArrayFileError).problem;
  }
  throw new Error('expected an ArrayFileError, nothing was thrown');
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
  it('gives the standard check value and the empty string’s', () => {
    expect(crc32(bytesOf('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('writeZip and readZip', () => {
  it('round-trip entries, an empty one included', async () => {
    const entries = [
      { name: 'W.npy', data: Uint8Array.from({ length: 1000 }, (_, i) => i % 251) },
      { name: 'b.npy', data: bytesOf('bias') },
      { name: 'empty', data: new Uint8Array(0) },
    ];
    const zip = writeZip(entries, new Date(2026, 10, 21, 16, 30, 4));
    expect(isZip(zip)).toBe(true);
    const read = await readZip(zip, 'a.npz');
    expect(read.map((e) => e.name)).toEqual(['W.npy', 'b.npy', 'empty']);
    read.forEach((e, i) => expect(e.data).toEqual(entries[i]!.data));
  });

  it('reads np.savez (stored) and np.savez_compressed (deflate, zip64 local headers)', async () => {
    const stored = await readZip(fixture('weights.npz'), 'weights.npz');
    const deflated = await readZip(fixture('weights-compressed.npz'), 'weights-compressed.npz');
    expect(stored.map((e) => e.name).sort()).toEqual(['W.npy', 'b.npy']);
    expect(deflated.map((e) => e.name).sort()).toEqual(['W.npy', 'b.npy']);
    for (const entry of stored) expect(deflated.find((d) => d.name === entry.name)!.data).toEqual(entry.data);
  });
});

describe('readZip rejects each kind of damage with its own error', () => {
  it('a truncated archive (no end record)', async () => {
    const bytes = fixture('weights.npz');
    expect(await problemOf(() => readZip(bytes.slice(0, 20000), 'w.npz'))).toMatchObject({ kind: 'zip', reason: 'truncated' });
  });

  it('a flipped byte in an entry (CRC-32)', async () => {
    const bytes = writeZip([{ name: 'W.npy', data: bytesOf('some weights') }]);
    bytes[37] = bytes[37]! ^ 0xff; // inside the data, after the 30-byte header and the 5-byte name
    expect(await problemOf(() => readZip(bytes, 'w.npz'))).toMatchObject({ kind: 'zip', reason: 'checksum' });
  });

  it('damaged compressed data', async () => {
    const bytes = fixture('weights-compressed.npz');
    const damaged = bytes.slice();
    // The first entry's deflate stream starts after its local header; overwrite a stretch of it.
    damaged.fill(0xff, 100, 140);
    const reason = (await problemOf(() => readZip(damaged, 'w.npz'))) as { reason: string };
    expect(['corrupt', 'checksum']).toContain(reason.reason);
  });

  it('an unsupported compression method and encryption', async () => {
    const bytes = writeZip([{ name: 'W.npy', data: bytesOf('x') }]);
    const central = bytes.length - 22 - 46 - 5;
    const method = bytes.slice();
    method[central + 10] = 12; // bzip2
    expect(await problemOf(() => readZip(method, 'w.npz'))).toMatchObject({ kind: 'zip', reason: 'compression' });
    const encrypted = bytes.slice();
    encrypted[central + 8] = 1;
    expect(await problemOf(() => readZip(encrypted, 'w.npz'))).toMatchObject({ kind: 'zip', reason: 'encrypted' });
  });
});
