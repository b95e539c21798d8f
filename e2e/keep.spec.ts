import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

// Keeping and exporting: saved runs, CSV/JSON, the NumPy bridge, the kept dataset, the manifest.
const TINY = './?lang=en&train=2000&test=500';
const section = (page: Page) => page.getByTestId('section-train');
const button = (page: Page, name: string) => section(page).getByRole('button', { name, exact: true });

async function trainUntilDone(page: Page) {
  await button(page, 'Train').click();
  await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 90_000 });
}

async function setLearningRate(page: Page, value: string) {
  const input = section(page).getByRole('spinbutton', { name: 'learning rate' });
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** The file a click downloads: its suggested name and its text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path };
}

/** The legend entries of a training chart. */
const legend = (page: Page, chart: string) => page.getByTestId(chart).locator('.train-chart-legend li');

test('two runs come back on the charts after a reload, and can be renamed, hidden and deleted', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`${TINY}&epochs=1#train`);
  await trainUntilDone(page);
  await setLearningRate(page, '0.05');
  await trainUntilDone(page);
  await expect(page.getByTestId('saved-run')).toHaveCount(2);
  await expect(page.getByTestId('saved-run').first()).toHaveAttribute('data-kept', 'true');

  await page.reload();
  const runs = page.getByTestId('saved-run');
  await expect(runs).toHaveCount(2);
  // Both as earlier-run overlays, on both charts.
  for (const chart of ['loss-chart', 'accuracy-chart']) {
    await expect(legend(page, chart).filter({ hasText: 'lr 0.1 ·' })).toHaveCount(1);
    await expect(legend(page, chart).filter({ hasText: 'lr 0.05 ·' })).toHaveCount(1);
  }
  await expect(page.getByTestId('loss-chart').locator('path.train-series-line')).toHaveCount(2);

  // Rename the older run; the name survives a reload.
  await section(page).getByRole('button', { name: /^rename lr 0\.1 ·/ }).click();
  await section(page).getByRole('textbox', { name: 'run name' }).fill('baseline');
  await section(page).getByRole('textbox', { name: 'run name' }).press('Enter');
  await expect(legend(page, 'loss-chart').filter({ hasText: 'baseline' })).toHaveCount(1);
  // Hide it: it leaves the charts, stays in the list.
  await section(page).getByRole('checkbox', { name: 'show baseline on the charts' }).uncheck();
  await expect(legend(page, 'loss-chart').filter({ hasText: 'baseline' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('saved-run').filter({ hasText: 'baseline' })).toHaveCount(1);
  await expect(section(page).getByRole('checkbox', { name: 'show baseline on the charts' })).not.toBeChecked();

  await section(page).getByRole('button', { name: 'delete baseline' }).click();
  await expect(page.getByTestId('saved-run')).toHaveCount(1);
  await section(page).getByRole('button', { name: 'clear saved runs' }).click();
  await expect(page.getByTestId('saved-run')).toHaveCount(0);
  await page.reload();
  await expect(section(page).getByRole('heading', { name: 'Saved runs' })).toBeVisible();
  await expect(page.getByTestId('saved-run')).toHaveCount(0);
});

