import { expect, test, type Page } from '@playwright/test';

// Other lessons have buttons named Reset too, so controls are found inside the section.
const section = (page: Page) => page.getByTestId('section-train');
const button = (page: Page, name: string) => section(page).getByRole('button', { name, exact: true });

/** Clicks Train and waits until the run reaches `status`. */
async function trainUntil(page: Page, status: string, timeout = 60_000) {
  await button(page, 'Train').click();
  await expect(page.getByTestId('train-status')).toHaveText(status, { timeout });
}

const linePaths = (page: Page, chart: string) => page.getByTestId(chart).locator('path.train-series-line');

test('one epoch on a subset fills both charts and adds an epoch row', async ({ page }) => {
  await page.goto('./?lang=en&train=2000&test=500&epochs=1#train');
  await expect(page.getByTestId('train-status')).toHaveText('idle');
  await expect(section(page).getByRole('spinbutton', { name: 'learning rate' })).toHaveValue('0.1');
  await expect(section(page).getByRole('spinbutton', { name: 'batch size' })).toHaveValue('256');
  await expect(section(page).getByRole('spinbutton', { name: 'epochs' })).toHaveValue('1');
  await expect(section(page).getByRole('combobox', { name: 'model' })).toHaveValue('softmax');
  await expect(section(page).getByRole('combobox', { name: 'backend' })).toHaveValue('webgl');

  await trainUntil(page, 'done');
  const rows = page.getByTestId('epoch-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId('epoch-train-loss')).toHaveText(/^\d+\.\d{4}$/);
  await expect(rows.getByTestId('epoch-train-acc')).toHaveText(/^0\.\d{4}$/);
  await expect(rows.getByTestId('epoch-test-acc')).toHaveText(/^0\.\d{4}$/);
  expect(Number(await rows.getByTestId('epoch-test-acc').textContent())).toBeGreaterThan(0.5);
  await expect(page.getByTestId('backend')).toHaveText(/^(webgl|wasm|cpu)$/);

  // Both charts hold real lines: 8 steps of loss, one epoch of accuracy.
  expect(Number(await page.getByTestId('loss-chart').getAttribute('data-points'))).toBeGreaterThan(1);
  await expect(linePaths(page, 'loss-chart').first()).toHaveAttribute('d', /M.+L/);
  await expect(page.getByTestId('accuracy-chart')).toHaveAttribute('data-points', '1');
  await expect(page.getByTestId('accuracy-chart').locator('circle.train-series-dot').first()).toBeAttached();
  await expect(page.getByTestId('accuracy-chart').locator('.train-chart-plot')).toHaveAccessibleName(/test accuracy is 0\.\d{4}/);

  await button(page, 'Reset').click();
  await expect(page.getByTestId('train-status')).toHaveText('idle');
});

/** The x of the left-most dot on a chart, and of its x axis' 0 tick. */
async function firstDotAndZeroTick(page: Page, chart: string) {
  const root = page.getByTestId(chart);
  const dots = await root.locator('circle.train-series-dot').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
  const zero = await root.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').filter({ hasText: /^0$/ }).getAttribute('x');
  return { dot: Math.min(...dots), zero: Number(zero) };
}

test('epoch 0: the untrained model on the test set, before the first step, plotted at 0 without an epoch row', async ({ page }) => {
  await page.goto('./?lang=en&train=2000&test=1000&epochs=1#train');
  await expect(page.getByTestId('initial-test-acc')).toHaveCount(0);
  await button(page, 'Train').click();
  // Evaluated before the first step: about one right in ten, and a loss near ln 10 = 2.3026.
  const acc = page.getByTestId('initial-test-acc');
  const loss = page.getByTestId('initial-test-loss');
  await expect(acc).toHaveText(/^0\.\d{4}$/, { timeout: 60_000 });
  await expect(loss).toHaveText(/^\d\.\d{4}$/);
  await expect(acc).toBeVisible();
  const accuracy = Number(await acc.textContent());
  expect(accuracy).toBeGreaterThanOrEqual(0.05);
  expect(accuracy).toBeLessThanOrEqual(0.2);
  expect(Math.abs(Number(await loss.textContent()) - Math.log(10))).toBeLessThan(0.1);
  await expect(page.getByTestId('epoch-zero')).toContainText('before training');

  await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 60_000 });
  // One row per finished epoch: epoch 1 only, none for epoch 0, whose numbers stay as they were.
  const rows = page.getByTestId('epoch-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.locator('th')).toHaveText('1');
  await expect(acc).toHaveText(accuracy.toFixed(4));
  // Both charts start at epoch 0: the test loss and the test accuracy have a dot on the 0 tick.
  for (const chart of ['loss-chart', 'accuracy-chart']) {
    const { dot, zero } = await firstDotAndZeroTick(page, chart);
    expect(Math.abs(dot - zero), chart).toBeLessThan(1.5);
  }
  await button(page, 'Reset').click();
  await expect(acc).toHaveCount(0);
});

