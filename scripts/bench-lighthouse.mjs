#!/usr/bin/env node
// First-load benchmark (issue 15): Lighthouse 12.2.3, performance category only, on a
// served production build, with the desktop and the mobile (default) presets, three runs
// each, against Debian's Chromium. Prints one JSON line: the median of each figure, and
// every run's score. Lighthouse's own throttling is simulated, so the figures do not
// depend on this machine's network, but its CPU load does move them.
//
//   npx vite build --outDir dist-lh && npx vite preview --outDir dist-lh --port 4320 &
//   BENCH_URL=http://127.0.0.1:4320/ node scripts/bench-lighthouse.mjs
//
// Also importable: `benchLighthouse(baseUrl)` (used by scripts/bench.mjs).
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumPath } from './bench-browser.mjs';

export const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function runOnce(url, preset) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const { audits, categories } = result.lhr;
    return {
      score: Math.round(categories.performance.score * 100),
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
      fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
      lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
      cls: Math.round(audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
      domElements: audits['dom-size'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

/** Runs Lighthouse LIGHTHOUSE_RUNS times per preset against `baseUrl` (with ?lang=ko, as students open it). */
export async function benchLighthouse(baseUrl) {
  const url = new URL('./?lang=ko', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
  const result = { bench: 'lighthouse', runs: LIGHTHOUSE_RUNS };
  for (const preset of ['desktop', 'mobile']) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runOnce(url, preset));
    result[preset] = {
      score: median(runs.map((r) => r.score)),
      tbtMs: median(runs.map((r) => r.tbtMs)),
      fcpMs: median(runs.map((r) => r.fcpMs)),
      lcpMs: median(runs.map((r) => r.lcpMs)),
      cls: median(runs.map((r) => r.cls)),
      domElements: median(runs.map((r) => r.domElements)),
      scores: runs.map((r) => r.score),
    };
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.env.BENCH_URL;
  if (!baseUrl) {
    console.error('Set BENCH_URL to a served production build, e.g. BENCH_URL=http://127.0.0.1:4320/');
    process.exit(2);
  }
  benchLighthouse(baseUrl)
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
