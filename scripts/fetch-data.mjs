#!/usr/bin/env node
// Puts Fashion-MNIST's four files into public/data/fashion-mnist/ (git-ignored) and
// verifies each against a pinned SHA-256 of its DECOMPRESSED contents: Debian's
// dataset-fashion-mnist package recompressed the .gz files, so their compressed bytes
// differ from upstream's while the contents are identical.
//
//   node scripts/fetch-data.mjs               obtain and verify, saying what it did
//   node scripts/fetch-data.mjs --if-missing  the same, silent when all is in place (runs before dev/build/e2e)
//   node scripts/fetch-data.mjs --force       re-verify every file even if the stamp says it is fine
//
// Sources, in order: $FASHION_MNIST_DIR, /usr/share/datasets/fashion-mnist/, then the
// upstream mirrors. A verified state is cached in a stamp file keyed by size and mtime,
// so a run with everything in place costs a few stat calls.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DEST = join(ROOT, 'public', 'data', 'fashion-mnist');
export const SYSTEM_DIR = '/usr/share/datasets/fashion-mnist';
export const STAMP_NAME = '.verified.json';

/**
 * The four canonical files with the size and SHA-256 of their decompressed contents.
 * Digests computed from Debian's dataset-fashion-mnist (identical contents to upstream);
 * the sizes are the IDX sizes: 16-byte header + 60,000 × 28 × 28, 8-byte header + 60,000, and so on.
 */
export const FASHION_MNIST_FILES = [
  {
    name: 'train-images-idx3-ubyte.gz',
    size: 47_040_016,
    sha256: 'c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888',
  },
  {
    name: 'train-labels-idx1-ubyte.gz',
    size: 60_008,
    sha256: 'bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9',
  },
  {
    name: 't10k-images-idx3-ubyte.gz',
    size: 7_840_016,
    sha256: '5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b',
  },
  {
    name: 't10k-labels-idx1-ubyte.gz',
    size: 10_008,
    sha256: '0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34',
  },
];

// HTTPS first; the canonical S3 website endpoint speaks only HTTP, which is acceptable
// as a fallback because every byte is checked against the pinned digests anyway.
export const MIRRORS = [
  'https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/',
  'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
];

/** Where to look, in order. Each source is a folder or a URL prefix. */
export function defaultSources(env = process.env, { systemDir = SYSTEM_DIR, mirrors = MIRRORS } = {}) {
  const sources = [];
  if (env.FASHION_MNIST_DIR) sources.push({ kind: 'dir', label: '$FASHION_MNIST_DIR', location: env.FASHION_MNIST_DIR });
  else sources.push({ kind: 'unset', label: '$FASHION_MNIST_DIR', location: '(not set)' });
  sources.push({ kind: 'dir', label: 'Debian package dataset-fashion-mnist', location: systemDir });
  for (const url of mirrors) sources.push({ kind: 'url', label: 'download', location: url });
  return sources;
}

export class VerificationError extends Error {}

/** Decompresses `path` and checks size and SHA-256 of the contents; returns the digest. */
export async function verifyGzipFile(path, expected) {
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      createReadStream(path),
      createGunzip(),
      new Transform({
        transform(chunk, _encoding, done) {
          size += chunk.length;
          hash.update(chunk);
          done();
        },
      }),
    );
  } catch (error) {
    if (error.code === 'ENOENT') throw error;
    throw new VerificationError(`not a valid gzip file (${error.message})`);
  }
  const digest = hash.digest('hex');
  if (size !== expected.size) {
    throw new VerificationError(`decompressed size ${size} bytes, expected ${expected.size}`);
  }
  if (digest !== expected.sha256) {
    throw new VerificationError(`SHA-256 of the contents is ${digest}, expected ${expected.sha256}`);
  }
  return digest;
}

async function readStamp(dest) {
  try {
    return JSON.parse(await readFile(join(dest, STAMP_NAME), 'utf8'));
  } catch {
    return {};
  }
}

/** The stamp holds what was verified: the pinned digest plus the file's size and mtime then. */
const stampEntry = (file, info) => ({ sha256: file.sha256, size: info.size, mtimeMs: info.mtimeMs });
const stampMatches = (entry, file, info) =>
  entry !== undefined && entry.sha256 === file.sha256 && entry.size === info.size && entry.mtimeMs === info.mtimeMs;