test('pause holds the run still and resume continues it', async ({ page }) => {
  await page.goto('./?lang=en&train=30000&test=500&epochs=3#train');
  await trainUntil(page, 'training');
  await button(page, 'Pause').click();
  await expect(page.getByTestId('train-status')).toHaveText('paused');
  const progress = page.locator('.train-progress .num');
  const held = await progress.textContent();
  await page.waitForTimeout(1200);
  await expect(progress).toHaveText(held!);
  await expect(button(page, 'Resume')).toBeEnabled();
  await button(page, 'Resume').click();
  await expect(page.getByTestId('train-status')).toHaveText('training');
  await expect(progress).not.toHaveText(held!);
  await button(page, 'Reset').click();
  await expect(page.getByTestId('train-status')).toHaveText('idle');
  await expect(button(page, 'Train')).toBeEnabled();
});

test('training gives way while the student drags a logit, and runs at full speed again after', async ({ page }) => {
  // Long enough (300,000 examples) to still be training when the input stops.
  await page.goto('./?lang=en&train=30000&test=500&epochs=10#train');
  await trainUntil(page, 'training');
  const yielding = page.getByTestId('train-yielding');
  await expect(yielding).toHaveCount(0);
  const slider = page.getByTestId('section-softmax').getByRole('slider', { name: 'logit 1', exact: true });
  await slider.focus();
  // Keys held on a logit slider: the worker rests between steps, and the status says why it is slower.
  // The presses come close together, as a held key repeats: one unbroken stretch of input.
  const pressAndRead = async () => {
    await page.keyboard.press('ArrowRight');
    return (await yielding.allTextContents()).join('');
  };
  await expect.poll(pressAndRead, { intervals: [50] }).toMatch(/slower while you use the page/);
  // No more input: the next progress report is at full speed again.
  await expect(yielding).toHaveCount(0, { timeout: 5_000 });
  await expect(page.getByTestId('train-status')).toHaveText('training');
  await button(page, 'Reset').click();
  await expect(page.getByTestId('train-status')).toHaveText('idle');
});

test('a learning rate of 1e5 diverges with an explaining banner, and Reset recovers', async ({ page }) => {
  await page.goto('./?lang=en&lr=1e5&train=5000&test=500&epochs=2#train');
  await expect(section(page).getByRole('spinbutton', { name: 'learning rate' })).toHaveValue('1e5');
  await trainUntil(page, 'diverged');
  const banner = page.getByTestId('diverged-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText('too large');
  await expect(banner).toContainText('1e4');
  await expect(page.getByTestId('epoch-row')).toHaveCount(0);
  // The charts keep what happened up to the divergence.
  expect(Number(await page.getByTestId('loss-chart').getAttribute('data-points'))).toBeGreaterThan(0);

  await button(page, 'Reset').click();
  await expect(page.getByTestId('train-status')).toHaveText('idle');
  await expect(banner).toHaveCount(0);
  // The banner's suggestion sets a tenth of the rate.
  await button(page, 'lr 0.1 (default)').click();
  await expect(section(page).getByRole('spinbutton', { name: 'learning rate' })).toHaveValue('0.1');
});

test('an invalid setting shows an inline message and keeps the last valid value', async ({ page }) => {
  await page.goto('./?lang=en#train');
  const lr = section(page).getByRole('spinbutton', { name: 'learning rate' });
  await lr.fill('-3');
  await expect(page.getByTestId('section-train').getByRole('alert')).toContainText('greater than 0');
  const batch = section(page).getByRole('spinbutton', { name: 'batch size' });
  await batch.fill('2.5');
  await expect(page.getByTestId('section-train').getByRole('alert').last()).toContainText('whole number');
});

test('the Korean page keeps the hooks', async ({ page }) => {
  await page.goto('./?lang=ko&train=1000&test=200&epochs=1#train');
  await button(page, '학습').click();
  await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 60_000 });
  await expect(page.getByTestId('epoch-row')).toHaveCount(1);
});

