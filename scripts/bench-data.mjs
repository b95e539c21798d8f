// The dataset benchmark: request → parsed typed arrays for Fashion-MNIST's four files in
// headless Chromium, through the UI while the page starts, downloaded and read from the copy
// kept on the device; and the JS memory the loaded data holds.
// Exports benchData(browser, baseUrl) → one result object (bench.mjs prints it), or run:
//   BENCH_URL=http://127.0.0.1:4173/ node scripts/bench-data.mjs     (a served build, e.g. vite preview)
// Targets (issue 21): data ready through the UI while the page starts ≤ 0.5 s from the network
// (dataLoadSeconds), ≤ 0.25 s from the kept copy (keptLoadSeconds); issue 5: heapMB ≤ 1.1 × rawPixelMB.
import { runWhenMain } from './bench-browser.mjs';

const RUNS = 3;
/** 70,000 images × 28 × 28 bytes, in 10^6 bytes. */
const RAW_PIXEL_MB = (70_000 * 28 * 28) / 1e6;
const LOAD_MEASURE = 'fashion-mnist:load'; // left by useDataset (src/features/data/hooks/use-dataset.ts)

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x, digits = 3) => Number(x.toFixed(digits));

/** Everything the page's JS holds after a full garbage collection: V8 heap plus ArrayBuffer backing stores. */
async function heldBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/** The page with only the Data lesson after the first, idle: loading waits for the button. */
async function openIdle(context, baseUrl) {
  const page = await context.newPage();
  // Only the Data lesson, so nothing else (the training worker) takes memory or CPU meanwhile,
  // after the first lesson: the Data lesson stays far from the short viewport (it would start
  // loading by itself as it came near) and renders ahead, button and all, a few seconds in.
  await page.goto(new URL('?lang=en&sections=classification,data', baseUrl).href);
  await page.getByTestId('dataset-status').filter({ hasText: 'idle' }).waitFor();
  return page;
}

/** Presses Load, waits for ready and returns the page's own measure of the load, in seconds. */
async function timedLoad(page) {
  const status = page.getByTestId('dataset-status');
  // A click from script: scrolling the button into view would start the load by itself.
  await page.getByRole('button', { name: 'Load the dataset' }).evaluate((button) => button.click());
  await status.filter({ hasText: /^(ready|error)$/ }).waitFor({ timeout: 120_000 });
  const outcome = (await status.textContent())?.trim();
  if (outcome !== 'ready') throw new Error(`the dataset did not load: ${await page.getByTestId('dataset-error').textContent()}`);
  const seconds = await page.evaluate((name) => {
    const entries = performance.getEntriesByName(name, 'measure');
    return entries.length ? entries[entries.length - 1].duration / 1000 : null;
  }, LOAD_MEASURE);
  if (seconds === null) throw new Error(`the page left no "${LOAD_MEASURE}" measure`);
  return seconds;
}

/**
 * One visit that downloads the data, in a fresh context: its time and the memory the data
 * added; then, once the Data lesson says the data is kept, a second visit in the same
 * context (same origin storage) that reads the kept copy: its time.
 */
async function loadOnce(browser, baseUrl) {
  // No service worker: it would answer from its cache and copy the files again in the background.
  // A viewport too short to show the Data lesson's body, so loading waits for the button
  // and the baseline below is taken before it starts.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 100 } });
  try {
    const page = await openIdle(context, baseUrl);
    const cdp = await context.newCDPSession(page);
    const before = await heldBytes(cdp);
    const seconds = await timedLoad(page);
    const after = await heldBytes(cdp);
    await page.getByTestId('data-kept').and(page.locator('[data-state="kept"]')).waitFor({ timeout: 60_000 });
    await page.close();
    const second = await openIdle(context, baseUrl);
    const keptSeconds = await timedLoad(second);
    return { seconds, keptSeconds, heapMB: (after - before) / 1e6 };
  } finally {
    await context.close();
  }
}

export async function benchData(browser, baseUrl) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, baseUrl));
  const heapMB = median(runs.map((r) => r.heapMB));
  return {
    bench: 'data',
    dataLoadSeconds: round(median(runs.map((r) => r.seconds))),
    dataLoadSecondsRuns: runs.map((r) => round(r.seconds)),
    keptLoadSeconds: round(median(runs.map((r) => r.keptSeconds))),
    keptLoadSecondsRuns: runs.map((r) => round(r.keptSeconds)),
    heapMB: round(heapMB, 1),
    rawPixelMB: round(RAW_PIXEL_MB, 1),
    heapToRawPixels: round(heapMB / RAW_PIXEL_MB, 2),
  };
}

runWhenMain(import.meta.url, async (browser, baseUrl) => [await benchData(browser, baseUrl)]);
