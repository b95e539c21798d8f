#!/usr/bin/env node
// Slider latency benchmark (issue 3): drags logit 1's slider with the mouse through
// 200 positions, 10 classes, and measures in the page from each `input` event to
// the next painted frame (requestAnimationFrame, then a task: that task runs after
// the frame is presented). Prints one JSON line.
//
//   npx vite build --outDir dist-softmax && npx vite preview --outDir dist-softmax --port 4310 &
//   BENCH_URL=http://127.0.0.1:4310/ node scripts/bench-slider.mjs
//
// BENCH_QUERY adds parameters, e.g. BENCH_QUERY=sections=softmax to time this section alone.
// Also importable: `benchSlider(browser, baseUrl)` (used by scripts/bench.mjs).
/* global window, document, HTMLInputElement, requestAnimationFrame */
import { runWhenMain } from './bench-browser.mjs';

export const SLIDER_SAMPLES = 200;
const LOGITS = [1, 2, 3, 0.5, -1, 2.5, -0.5, 1.5, 0, -2];
const MAX_MOVES = SLIDER_SAMPLES * 5;

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** Runs the benchmark in a new page of `browser` against the app served at `baseUrl`. */
export async function benchSlider(browser, baseUrl, { query = '', viewport = { width: 1280, height: 800 }, name = 'slider' } = {}) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const page = await browser.newPage({ viewport });
  try {
    const extra = query ? `&${query.replace(/^[?&]/, '')}` : '';
    await page.goto(new URL(`./?lang=en&logits=${LOGITS.join(',')}${extra}#softmax`, base).href);
    await page.getByTestId(`prob-${LOGITS.length}`).waitFor();
    const slider = page.getByTestId('section-softmax').getByRole('slider', { name: 'logit 1', exact: true });
    // The lesson's top under the header: at presenter size the sliders, the bars, the table and
    // the formulas are then all in view.
    await page.getByTestId('section-softmax').evaluate((section) => section.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await slider.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1000);
    const box = await slider.boundingBox();
    if (!box) throw new Error('logit 1 slider is not visible');

    await page.evaluate(() => {
      const bench = { samples: [], pending: 0 };
      window.__sliderBench = bench;
      // Capture on document: this runs before React's listener on the root, so the
      // interval covers the whole update: reducer, render, commit, layout and paint.
      document.addEventListener(
        'input',
        (event) => {
          if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'range') return;
          const start = performance.now();
          bench.pending += 1;
          requestAnimationFrame(() =>
            setTimeout(() => {
              bench.samples.push(performance.now() - start);
              bench.pending -= 1;
            }, 0),
          );
        },
        true,
      );
    });

    const y = box.y + box.height / 2;
    const left = box.x + 4;
    const right = box.x + box.width - 4;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    let count = 0;
    // Sweep back and forth; a move that lands on the same 0.1 step fires no input event.
    for (let move = 0; move < MAX_MOVES && count < SLIDER_SAMPLES; move++) {
      const phase = (move % 200) / 199;
      const t = Math.floor(move / 200) % 2 === 0 ? phase : 1 - phase;
      await page.mouse.move(left + t * (right - left), y);
      await page.waitForFunction(() => window.__sliderBench.pending === 0, undefined, { polling: 'raf' });
      count = await page.evaluate(() => window.__sliderBench.samples.length);
    }
    await page.mouse.up();
    const samples = (await page.evaluate(() => window.__sliderBench.samples)).slice(0, SLIDER_SAMPLES);
    if (samples.length < SLIDER_SAMPLES) throw new Error(`only ${samples.length} input events fired`);
    const round = (x) => Math.round(x * 100) / 100;
    return {
      bench: name,
      viewport: `${viewport.width}x${viewport.height}`,
      classes: LOGITS.length,
      samples: samples.length,
      p50Ms: round(percentile(samples, 0.5)),
      p95Ms: round(percentile(samples, 0.95)),
    };
  } finally {
    await page.close();
  }
}

/** The same at presenter size: 1920 × 1800 in presenter mode, with everything in view. */
export function benchSliderPresenter(browser, baseUrl) {
  return benchSlider(browser, baseUrl, { query: 'presenter=1', viewport: { width: 1920, height: 1800 }, name: 'slider-presenter' });
}

runWhenMain(import.meta.url, async (browser, baseUrl) => [
  await benchSlider(browser, baseUrl, { query: process.env.BENCH_QUERY ?? '' }),
  await benchSliderPresenter(browser, baseUrl),
]);
