import { expect, test } from '@playwright/test';

const SECTIONS = ['classification', 'softmax', 'cross-entropy', 'data', 'train', 'mistakes', 'calibration', 'draw'] as const;

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
  const scriptBodies: Promise<string>[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scriptBodies.push(response.text());
  });
  await page.goto('./?lang=en');
  await expect(page.getByTestId('section-softmax')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // TensorFlow.js lives only in the training worker's chunk, created when the
  // train section is reached: no request for it, its worker or its .wasm files.
  expect(requests.filter((url) => /tfjs|tensorflow|worker|\.wasm/i.test(url))).toEqual([]);
  const bodies = await Promise.all(scriptBodies);
  expect(bodies.length).toBeGreaterThan(0);
  // Nor is it bundled into a script that does load: these are TF.js's own kernel
  // and backend names, which survive minification.
  for (const body of bodies) {
    expect(body).not.toContain('BatchMatMul');
    expect(body).not.toContain('WEBGL_VERSION');
  }
});

test('an invalid link parameter is ignored with a visible notice', async ({ page }) => {
  await page.goto('./?lang=en&tau=banana');
  await expect(page.getByTestId('url-notice')).toContainText('tau=banana');
  await expect(page.getByTestId('section-softmax')).toBeVisible();
});
