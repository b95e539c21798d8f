import { expect, test } from '@playwright/test';

const SECTIONS = ['classification', 'softmax', 'cross-entropy', 'train', 'mistakes'] as const;
const SIZES = [
  { name: 'desk', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const lang of ['en', 'ko'] as const) {
  for (const size of SIZES) {
    test(`shots ${lang} ${size.name}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const id of SECTIONS) {
        await page.goto(`./?lang=${lang}&theme=light&logits=1,2,3#${id}`);
        const snippet = page.getByTestId(`section-${id}`).getByTestId('python-snippet');
        await snippet.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `/tmp/shots-5251/${lang}-${size.name}-${id}-closed.png` });
        await snippet.locator('summary').click();
        await expect(snippet.getByTestId('python-output')).toBeVisible();
        await snippet.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await snippet.screenshot({ path: `/tmp/shots-5251/${lang}-${size.name}-${id}-open.png` });
      }
    });
  }
}
