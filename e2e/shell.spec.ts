import { expect, test } from '@playwright/test';

const SECTIONS = ['softmax', 'cross-entropy', 'data', 'train', 'mistakes'] as const;

test('the shell shows the app name, every section and working navigation', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const id of SECTIONS) await expect(page.getByTestId(`section-${id}`)).toBeAttached();

  await nav.getByRole('link', { name: 'Mistakes' }).click();
  await expect(page).toHaveURL(/#mistakes$/);
  await expect(page.getByTestId('section-mistakes')).toBeInViewport();

  await nav.getByRole('link', { name: 'Softmax' }).click();
  await expect(page).toHaveURL(/#softmax$/);
  await expect(page.getByTestId('section-softmax')).toBeInViewport();
});

test('a hash in the link opens that section', async ({ page }) => {
  await page.goto('./?lang=en#train');
  await expect(page.getByTestId('section-train')).toBeInViewport();
});

test('the first screen does not download TensorFlow.js', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./?lang=en');
  await expect(page.getByTestId('section-softmax')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const scripts = requests.filter((url) => /\.(m?js)(\?|$)/.test(url));
  expect(scripts.length).toBeGreaterThan(0);
  // TensorFlow.js lives only in the training worker's chunk and the lazily loaded
  // training modules; none of them may be fetched for the first screen.
  expect(requests.filter((url) => /tfjs|tensorflow|worker|\.wasm/i.test(url))).toEqual([]);
  const sizes = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).decodedBodySize),
  );
  // Belt and braces: TF.js alone is over 1 MB, so no initial script may be that large.
  expect(Math.max(...sizes)).toBeLessThan(1_000_000);
});

test('an invalid link parameter is ignored with a visible notice', async ({ page }) => {
  await page.goto('./?lang=en&tau=banana');
  await expect(page.getByTestId('url-notice')).toContainText('tau=banana');
  await expect(page.getByTestId('section-softmax')).toBeVisible();
});
