import { expect, test, type Page } from '@playwright/test';

/** Focus is never lost (issue 17): a replaced control hands focus on; loading content above keeps it in view. */
const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

test('"Load the dataset" focused when the data starts loading by itself: focus moves to the dataset status', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?lang=en');
  const load = page.getByTestId('section-data').getByRole('button', { name: 'Load the dataset' });
  // Rendered ahead of the student, in idle moments, while the section is far and its data not yet asked for.
  await expect(load).toBeAttached({ timeout: 120_000 });
  await expect(page.getByTestId('dataset-status')).toHaveText('idle');
  // Focusing scrolls the button into view, and the section coming near starts the download by itself.
  await load.focus();
  await expect(page.getByTestId('dataset-status')).not.toHaveText('idle');
  await expect(load).toHaveCount(0);
  await expect.poll(() => activeTestId(page)).toBe('dataset-status-region');
  await expect(page.getByTestId('dataset-status-region')).toBeInViewport();
  // A keyboard student goes on from where the button was.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('clicking "Load the dataset" with the keyboard hands focus to the status as well', async ({ page }) => {
  await page.goto('./?lang=en#data');
  const status = page.getByTestId('dataset-status');
  // The section is in view at once, so its data loads by itself; a failed download brings back a button.
  await page.route('**/*.gz', (route) => route.abort());
  await page.reload();
  await expect(status).toHaveText('error', { timeout: 60_000 });
  const retry = page.getByTestId('section-data').getByRole('button', { name: 'Try again' });
  await retry.focus();
  await page.unroute('**/*.gz');
  await page.keyboard.press('Enter');
  await expect(retry).toHaveCount(0);
  await expect.poll(() => activeTestId(page)).toBe('dataset-status-region');
});

test('learning rate focused while the lessons above it load: the field stays in view', async ({ page }) => {
  await page.goto('./?lang=en&train=2000&test=500#train');
  const rate = page.getByTestId('section-train').getByRole('spinbutton', { name: 'learning rate' });
  await expect(rate).toBeVisible();
  await rate.focus();
  await expect(rate).toBeInViewport();
  const before = (await rate.boundingBox())!.y;
  // Above it: the dataset loads (samples and counts appear in the Data lesson) and the far lessons render.
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  await expect(page.getByTestId('section-data').getByTestId('sample').first()).toBeAttached();
  await page.waitForTimeout(1500);
  await expect(rate).toBeFocused();
  await expect(rate).toBeInViewport();
  const after = (await rate.boundingBox())!.y;
  expect(Math.abs(after - before)).toBeLessThan(200);
});

test('a control kept in view is let go when the student or a script scrolls away from it', async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  const logit = page.getByTestId('section-softmax').getByRole('spinbutton', { name: 'logit 1 value', exact: true });
  await logit.fill('-2');
  await logit.press('Enter');
  // A script's scroll (no wheel, no key): down to the Train lesson, past lessons that render on the way.
  await page.getByTestId('section-train').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await expect(logit).toBeFocused();
  await expect(logit).not.toBeInViewport();
  // The wheel, back up and down again.
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(800);
  await expect(logit).not.toBeInViewport();
});
