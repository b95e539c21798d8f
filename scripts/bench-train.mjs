// The training benchmark, driven through the real UI of a built app (see bench.mjs).
// Exports benchTrain(browser, baseUrl, options) → one result object.
/* global window, document, requestAnimationFrame, MutationObserver */
// (Functions passed to page.evaluate run in the browser, hence the browser globals above.)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The bare loop uses the umbrella bundle (core with its gradients, webgl, cpu), as a minimal script would.
const TF_UMD = join(dirname(require.resolve('@tensorflow/tfjs/package.json')), 'dist/tf.min.js');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/** Records when the dataset status turns `loading` and `ready`, from before the app starts. */
function watchDatasetStatus() {
  window.__benchData = {};
  const observer = new MutationObserver(() => {
    const el = document.querySelector('[data-testid="dataset-status"]');
    const status = el?.textContent?.trim();
    if (status && !(status in window.__benchData)) window.__benchData[status] = performance.now();
    // Then let go: a callback on every later mutation would weigh on the frames measured during the drag.
    if (status === 'ready') observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

const section = (page) => page.getByTestId('section-train');

async function openTrain(page, baseUrl, query, backend) {
  await page.goto(`${baseUrl}?lang=en&${query}#train`);
  // Coming near the section starts the worker and the data, as it does for a student scrolling down.
  await section(page).scrollIntoViewIfNeeded();
  await section(page).getByTestId('backend').filter({ hasText: backend }).waitFor({ timeout: 120_000 });
  await page.getByTestId('dataset-status').filter({ hasText: 'ready' }).first().waitFor({ timeout: 120_000 });
}

async function trainToEnd(page, { during } = {}) {
  await section(page).getByRole('button', { name: 'Train', exact: true }).click();
  const duringResult = during ? await during() : undefined;
  await page.getByTestId('train-status').filter({ hasText: /^(done|diverged|error)$/ }).waitFor({ timeout: 600_000 });
  const status = (await page.getByTestId('train-status').textContent()).trim();
  const rows = await page.getByTestId('epoch-row').evaluateAll((els) =>
    els.map((el) => ({
      seconds: Number(el.dataset.seconds),
      tensors: Number(el.dataset.tensors),
      testAccuracy: Number(el.querySelector('[data-testid="epoch-test-acc"]').textContent),
    })),
  );
  return { status, rows, during: duringResult };
}

/** Drags a slider back and forth for `ms` (then waits `idleMs`) while recording main-thread frame intervals. */
async function dragSliderMeasuringFrames(page, ms, idleMs = 0) {
  const slider = page.locator('input[type="range"]:not([disabled])').first();
  await slider.scrollIntoViewIfNeeded();
  // The jump to the slider paints a screenful of the page anew (one 80–120 ms frame with a
  // software GPU); that is the cost of scrolling, not of dragging, so it settles first.
  await page.waitForTimeout(500);
  const box = await slider.boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__frames.length < 100_000 && !window.__stopFrames) requestAnimationFrame(tick);
    };
    window.__stopFrames = false;
    requestAnimationFrame(tick);
  });
  if (ms > 0) {
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    const start = Date.now();
    let t = 0;
    while (Date.now() - start < ms) {
      t += 1;
      await page.mouse.move(box.x + 4 + ((Math.sin(t / 6) + 1) / 2) * (box.width - 8), y);
    }
    await page.mouse.up();
  }
  if (idleMs) await page.waitForTimeout(idleMs);
  const frames = await page.evaluate(() => {
    window.__stopFrames = true;
    return window.__frames.slice(2);
  });
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    frameP95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
    longestFreezeMs: sorted[sorted.length - 1] ?? NaN,
    frames: frames.length,
  };
}

/**
 * The minimal main-thread loop the issue compares against: a fresh batch tensor
 * each step, optimizer.minimize, the loss read every 50 steps; same data, same
 * backend, same browser. Runs in a blank page of the same origin, from TF.js's
 * own UMD bundles, so none of it is in the app's bundle.
 */
