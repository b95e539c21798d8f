#!/usr/bin/env node
// Drawing latency benchmark (issue 20): trains softmax regression for one short epoch,
// then draws strokes on the Draw lesson's canvas with the mouse and measures in the page
// from each `pointermove` to the next painted frame (requestAnimationFrame, then a task:
// that task runs after the frame is presented), with the probabilities repainted in it.
// Also reads how long the Calibration lesson's temperature fit took on the page.
// Prints one JSON line. The target: p95 ≤ 16 ms at 1280 × 800.
//
//   npx vite build --outDir dist-draw && npx vite preview --outDir dist-draw --port 4320 &
//   BENCH_URL=http://127.0.0.1:4320/ node scripts/bench-draw.mjs
//
// Also importable: `benchDraw(browser, baseUrl)`.
/* global window, document, requestAnimationFrame, MutationObserver */
import { runWhenMain } from './bench-browser.mjs';
import { percentile } from './bench-slider.mjs';

export const DRAW_SAMPLES = 300;

/** Runs the benchmark in a new page of `browser` against the app served at `baseUrl`. */
export async function benchDraw(browser, baseUrl, { viewport = { width: 1280, height: 800 } } = {}) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const page = await browser.newPage({ viewport });
  try {
    // The whole test set (the fit and the Mistakes detail see 10,000 images), a short training set.
    await page.goto(new URL('./?lang=en&train=5000&epochs=1#train', base).href);
    await page.getByTestId('section-train').getByRole('button', { name: 'Train', exact: true }).click();
    await page.getByTestId('train-status').filter({ hasText: /^done$/ }).waitFor({ timeout: 300_000 });

    // By the navigation: a reload would drop the model.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calibration' }).click();
    const fitted = page.getByTestId('fitted-temperature');
    await fitted.waitFor({ timeout: 60_000 });
    const fitMs = Number(await fitted.getAttribute('data-fit-ms'));

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Draw' }).click();
    const canvas = page.getByTestId('draw-canvas');
    await canvas.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.waitForTimeout(1000);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the drawing canvas is not visible');

    await page.evaluate(() => {
      const bench = { samples: [], pending: 0, unchanged: 0, mutations: 0 };
      window.__drawBench = bench;
      // Counts changes to the lesson's DOM: a frame counts only once the repainted
      // probabilities are in it (React may render a move's update in a later task).
      new MutationObserver((records) => {
        bench.mutations += records.length;
      }).observe(document.querySelector('[data-testid="section-draw"]'), {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      // Capture on document: before React's listener, so the interval covers the stroke,
      // the render of the probabilities and pictures, layout and paint.
      document.addEventListener(
        'pointermove',
        (event) => {
          if (event.buttons === 0) return;
          const start = performance.now();
          const before = bench.mutations;
          bench.pending += 1;
          const onFrame = (framesLeft) => {
            // The frame painted after this callback holds the update only if the DOM changed by now.
            if (bench.mutations === before && framesLeft > 0) {
              requestAnimationFrame(() => onFrame(framesLeft - 1));
              return;
            }
            setTimeout(() => {
              if (bench.mutations === before) bench.unchanged += 1;
              else bench.samples.push(performance.now() - start);
              bench.pending -= 1;
            }, 0);
          };
          requestAnimationFrame(() => onFrame(3));
        },
        true,
      );
    });

    const at = (fx, fy) => [box.x + fx * box.width, box.y + fy * box.height];
    let count = 0;
    for (let strokeIndex = 0; count < DRAW_SAMPLES && strokeIndex < 80; strokeIndex++) {
      const x = 0.2 + 0.6 * ((strokeIndex * 0.37) % 1);
      await page.mouse.move(...at(x, 0.1));
      await page.mouse.down();
      for (let step = 1; step <= 30; step++) {
        await page.mouse.move(...at(x + 0.1 * Math.sin(step / 5), 0.1 + (0.8 * step) / 30));
        await page.waitForFunction(() => window.__drawBench.pending === 0, undefined, { polling: 'raf' });
      }
      await page.mouse.up();
      count = await page.evaluate(() => window.__drawBench.samples.length);
      if (strokeIndex % 8 === 7) await page.getByTestId('section-draw').getByRole('button', { name: 'clear' }).click();
    }
    const samples = (await page.evaluate(() => window.__drawBench.samples)).slice(0, DRAW_SAMPLES);
    if (samples.length < DRAW_SAMPLES) throw new Error(`only ${samples.length} pointer moves were measured`);
    const round = (x) => Math.round(x * 100) / 100;
    return {
      bench: 'draw',
      viewport: `${viewport.width}x${viewport.height}`,
      samples: samples.length,
      p50Ms: round(percentile(samples, 0.5)),
      p95Ms: round(percentile(samples, 0.95)),
      movesWithoutRepaint: await page.evaluate(() => window.__drawBench.unchanged),
      calibrationFitMs: fitMs,
    };
  } finally {
    await page.close();
  }
}

runWhenMain(import.meta.url, async (browser, baseUrl) => [await benchDraw(browser, baseUrl)]);