test('a lost WebGL context stops with a clear error, keeps the finished epochs, and Reset recovers', async ({ page }) => {
  await page.goto('./?lang=en&train=20000&test=500&epochs=4&backend=webgl#train');
  await button(page, 'Train').click();
  await expect(page.getByTestId('epoch-row')).toHaveCount(1, { timeout: 60_000 });
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  const worker = page.workers().find((w) => w.url().includes('training'));
  expect(worker).toBeDefined();
  expect(await worker!.evaluate(() => (self as unknown as { loseWebglContext: () => boolean }).loseWebglContext())).toBe(true);
  await expect(page.getByTestId('train-status')).toHaveText('error');
  await expect(page.getByTestId('train-error')).toContainText('WebGL context');
  await expect(page.getByTestId('epoch-row')).toHaveCount(1);

  await button(page, 'Reset').click();
  await expect(page.getByTestId('train-status')).toHaveText('idle');
  await section(page).getByRole('spinbutton', { name: 'epochs' }).fill('1');
  await section(page).getByRole('spinbutton', { name: 'epochs' }).press('Enter');
  await trainUntil(page, 'done');
  await expect(page.getByTestId('backend')).toHaveText('webgl');
});

test('the step’s WebGL shaders (p − y, the SGD update) and batch upload match TensorFlow.js’s own', async ({ page }) => {
  await page.goto('./?lang=en&backend=webgl#train');
  await expect(page.getByTestId('backend')).toHaveText('webgl', { timeout: 60_000 });
  const worker = page.workers().find((w) => w.url().includes('training'));
  expect(worker).toBeDefined();
  type Upload = { path: 'packed' | 'tensor2d'; rows: number; cols: number; difference: number };
  type Checks = Record<'softmaxGradError' | 'onePassSgdError', () => Promise<number>> & {
    packedUploadChecks: () => Promise<{ guard: string; checks: Upload[] }>;
  };
  const softmaxGrad = await worker!.evaluate(() => (self as unknown as Checks).softmaxGradError());
  // Values are at most 1/37 in size; float32 rounding is near 1e-9 of that.
  expect(softmaxGrad).toBeLessThan(1e-6);
  // The SGD update, w − 0.1 g with w and g of size about 1: the same to float32 rounding.
  const sgd = await worker!.evaluate(() => (self as unknown as Checks).onePassSgdError());
  expect(sgd).toBeLessThan(1e-6);
  // A batch written straight into a packed texture holds exactly the values TensorFlow.js would upload:
  // checked once at warm-up by the guard (which would otherwise have turned the packed path off), and here
  // shape by shape, with the path each took. A batch and an odd-sized matrix go packed (their texture rounds
  // up to even sizes); a matrix too wide for a row-by-row texture takes tf.tensor2d.
  const upload = await worker!.evaluate(() => (self as unknown as Checks).packedUploadChecks());
  expect(upload.guard).toBe('verified');
  expect(upload.checks.map(({ rows, cols, path }) => `${rows}×${cols} ${path}`)).toEqual([
    '256×784 packed',
    '37×11 packed',
    `1×${upload.checks[2]!.cols} tensor2d`,
  ]);
  expect(upload.checks.map((c) => c.difference)).toEqual([0, 0, 0]);
});

test('a full epoch on the real data reaches 0.78 test accuracy on WebGL', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?lang=en&epochs=1&backend=webgl#train');
  await trainUntil(page, 'done', 150_000);
  await expect(page.getByTestId('backend')).toHaveText('webgl');
  const accuracy = Number(await page.getByTestId('epoch-test-acc').first().textContent());
  expect(accuracy).toBeGreaterThanOrEqual(0.78);
});
