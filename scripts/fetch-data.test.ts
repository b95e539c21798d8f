import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without type declarations
import * as fetchData from './fetch-data.mjs';

interface FileSpec {
  name: string;
  size: number;
  sha256: string;
}
interface Source {
  kind: 'dir' | 'url' | 'unset';
  label: string;
  location: string;
}
interface ReportEntry {
  name: string;
  action: 'cached' | 'verified' | 'obtained';
  from?: string;
}
const { defaultSources, ensureDataset, verifyGzipFile, FASHION_MNIST_FILES, SYSTEM_DIR, STAMP_NAME } = fetchData as {
  defaultSources: (env: Record<string, string | undefined>, options?: { systemDir?: string; mirrors?: string[] }) => Source[];
  ensureDataset: (options: {
    dest: string;
    files: FileSpec[];
    sources: Source[];
    fetchImpl?: typeof fetch;
    force?: boolean;
    progress?: (name: string) => (loaded: number, total: number | null) => void;
  }) => Promise<ReportEntry[]>;
  verifyGzipFile: (path: string, expected: FileSpec) => Promise<string>;
  FASHION_MNIST_FILES: FileSpec[];
  SYSTEM_DIR: string;
  STAMP_NAME: string;
};

/** A small fake dataset file: its contents, the .gz bytes and the pinned spec. */
function fakeFile(name: string, text: string) {
  const contents = Buffer.from(text);
  const spec: FileSpec = { name, size: contents.length, sha256: createHash('sha256').update(contents).digest('hex') };
  return { spec, gz: gzipSync(contents) };
}

const A = fakeFile('a-idx1-ubyte.gz', 'first file contents');
const B = fakeFile('b-idx3-ubyte.gz', 'second file, a little longer'.repeat(50));
const dirSource = (location: string): Source => ({ kind: 'dir', label: 'dir', location });

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'fetch-data-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function folderWith(name: string, entries: Record<string, Buffer>) {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  for (const [file, bytes] of Object.entries(entries)) await writeFile(join(dir, file), bytes);
  return dir;
}

describe('defaultSources', () => {
  it('tries $FASHION_MNIST_DIR, then the Debian folder, then every mirror, in that order', () => {
    const sources = defaultSources({ FASHION_MNIST_DIR: '/mine' }, { mirrors: ['https://one/', 'http://two/'] });
    expect(sources.map((s) => s.location)).toEqual(['/mine', SYSTEM_DIR, 'https://one/', 'http://two/']);
    expect(sources.map((s) => s.kind)).toEqual(['dir', 'dir', 'url', 'url']);
  });

  it('lists an unset $FASHION_MNIST_DIR so the failure message can say so', () => {
    const [first] = defaultSources({});
    expect(first).toMatchObject({ kind: 'unset', label: '$FASHION_MNIST_DIR' });
  });

  it('offers more than one download mirror by default', () => {
    expect(defaultSources({}).filter((s) => s.kind === 'url').length).toBeGreaterThan(1);
  });
});

describe('ensureDataset from folders', () => {
  it('takes each file from the first source that has a verified copy', async () => {
    const corrupt = await folderWith('corrupt', { [A.spec.name]: gzipSync('tampered'), [B.spec.name]: B.gz });
    const good = await folderWith('good', { [A.spec.name]: A.gz, [B.spec.name]: B.gz });
    const dest = join(work, 'dest');
    const report = await ensureDataset({
      dest,
      files: [A.spec, B.spec],
      sources: [{ kind: 'unset', label: 'env', location: '(not set)' }, dirSource(corrupt), dirSource(good)],
    });
    expect(report).toEqual([
      { name: A.spec.name, action: 'obtained', from: join(good, A.spec.name) },
      { name: B.spec.name, action: 'obtained', from: join(corrupt, B.spec.name) },
    ]);
    expect(await readFile(join(dest, A.spec.name))).toEqual(A.gz);
    expect(existsSync(join(dest, `${A.spec.name}.partial`))).toBe(false);
  });

  it('is idempotent: a second run trusts the stamp and copies nothing', async () => {
    const good = await folderWith('good', { [A.spec.name]: A.gz });
    const dest = join(work, 'dest');
    const options = { dest, files: [A.spec], sources: [dirSource(good)] };
    await ensureDataset(options);
    const before = await stat(join(dest, A.spec.name));
    const again = await ensureDataset(options);
    expect(again).toEqual([{ name: A.spec.name, action: 'cached' }]);
    expect((await stat(join(dest, A.spec.name))).mtimeMs).toBe(before.mtimeMs);
  });

  it('re-verifies a file whose size or mtime no longer matches the stamp, and replaces a bad one', async () => {
    const good = await folderWith('good', { [A.spec.name]: A.gz });
    const dest = join(work, 'dest');
    const options = { dest, files: [A.spec], sources: [dirSource(good)] };
    await ensureDataset(options);

    await utimes(join(dest, A.spec.name), new Date(), new Date(Date.now() + 5000));
    expect(await ensureDataset(options)).toEqual([{ name: A.spec.name, action: 'verified' }]);

    await writeFile(join(dest, A.spec.name), gzipSync('tampered'));
    expect((await ensureDataset(options))[0]).toMatchObject({ action: 'obtained' });
    expect(await readFile(join(dest, A.spec.name))).toEqual(A.gz);
  });

  it('verifies files that are already in place without a stamp', async () => {
    const dest = await folderWith('dest', { [A.spec.name]: A.gz });
    const report = await ensureDataset({ dest, files: [A.spec], sources: [] });
    expect(report).toEqual([{ name: A.spec.name, action: 'verified' }]);
    const stamp = JSON.parse(await readFile(join(dest, STAMP_NAME), 'utf8'));
    expect(stamp[A.spec.name]).toMatchObject({ sha256: A.spec.sha256, size: A.gz.length });
  });

  it('treats a checksum mismatch as an error, never installs the file, and says how to fix it', async () => {
    const wrong = await folderWith('wrong', { [A.spec.name]: gzipSync('same length, other bytes') });
    const dest = join(work, 'dest');
    const attempt = ensureDataset({
      dest,
      files: [A.spec],
      sources: [{ kind: 'unset', label: '$FASHION_MNIST_DIR', location: '(not set)' }, dirSource(wrong)],
    });
    await expect(attempt).rejects.toThrow(/a-idx1-ubyte\.gz, tried:/);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toContain('$FASHION_MNIST_DIR (not set): skipped');
    expect(message).toMatch(/decompressed size \d+ bytes, expected \d+|SHA-256 of the contents/);
    expect(message).toContain('sudo apt-get install dataset-fashion-mnist');
    expect(message).toContain('FASHION_MNIST_DIR=/path/to/folder npm run data');
    expect(message).toContain('network');
    expect(existsSync(join(dest, A.spec.name))).toBe(false);
  });

  it('names a file that is not gzip at all', async () => {
    const dir = await folderWith('plain', { [A.spec.name]: Buffer.from('first file contents') });
    await expect(verifyGzipFile(join(dir, A.spec.name), A.spec)).rejects.toThrow(/not a valid gzip file/);
  });

  it('rejects contents of the right size with the wrong digest', async () => {
    const dir = await folderWith('same-size', { [A.spec.name]: gzipSync('FIRST file contents') });
    await expect(verifyGzipFile(join(dir, A.spec.name), A.spec)).rejects.toThrow(/SHA-256 of the contents is [0-9a-f]{64}/);
  });
});

