import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

// page.route cannot see requests a service worker answers; keep the network visible.
test.use({ serviceWorkers: 'block' });

const TRAIN_LABELS = 'train-labels-idx1-ubyte.gz';
const TEST_IMAGES = 't10k-images-idx3-ubyte.gz';
const TEST_LABELS = 't10k-labels-idx1-ubyte.gz';
const SUBPATH_URL = `http://127.0.0.1:${Number(process.env.PORT ?? 4173) + 1}/softmax-lab/`;

const dataSection = (page: Page) => page.getByTestId('section-data');

/** Opens the page and brings the Data section into view, which starts the download. */
async function openData(page: Page, url = './?lang=en') {
  await page.goto(url);
  await dataSection(page).scrollIntoViewIfNeeded();
}

async function expectSoftmaxStillWorks(page: Page) {
  const softmax = page.getByTestId('section-softmax');
  const prob1 = softmax.getByTestId('prob-1');
  const before = await prob1.textContent();
  await softmax.getByRole('spinbutton', { name: 'logit 1 value', exact: true }).fill('5');
  await softmax.getByRole('spinbutton', { name: 'logit 1 value', exact: true }).press('Enter');
  await expect(prob1).not.toHaveText(before ?? '');
  await expect(prob1).toHaveText(/^0\.\d{4}$/);
}

test('the real dataset loads with samples of all ten classes and their counts', async ({ page }) => {
  await openData(page);
  const status = page.getByTestId('dataset-status');
  await expect(status).toHaveText('ready', { timeout: 60_000 });

  const samples = dataSection(page).getByTestId('sample');
  await expect(samples).toHaveCount(100);
  const labels = await samples.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-label')));
  expect(new Set(labels)).toEqual(new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']));
  // The very first training image is an ankle boot (label 9).
  await expect(dataSection(page).locator('[data-testid="sample"][data-index="0"]')).toHaveAttribute('data-label', '9');
  await expect(dataSection(page).getByRole('img', { name: 'Ankle boot, training image 0' })).toBeVisible();

  const counts = page.getByTestId('class-counts');
  await expect(counts.getByRole('row', { name: /Ankle boot/ })).toContainText('6,000');
  await expect(counts.getByRole('row', { name: /total/ })).toContainText('60,000');
  await expect(counts.getByRole('row', { name: /total/ })).toContainText('10,000');
});

test('the Korean page shows the class names in Korean with the same hooks', async ({ page }) => {
  await openData(page, './?lang=ko');
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  await expect(dataSection(page).getByText('앵클 부츠').first()).toBeVisible();
  await expect(dataSection(page).getByTestId('sample')).toHaveCount(100);
});

test('the dataset is not downloaded for the first screen, only when its section is reached', async ({ page }) => {
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.gz')) dataRequests.push(request.url());
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en');
  await expect(page.getByTestId('section-softmax')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(dataSection(page)).not.toBeInViewport();
  expect(dataRequests).toEqual([]);
  await expect(page.getByTestId('dataset-status')).toHaveText('idle');

  await dataSection(page).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('dataset-status')).toHaveText(/loading|ready/);
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  expect(dataRequests).toHaveLength(4);
});

test('a corrupt file shows which file is broken and the fix, and the softmax lesson keeps working', async ({ page }) => {
  await page.route(`**/${TRAIN_LABELS}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/gzip', body: Buffer.from('this is not gzip data at all') }),
  );
  await openData(page);
  await expect(page.getByTestId('dataset-status')).toHaveText('error', { timeout: 60_000 });
  const alert = dataSection(page).getByRole('alert');
  await expect(alert).toContainText(`${TRAIN_LABELS} is truncated or is not valid gzip.`);
  await expect(alert).toContainText('npm run data');
  await expect(dataSection(page).getByTestId('sample')).toHaveCount(0);
  await expectSoftmaxStillWorks(page);
});

test('a truncated gzip file is reported as truncated or corrupt', async ({ page }) => {
  const whole = readFileSync(`public/data/fashion-mnist/${TEST_IMAGES}`);
  await page.route(`**/${TEST_IMAGES}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/gzip', body: whole.subarray(0, whole.length >> 1) }),
  );
  await openData(page);
  await expect(page.getByTestId('dataset-status')).toHaveText('error', { timeout: 60_000 });
  await expect(dataSection(page).getByRole('alert')).toContainText(`${TEST_IMAGES} is truncated or is not valid gzip.`);
});

test('files that arrive already decoded (a server sending them with Content-Encoding: gzip) load too', async ({ page }) => {
  // What the page receives when the browser has inflated a gzip-encoded response: the IDX file itself.
  // (A routed response is never decoded by Chromium, so the test sends the decoded bytes.)
  for (const file of [TRAIN_LABELS, TEST_LABELS]) {
    const idx = gunzipSync(readFileSync(`public/data/fashion-mnist/${file}`));
    await page.route(`**/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: idx }));
  }
  await openData(page);
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  const total = page.getByTestId('class-counts').getByRole('row', { name: /total/ });
  await expect(total).toContainText('60,000');
  await expect(total).toContainText('10,000');
  await expect(dataSection(page).locator('[data-testid="sample"][data-index="0"]')).toHaveAttribute('data-label', '9');
});

test('a missing file (404) is named, with the fix, and the softmax lesson keeps working', async ({ page }) => {
  await page.route(`**/${TEST_IMAGES}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openData(page);
  await expect(page.getByTestId('dataset-status')).toHaveText('error', { timeout: 60_000 });
  const alert = dataSection(page).getByRole('alert');
  await expect(alert).toContainText(`The data file ${TEST_IMAGES} is not on the server.`);
  await expect(alert).toContainText('npm run data');
  await expectSoftmaxStillWorks(page);

  // Once the file is back, trying again loads the data without reloading the page.
  await page.unroute(`**/${TEST_IMAGES}`);
  await dataSection(page).getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
});

test('the data loads when the app is hosted under a sub-path', async ({ page }) => {
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.gz')) dataRequests.push(request.url());
  });
  await openData(page, `${SUBPATH_URL}?lang=en`);
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  expect(dataRequests.every((url) => url.startsWith(`${SUBPATH_URL}data/fashion-mnist/`))).toBe(true);
});
