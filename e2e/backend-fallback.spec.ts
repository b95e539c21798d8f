import { expect, test } from '@playwright/test';

// A browser whose workers have no WebGL, as Firefox's and Safari's engines are for
// TensorFlow.js: the training worker's script is served with OffscreenCanvas removed,
// so WebGL cannot start and the worker falls back to WebAssembly. No service worker: in
// the production build it would fetch the worker's script itself, past page.route.
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  await page.route(/training\.worker/, async (route) => {
    const response = await route.fetch();
    const body = `delete globalThis.OffscreenCanvas;\n${await response.text()}`;
    await route.fulfill({ response, body });
  });
});

for (const lang of ['en', 'ko'] as const) {
  test(`after a fallback the backend menu and the status agree (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&train=1000&test=200&epochs=1&backend=webgl#train`);
    const trainSection = page.getByTestId('section-train');
    const train = trainSection.getByRole('button', { name: lang === 'en' ? 'Train' : '학습', exact: true });
    await train.click();
    await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 60_000 });

    // Running on WebAssembly, and saying WebGL was asked for.
    await expect(page.getByTestId('backend')).toHaveText('wasm');
    await expect(page.getByTestId('backend-requested')).toHaveAttribute('data-backend', 'webgl');
    await expect(page.getByTestId('backend-fallback')).toBeVisible();

    // The menu keeps the student's choice, and its label no longer claims WebGL runs.
    const backend = trainSection.getByRole('combobox', { name: lang === 'en' ? 'backend' : '백엔드' });
    await expect(backend).toHaveValue('webgl');
    const chosen = backend.locator('option:checked');
    if (lang === 'en') {
      await expect(chosen).toHaveText('WebGL (GPU) — unavailable, using WebAssembly (SIMD)');
      await expect(page.getByTestId('backend-requested')).toContainText('you chose WebGL (GPU), which could not start here');
    } else {
      await expect(chosen).toHaveText('WebGL (GPU) — 쓸 수 없어 WebAssembly (SIMD) 사용 중');
      await expect(page.getByTestId('backend-requested')).toContainText('선택한 백엔드 WebGL (GPU)');
    }

    if (process.env.SCREENSHOT_DIR) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await trainSection.locator('.train-controls').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/backend-fallback-${lang}.png` });
    }
  });
}