async function statOrNull(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

function formatMB(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Progress on a download: an in-place line on a terminal, a line per quarter otherwise. */
export function progressReporter(name, log, isTTY = process.stderr.isTTY) {
  let lastQuarter = -1;
  return (loaded, total) => {
    const share = total ? loaded / total : null;
    const text = `  ${name}: ${formatMB(loaded)}${total ? ` of ${formatMB(total)} (${Math.floor(share * 100)}%)` : ''}`;
    if (isTTY) {
      process.stderr.write(`\r${text}`);
      if (total && loaded >= total) process.stderr.write('\n');
      return;
    }
    const quarter = share === null ? -1 : Math.floor(share * 4);
    if (quarter > lastQuarter) {
      lastQuarter = quarter;
      log(text);
    }
  };
}

async function download(url, target, { fetchImpl, onProgress }) {
  let response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new Error(`network error (${error.cause?.code ?? error.cause?.message ?? error.message})`, { cause: error });
  }
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const total = Number(response.headers.get('content-length')) || null;
  let loaded = 0;
  const counter = new Transform({
    transform(chunk, _encoding, done) {
      loaded += chunk.length;
      onProgress?.(loaded, total);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body), counter, createWriteStream(target));
  } catch (error) {
    throw new Error(`download interrupted after ${loaded} bytes (${error.message})`, { cause: error });
  }
}

/** Copies or downloads one file from one source into `target` (a temp path); throws with the reason. */
async function fetchFrom(source, file, target, options) {
  if (source.kind === 'unset') throw new Error('skipped');
  if (source.kind === 'dir') {
    const from = join(source.location, file.name);
    if (!(await statOrNull(from))) throw new Error('not found');
    await copyFile(from, target);
    return from;
  }
  const url = new URL(file.name, source.location.endsWith('/') ? source.location : `${source.location}/`).href;
  await download(url, target, { ...options, onProgress: options.progress?.(file.name) });
  return url;
}

/**
 * Makes every file in `files` present and verified in `dest`. Returns a report per file
 * ({ name, action: 'cached' | 'verified' | 'obtained', from? }); throws an Error whose
 * message lists what was tried and how to fix it when a file cannot be obtained.
 */
export async function ensureDataset({
  dest = DEFAULT_DEST,
  files = FASHION_MNIST_FILES,
  sources = defaultSources(),
  fetchImpl = globalThis.fetch,
  force = false,
  log = () => {},
  progress,
} = {}) {
  await mkdir(dest, { recursive: true });
  const stamp = await readStamp(dest);
  const nextStamp = {};
  const report = [];
  const failures = [];

  for (const file of files) {
    const path = join(dest, file.name);
    const info = await statOrNull(path);
    if (info && !force && stampMatches(stamp[file.name], file, info)) {
      nextStamp[file.name] = stamp[file.name];
      report.push({ name: file.name, action: 'cached' });
      continue;
    }
    if (info) {
      try {
        await verifyGzipFile(path, file);
        nextStamp[file.name] = stampEntry(file, await stat(path));
        report.push({ name: file.name, action: 'verified' });
        continue;
      } catch (error) {
        log(`${file.name} in ${dest} failed verification (${error.message}); fetching it again.`);
      }
    }

    const tried = [];
    const temp = `${path}.partial`;
    let obtained = null;
    for (const source of sources) {
      try {
        const from = await fetchFrom(source, file, temp, { fetchImpl, progress });
        await verifyGzipFile(temp, file);
        await rename(temp, path);
        obtained = from;
        break;
      } catch (error) {
        tried.push(`${source.label} ${source.location}: ${error.message}`);
        await rm(temp, { force: true });
      }
    }
    if (obtained === null) {
      failures.push({ name: file.name, tried });
      continue;
    }
    nextStamp[file.name] = stampEntry(file, await stat(path));
    report.push({ name: file.name, action: 'obtained', from: obtained });
    log(`${file.name}: obtained from ${obtained} and verified.`);
  }

  await writeFile(join(dest, STAMP_NAME), `${JSON.stringify(nextStamp, null, 2)}\n`);
  if (failures.length > 0) throw new Error(failureMessage(failures, dest));
  return report;
}

export function failureMessage(failures, dest) {
  const lines = [`Could not obtain ${failures.length} Fashion-MNIST file(s) for ${dest}.`];
  for (const { name, tried } of failures) {
    lines.push(`  ${name}, tried:`);
    for (const attempt of tried) lines.push(`    - ${attempt}`);
  }
  lines.push(
    'Fix it in one of these ways, then run `npm run data` again:',
    '  - Debian/Ubuntu: sudo apt-get install dataset-fashion-mnist',
    '  - a folder that holds the four .gz files: FASHION_MNIST_DIR=/path/to/folder npm run data',
    '  - a network connection to GitHub or to the Zalando mirror (about 30 MB to download)',
  );
  return lines.join('\n');
}

async function main(argv) {
  const ifMissing = argv.includes('--if-missing');
  const force = argv.includes('--force');
  const started = performance.now();
  const log = (line) => console.error(line);
  try {
    const report = await ensureDataset({ force, log, progress: (name) => progressReporter(name, log) });
    const allCached = report.every((entry) => entry.action === 'cached');
    if (!(ifMissing && allCached)) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(`Fashion-MNIST: ${report.length} files present and verified in ${DEFAULT_DEST} (${seconds} s).`);
    }
  } catch (error) {
    console.error(`\n${error.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