async function bareLoop(browser, baseUrl, epochs) {
  const page = await browser.newPage();
  // A blank page of the app's origin, so it can fetch the same data files.
  await page.route(`${baseUrl}__bench-blank`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bare loop</title>' }),
  );
  await page.goto(`${baseUrl}__bench-blank`);
  await page.addScriptTag({ content: await readFile(TF_UMD, 'utf8') });
  const result = await page.evaluate(
    async ({ base, epochs }) => {
      const tf = window.tf;
      await tf.setBackend('webgl');
      const load = async (name) => {
        // Some servers send .gz files with Content-Encoding: gzip, so the browser has already unpacked them.
        const bytes = new Uint8Array(await (await fetch(`${base}data/fashion-mnist/${name}`)).arrayBuffer());
        if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
        const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
        return new Uint8Array(await new Response(stream).arrayBuffer());
      };
      const [images, labels] = await Promise.all([load('train-images-idx3-ubyte.gz'), load('train-labels-idx1-ubyte.gz')]);
      const X = images.subarray(16);
      const Y = labels.subarray(8);
      const n = Y.length;
      const W = tf.variable(tf.randomNormal([784, 10], 0, 0.01));
      const b = tf.variable(tf.zeros([10]));
      const optimizer = tf.train.sgd(0.1);
      const batch = 256;
      const seconds = [];
      for (let epoch = 0; epoch < epochs; epoch++) {
        const order = Array.from({ length: n }, (_, i) => i).sort(() => Math.random() - 0.5);
        const t0 = performance.now();
        let step = 0;
        for (let start = 0; start < n; start += batch, step++) {
          const rows = Math.min(batch, n - start);
          const xs = new Float32Array(rows * 784);
          const ys = new Float32Array(rows * 10);
          for (let r = 0; r < rows; r++) {
            const i = order[start + r];
            for (let p = 0; p < 784; p++) xs[r * 784 + p] = X[i * 784 + p] / 255;
            ys[r * 10 + Y[i]] = 1;
          }
          const x = tf.tensor2d(xs, [rows, 784]);
          const y = tf.tensor2d(ys, [rows, 10]);
          const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, tf.add(tf.matMul(x, W), b)), step % 50 === 0);
          if (loss) {
            await loss.data();
            loss.dispose();
          }
          x.dispose();
          y.dispose();
        }
        await W.data();
        seconds.push((performance.now() - t0) / 1000);
      }
      return { seconds, backend: tf.getBackend() };
    },
    { base: baseUrl, epochs },
  );
  await page.close();
  return result;
}

export async function benchBare(browser, baseUrl) {
  return bareLoop(browser, baseUrl, 3);
}

export async function benchTrain(browser, baseUrl, { full = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(watchDatasetStatus);
  // Four epochs: the slider is dragged during the first, and the epoch time is the median of the other three.
  await openTrain(page, baseUrl, 'epochs=4&backend=webgl', 'webgl');
  const data = await page.evaluate(() => window.__benchData);
  const webgl = await trainToEnd(page, {
    during: async () => {
      // Measure frames in the middle of the run, once the first epoch has started.
      await page.getByTestId('train-status').filter({ hasText: 'training' }).waitFor();
      await page.waitForTimeout(500);
      const dragging = await dragSliderMeasuringFrames(page, 3000);
      // The same, with no input at all: what training and its live charts alone cost the page.
      const idle = await dragSliderMeasuringFrames(page, 0, 2000);
      return { ...dragging, idleFrameP95Ms: idle.frameP95Ms, idleLongestFreezeMs: idle.longestFreezeMs };
    },
  });
  const firstStepSeconds = await page.evaluate(() => {
    const [click] = performance.getEntriesByName('train-click');
    const [first] = performance.getEntriesByName('train-first-step');
    return click && first ? (first.startTime - click.startTime) / 1000 : NaN;
  });
  await page.close();

  const wasmPage = await browser.newPage();
  await openTrain(wasmPage, baseUrl, 'epochs=3&backend=wasm', 'wasm');
  const wasm = await trainToEnd(wasmPage);
  await wasmPage.close();

  const bare = await bareLoop(browser, baseUrl, 3);
  const epochSeconds = median(webgl.rows.slice(1).map((r) => r.seconds));
  const bareEpochSeconds = median(bare.seconds);
  const result = {
    bench: 'train',
    backend: 'webgl',
    status: webgl.status,
    epochSeconds: round(epochSeconds),
    examplesPerSecond: Math.round(60000 / epochSeconds),
    bareEpochSeconds: round(bareEpochSeconds),
    ratio: round(epochSeconds / bareEpochSeconds),
    wasmEpochSeconds: round(median(wasm.rows.map((r) => r.seconds))),
    firstStepSeconds: round(firstStepSeconds),
    dataLoadSeconds: round((data.ready - data.loading) / 1000),
    frameP95Ms: round(webgl.during?.frameP95Ms, 1),
    longestFreezeMs: round(webgl.during?.longestFreezeMs, 1),
    idleFrameP95Ms: round(webgl.during?.idleFrameP95Ms, 1),
    idleLongestFreezeMs: round(webgl.during?.idleLongestFreezeMs, 1),
    testAccuracy: webgl.rows[0]?.testAccuracy ?? null,
    testAccuracyAfter4: webgl.rows[webgl.rows.length - 1]?.testAccuracy ?? null,
    tensorsPerEpochDelta: webgl.rows.length > 1 ? webgl.rows[webgl.rows.length - 1].tensors - webgl.rows[0].tensors : null,
    wasmTensorsPerEpochDelta: wasm.rows.length > 1 ? wasm.rows[wasm.rows.length - 1].tensors - wasm.rows[0].tensors : null,
  };

  if (full) {
    // The 10-epoch accuracies; the math is the same on every backend, so the fastest one runs them.
    // The MLP runs with the optimizer the page gives it by default (momentum; see model-defaults.ts).
    for (const [key, query] of [
      ['softmax10TestAccuracy', 'epochs=10&backend=wasm'],
      ['mlp10TestAccuracy', 'epochs=10&backend=wasm&model=mlp&optimizer=momentum'],
    ]) {
      const p = await browser.newPage();
      await openTrain(p, baseUrl, query, 'wasm');
      const run = await trainToEnd(p);
      result[key] = run.rows[run.rows.length - 1]?.testAccuracy ?? null;
      await p.close();
    }
  }
  return result;
}
