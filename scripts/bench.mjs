#!/usr/bin/env node
// npm run bench: builds the app, serves the build, drives it in headless Chromium
// and prints one JSON line per benchmark. `--full` adds the 10-epoch accuracies.
// Chromium and its flags: scripts/bench-browser.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBenchBrowser } from './bench-browser.mjs';
import { benchTrain } from './bench-train.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const full = process.argv.includes('--full') || process.env.BENCH_FULL === '1';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

async function waitForServer(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

run('node', ['scripts/fetch-data.mjs', '--if-missing']);
run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--logLevel', 'error']);
const server = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  cwd: ROOT,
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

let browser;
let failed = false;
try {
  await waitForServer(BASE_URL);
  browser = await launchBenchBrowser();
  console.log(JSON.stringify(await benchTrain(browser, BASE_URL, { full })));
  // The other lessons' benches, when they exist.
  for (const [file, name] of [
    ['bench-slider.mjs', 'benchSlider'],
    ['bench-slider.mjs', 'benchSliderPresenter'],
    ['bench-data.mjs', 'benchData'],
    ['bench-draw.mjs', 'benchDraw'],
  ]) {
    const path = new URL(`./${file}`, import.meta.url);
    if (!existsSync(path)) continue;
    const bench = (await import(path.href))[name];
    if (typeof bench === 'function') console.log(JSON.stringify(await bench(browser, BASE_URL)));
  }
  // Lighthouse launches its own Chromium: after the others, with the machine otherwise quiet.
  const { benchLighthouse } = await import('./bench-lighthouse.mjs');
  console.log(JSON.stringify(await benchLighthouse(BASE_URL)));
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser?.close();
  stopServer();
}
process.exit(failed ? 1 : 0);