test('CSV holds the epoch rows the table shows; JSON holds the run with the app version', async ({ page }) => {
  await page.goto(`${TINY}&epochs=2#train`);
  await trainUntilDone(page);
  const rows = page.getByTestId('epoch-row');
  await expect(rows).toHaveCount(2);

  const csv = await download(page, () => button(page, 'export CSV').click());
  expect(csv.name).toMatch(/^softmax-lab-epochs-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  const lines = (await readFile(csv.path, 'utf8')).trim().split(/\r\n/);
  const header = lines[0]!.split(',');
  const col = (line: string, name: string) => line.split(',')[header.indexOf(name)];
  expect(lines).toHaveLength(3);
  for (const [i, line] of lines.slice(1).entries()) {
    const row = rows.nth(i);
    expect(col(line, 'epoch')).toBe(String(i + 1));
    expect(col(line, 'learning_rate')).toBe('0.1');
    expect(col(line, 'batch_size')).toBe('256');
    expect(col(line, 'train_images')).toBe('2000');
    expect(col(line, 'train_loss')).toBe(await row.getByTestId('epoch-train-loss').textContent());
    expect(col(line, 'train_accuracy')).toBe(await row.getByTestId('epoch-train-acc').textContent());
    expect(col(line, 'test_accuracy')).toBe(await row.getByTestId('epoch-test-acc').textContent());
  }

  const json = await download(page, () => button(page, 'export JSON').click());
  expect(json.name).toMatch(/^softmax-lab-run-.+\.json$/);
  const record = JSON.parse(await readFile(json.path, 'utf8'));
  expect(record.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  expect(record.run.seed).toBe(42);
  expect(record.run.backend).toMatch(/^(webgl|wasm|cpu)$/);
  expect(record.run.epochs).toHaveLength(2);
  expect(record.run.epochs[1].testAccuracy.toFixed(4)).toBe(await rows.nth(1).getByTestId('epoch-test-acc').textContent());

  // The one-line summary, and the charts as pictures.
  const accuracy = await rows.nth(1).getByTestId('epoch-test-acc').textContent();
  await expect(page.getByTestId('run-summary')).toHaveText(`softmax regression, lr 0.1, batch 256, 2 epochs: test accuracy ${accuracy}`);
  const svg = await download(page, () => button(page, 'loss chart as SVG').click());
  expect(svg.name).toMatch(/^softmax-lab-loss-chart-.+\.svg$/);
  expect(await readFile(svg.path, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<path/);
  const png = await download(page, () => button(page, 'accuracy chart as PNG').click());
  expect((await readFile(png.path)).subarray(1, 4).toString()).toBe('PNG');
});

test('weights downloaded and loaded again give the same test accuracy, shown as uploaded', async ({ page }) => {
  await page.goto(`${TINY}&epochs=1#train`);
  await trainUntilDone(page);
  const trained = await page.getByTestId('epoch-test-acc').last().textContent();

  const npz = await download(page, () => button(page, 'download weights').click());
  expect(npz.name).toMatch(/^softmax-lab-weights-.+\.npz$/);
  await expect(section(page).getByText("W, b = weights['W'], weights['b']")).toBeVisible();

  await section(page).getByLabel('load weights').setInputFiles({ name: 'mine.npz', mimeType: 'application/octet-stream', buffer: await readFile(npz.path) });
  await expect(page.getByTestId('uploaded-test-acc')).toHaveText(trained!, { timeout: 30_000 });

  // The Mistakes lesson shows them, labelled as uploaded.
  const mistakes = page.getByTestId('section-mistakes');
  await mistakes.scrollIntoViewIfNeeded();
  await expect(mistakes.getByTestId('mistakes-run')).toHaveAttribute('data-run', 'uploaded');
  await expect(mistakes.getByTestId('mistakes-run')).toContainText('mine.npz');
  await expect(mistakes.getByTestId('confusion-accuracy')).toHaveText(trained!);
});

test('a bad upload names its problem and changes nothing', async ({ page }) => {
  await page.goto(`${TINY}&epochs=1#train`);
  await trainUntilDone(page);
  const trained = await page.getByTestId('epoch-test-acc').last().textContent();
  const mistakes = page.getByTestId('section-mistakes');
  await mistakes.scrollIntoViewIfNeeded();
  await expect(mistakes.getByTestId('mistakes-run')).toHaveAttribute('data-run', '1');
  const load = section(page).getByLabel('load weights');

  const cases: Array<[string, Buffer, RegExp]> = [
    ['notes.txt', Buffer.from('W = [[0.1, 0.2]]'), /notes\.txt is not a NumPy file/],
    ['W.npy', Buffer.from(await readFile('src/data/fixtures/float64-2x2.npy')), /float64 \('<f8'\).*float32/],
    ['transposed.npz', Buffer.from(await readFile('src/data/fixtures/transposed.npz')), /shape \(10, 784\).*\(784, 10\).*W\.T/],
    ['nan.npz', Buffer.from(await readFile('src/data/fixtures/nan.npz')), /NaN at index \[3, 7\]/],
    ['cut.npz', (await readFile('src/data/fixtures/weights.npz')).subarray(0, 20_000), /cut\.npz is cut off/],
  ];
  for (const [name, buffer, message] of cases) {
    await load.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(section(page).getByRole('alert')).toHaveText(message);
    await expect(page.getByTestId('uploaded-test-acc')).toHaveCount(0);
    await expect(page.getByTestId('epoch-test-acc')).toHaveText(trained!);
    await expect(mistakes.getByTestId('mistakes-run')).toHaveAttribute('data-run', '1');
  }
});

test('the data is kept after the first load, said so in the Data lesson, and can be deleted', async ({ page }) => {
  await page.goto('./?lang=en#data');
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  await expect(page.getByTestId('data-kept')).toHaveAttribute('data-state', 'kept', { timeout: 30_000 });
  await expect(page.getByTestId('data-kept')).toContainText(/kept on this device \(\d+\.\d MB\)/);

  await page.reload();
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  await expect(page.getByTestId('data-kept')).toContainText('This time it was read from that copy.');

  await page.getByRole('button', { name: 'delete the kept copy' }).click();
  await expect(page.getByTestId('data-kept')).toHaveAttribute('data-state', 'none');
  expect(await page.evaluate(() => caches.has('softmax-lab-data-v1'))).toBe(false);
});

test('a damaged kept copy is dropped and the data downloaded again', async ({ page }) => {
  await page.goto('./?lang=en#data');
  await expect(page.getByTestId('data-kept')).toHaveAttribute('data-state', 'kept', { timeout: 60_000 });
  await page.evaluate(async () => {
    const cache = await caches.open('softmax-lab-data-v1');
    const key = (await cache.keys()).find((r) => r.url.endsWith('t10k-labels-idx1-ubyte'))!;
    await cache.put(key, new Response(new Uint8Array(100), { headers: { 'x-idx-bytes': '10008' } }));
  });
  await page.reload();
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  await expect(page.getByTestId('data-kept')).not.toContainText('This time it was read from that copy.');
  await expect(page.getByTestId('data-kept')).toHaveAttribute('data-state', 'kept', { timeout: 30_000 });
});

test('the web app manifest is linked and valid, its icons load', async ({ page, request }) => {
  await page.goto('./?lang=en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, page.url()).href;
  const response = await request.get(manifestUrl);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'Softmax Lab', short_name: 'Softmax Lab', display: 'standalone', start_url: './', scope: './' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', 'any']));
  expect(manifest.icons.some((icon: { purpose: string }) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const file = await request.get(new URL(icon.src, manifestUrl).href);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type']).toContain(icon.type === 'image/png' ? 'image/png' : 'image/svg+xml');
  }
  // The bar follows the theme the student picks.
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme!);
  const colors = await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
  expect(new Set(colors).size).toBe(1);
  expect(colors[0]).toBe(theme === 'dark' ? '#ffffff' : '#1b1f27');
});
