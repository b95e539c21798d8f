import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzFilesAsIs } from './gz-files-as-is';

describe('gzFilesAsIs', () => {
  let root: string;
  let server: Server;
  let base: string;
  const gz = gzipSync(Buffer.from('an IDX file, say'));

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gz-as-is-'));
    await mkdir(join(root, 'data'));
    await writeFile(join(root, 'data', 'labels.gz'), gz);
    await writeFile(join(root, 'secret.gz'), gz);
    const serve = gzFilesAsIs(() => join(root, 'data'));
    // Whatever the middleware passes on answers 418, so a test can tell it apart.
    server = createServer((req, res) => serve(req, res, () => res.writeHead(418).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it('sends a .gz file as application/gzip, byte for byte, with no Content-Encoding', async () => {
    const response = await fetch(`${base}/labels.gz?v=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBe(gz.byteLength);
    expect(Buffer.from(await response.arrayBuffer()).equals(gz)).toBe(true);
  });

  it('answers HEAD with the headers alone', async () => {
    const response = await fetch(`${base}/labels.gz`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(gz.byteLength);
  });

  it('passes on other files, missing files, other methods and paths outside its folder', async () => {
    const statuses = await Promise.all([
      fetch(`${base}/index.html`),
      fetch(`${base}/missing.gz`),
      fetch(`${base}/labels.gz`, { method: 'POST' }),
      fetch(`${base}/..%2fsecret.gz`),
      fetch(`${base}/%E0%A4%A.gz`),
    ]).then((responses) => responses.map((r) => r.status));
    expect(statuses).toEqual([418, 418, 418, 418, 418]);
  });
});
