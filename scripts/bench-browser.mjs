// What every benchmark script shares: Debian's Chromium (or CHROMIUM_PATH), launched with
// the flags CI uses, and the way a benchmark runs on its own against BENCH_URL.
// WebGL runs through SwiftShader, so --disable-gpu is deliberately absent.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Chromium's path: CHROMIUM_PATH, else Debian's, else Playwright's own download. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const BENCH_CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Headless Chromium for the benchmarks, through Playwright. */
export async function launchBenchBrowser() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: chromiumPath(), args: BENCH_CHROMIUM_ARGS });
}

/**
 * When `moduleUrl` is the script node was started with: runs `bench(browser, baseUrl)`
 * against the build served at BENCH_URL and prints each result it returns as a JSON line.
 */
export function runWhenMain(moduleUrl, bench) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const baseUrl = process.env.BENCH_URL;
  if (!baseUrl) {
    console.error('Set BENCH_URL to a served production build, e.g. BENCH_URL=http://127.0.0.1:4173/ (npm run preview), or run npm run bench.');
    process.exit(2);
  }
  (async () => {
    const browser = await launchBenchBrowser();
    try {
      for (const result of await bench(browser, baseUrl)) console.log(JSON.stringify(result));
    } finally {
      await browser.close();
    }
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