describe('ensureDataset downloads', () => {
  let server: Server;
  let base: string;
  const served: string[] = [];

  beforeEach(async () => {
    served.length = 0;
    server = createServer((req, res) => {
      served.push(req.url ?? '');
      if (req.url === `/good/${A.spec.name}`) {
        res.writeHead(200, { 'content-length': A.gz.length }).end(A.gz);
      } else if (req.url === `/bad/${A.spec.name}`) {
        res.writeHead(200).end(gzipSync('a mirror serving the wrong thing'));
      } else {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((done) => server.close(done));
  });

  const mirror = (path: string): Source => ({ kind: 'url', label: 'download', location: `${base}/${path}/` });

  it('falls through a 404 and a wrong file to the next mirror, reporting progress', async () => {
    const dest = join(work, 'dest');
    const progress: Array<[number, number | null]> = [];
    const report = await ensureDataset({
      dest,
      files: [A.spec],
      sources: [mirror('missing'), mirror('bad'), mirror('good')],
      progress: () => (loaded, total) => progress.push([loaded, total]),
    });
    expect(served).toEqual([`/missing/${A.spec.name}`, `/bad/${A.spec.name}`, `/good/${A.spec.name}`]);
    expect(report[0]).toEqual({ name: A.spec.name, action: 'obtained', from: `${base}/good/${A.spec.name}` });
    expect(await readFile(join(dest, A.spec.name))).toEqual(A.gz);
    expect(progress.at(-1)).toEqual([A.gz.length, A.gz.length]);
  });

  it('reports every failed mirror and a network error with its cause', async () => {
    const refuse: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    };
    const attempt = ensureDataset({
      dest: join(work, 'dest'),
      files: [A.spec],
      sources: [mirror('missing'), { kind: 'url', label: 'download', location: 'https://offline.example/' }],
      fetchImpl: (url) => (String(url).startsWith(base) ? fetch(url) : refuse(url)),
    });
    const message = await attempt.then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toContain(`${base}/missing/: HTTP 404`);
    expect(message).toContain('https://offline.example/: network error (ENOTFOUND)');
  });
});

describe('the pinned Fashion-MNIST digests', () => {
  it('pin the four canonical files with their decompressed IDX sizes', () => {
    expect(FASHION_MNIST_FILES.map((f) => [f.name, f.size])).toEqual([
      ['train-images-idx3-ubyte.gz', 16 + 60_000 * 28 * 28],
      ['train-labels-idx1-ubyte.gz', 8 + 60_000],
      ['t10k-images-idx3-ubyte.gz', 16 + 10_000 * 28 * 28],
      ['t10k-labels-idx1-ubyte.gz', 8 + 10_000],
    ]);
    for (const f of FASHION_MNIST_FILES) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.runIf(existsSync(SYSTEM_DIR))('match the Debian package files', async () => {
    for (const f of FASHION_MNIST_FILES) {
      await expect(verifyGzipFile(join(SYSTEM_DIR, f.name), f)).resolves.toBe(f.sha256);
    }
  });
});
