import { expect, test, type Page } from '@playwright/test';

/** Training recovers from a failed download; what a lesson shows belongs to its run (issue 17). */
const section = (page: Page) => page.getByTestId('section-train');
const button = (page: Page, name: string) => section(page).getByRole('button', { name, exact: true });
const status = (page: Page) => page.getByTestId('train-status');
const DATA_FILES = '**/*-ubyte.gz';

test('a failed download stops Train with the Data lesson’s message and fix; Train retries, and trains once the network is back', async ({ page }) => {
  test.setTimeout(180_000);
  let requests = 0;
  await page.route(DATA_FILES, (route) => {
    requests++;
    return route.abort('internetdisconnected');
  });
  await page.goto('./?lang=en&train=500&test=100&epochs=1#train');
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('error', { timeout: 60_000 });
  const error = page.getByTestId('train-error');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText(/The download of .+-ubyte\.gz failed\./);
  await expect(error).toContainText('Check the connection to the server, then try again.');
  await expect(error).toContainText('Press Train to try again.');
  await expect(page.getByTestId('dataset-status')).toHaveText('error');

  // Still offline: Train asks for the data again, and fails again rather than waiting forever.
  const before = requests;
  await button(page, 'Train').click();
  await expect.poll(() => requests).toBeGreaterThan(before);
  await expect(status(page)).toHaveText('error', { timeout: 60_000 });

  // The network is back: Reset, then Train loads the data and trains.
  await page.unroute(DATA_FILES);
  await button(page, 'Reset').click();
  await expect(status(page)).toHaveText('idle');
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('done', { timeout: 120_000 });
  await expect(page.getByTestId('dataset-status')).toHaveText('ready');
  await expect(page.getByTestId('train-error')).toHaveCount(0);
});

test('Train right after the network is back (no Reset) loads and trains', async ({ page }) => {
  test.setTimeout(180_000);
  await page.route(DATA_FILES, (route) => route.abort());
  await page.goto('./?lang=en&train=500&test=100&epochs=1#train');
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('error', { timeout: 60_000 });
  await page.unroute(DATA_FILES);
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('done', { timeout: 120_000 });
});

test('a run that diverges after a good run does not show the good run’s mistakes as its own', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?lang=en&train=1000&test=200&epochs=1#train');
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('done', { timeout: 120_000 });

  const mistakes = page.getByTestId('section-mistakes');
  await mistakes.scrollIntoViewIfNeeded();
  const label = page.getByTestId('mistakes-run');
  await expect(label).toHaveAttribute('data-run', '1');
  await expect(label).toContainText('Showing run 1: softmax regression, learning rate 0.1, batch size 256, 1 epoch.');
  await expect(page.getByTestId('mistake').first()).toBeAttached();

  await section(page).scrollIntoViewIfNeeded();
  const rate = section(page).getByRole('spinbutton', { name: 'learning rate' });
  await rate.fill('1e5');
  await rate.press('Enter');
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('diverged', { timeout: 60_000 });

  await mistakes.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('mistakes-empty')).toBeVisible();
  await expect(page.getByTestId('mistake')).toHaveCount(0);
  await expect(page.getByTestId('confusion-cell')).toHaveCount(0);
  await expect(label).toHaveCount(0);
});

/** What a browser does to a tab sent to the background and brought back. */
async function hideAndShowTab(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

test('the "tab was in the background" notice ends with its run: Reset and the next run clear it', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?lang=en&train=20000&test=200&epochs=20#train');
  const notice = page.getByTestId('throttled-notice');
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('training', { timeout: 60_000 });
  await hideAndShowTab(page);
  await expect(notice).toBeVisible();
  await button(page, 'Reset').click();
  await expect(status(page)).toHaveText('idle');
  await expect(notice).toHaveCount(0);

  // Hidden during the next run: the notice stays with that run (paused, say), and goes when another starts.
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('training', { timeout: 60_000 });
  await hideAndShowTab(page);
  await expect(notice).toBeVisible();
  await button(page, 'Pause').click();
  await expect(status(page)).toHaveText('paused');
  await expect(notice).toBeVisible();
  await button(page, 'Reset').click();
  await button(page, 'Train').click();
  await expect(status(page)).toHaveText('training', { timeout: 60_000 });
  await expect(notice).toHaveCount(0);
  await button(page, 'Reset').click();
});
