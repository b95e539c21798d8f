import { expect, test } from '@playwright/test';

const SHOTS = [
  ['en', 1280, 800, 'cross-entropy'],
  ['ko', 1280, 800, 'classification'],
  ['ko', 390, 844, 'train'],
  ['en', 390, 844, 'mistakes'],
  ['ko', 390, 844, 'softmax'],
] as const;

test('shots', async ({ page }) => {
  test.setTimeout(400_000);
  for (const [lang, width, height, id] of SHOTS) {
    await page.setViewportSize({ width, height });
    await page.goto(`./?lang=${lang}&theme=light&logits=1,2,3#${id}`);
    const snippet = page.getByTestId(`section-${id}`).getByTestId('python-snippet');
    await snippet.locator('summary').click();
    await expect(snippet.getByTestId('python-output')).toBeVisible();
    await snippet.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await snippet.screenshot({ path: `/tmp/shots-5251/v2-${lang}-${width}-${id}.png` });
    await page.screenshot({ path: `/tmp/shots-5251/v2-${lang}-${width}-${id}-page.png` });
  }
});
