import { expect, test } from '@playwright/test';
test('probe', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?lang=en&train=2000&test=500#train');
  const rate = page.getByTestId('section-train').getByRole('spinbutton', { name: 'learning rate' });
  await expect(rate).toBeVisible();
  await rate.focus();
  await page.evaluate(() => {
    const w = window as any; w.plog = [];
    const el = document.activeElement!;
    const rec = (why: string) => w.plog.push([Math.round(performance.now()), why, Math.round(window.scrollY), Math.round(el.getBoundingClientRect().top), document.documentElement.scrollHeight, document.getElementById('data')?.getBoundingClientRect().height|0]);
    window.addEventListener('scroll', () => rec('scroll'));
    new ResizeObserver(() => rec('resize')).observe(document.body);
    rec('start');
  });
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  await page.waitForTimeout(3000);
  const log = await page.evaluate(() => (window as any).plog);
  for (const l of log) console.log(JSON.stringify(l));
});
