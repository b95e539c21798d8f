import { expect, test } from '@playwright/test';

const OUT = '/tmp/h5241/shots';
test.use({ viewport: { width: 1280, height: 800 } });

test('shots', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./?lang=ko&logits=3,1,3#softmax');
  const f = page.getByTestId('softmax-formula');
  await expect(f.locator('annotation').first()).toBeAttached({ timeout: 120_000 });
  await f.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${OUT}/ko-softmax-formula.png` });
  await page.locator('.temperature-panel').scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}/ko-softmax-temperature-tie.png` });
  await page.locator('.logit-row').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/ko-softmax-top.png` });

  await page.goto('./?lang=ko&logits=1,2,3&true=0#cross-entropy');
  const s = page.getByTestId('section-cross-entropy');
  await expect(s.getByTestId('ce-formula').locator('.katex').first()).toBeVisible({ timeout: 120_000 });
  await page.screenshot({ path: `${OUT}/ko-ce-top.png` });
  await s.getByTestId('ce-formula').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/ko-ce-loss-formula.png` });
  await s.getByRole('heading', { level: 3, name: /기울기\(그래디언트\)/ }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/ko-ce-gradient.png` });
  await s.getByRole('radio', { name: '소프트 레이블' }).check();
  await s.getByRole('heading', { level: 3, name: /기울기\(그래디언트\)/ }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/ko-ce-gradient-soft.png` });

  await page.goto('./?lang=ko#classification');
  await page.getByTestId('section-classification').getByRole('link', { name: /기호 표기/ }).click();
  await expect(page.locator('#notation')).toBeInViewport();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}/ko-notation.png` });
  expect(await page.title()).toBe('소프트맥스 랩');
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect.poll(() => page.title()).toBe('Softmax Lab');
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}/en-notation.png` });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?lang=ko&sections=softmax,cross-entropy#cross-entropy');
  const link = page.getByTestId('section-cross-entropy').getByRole('link', { name: /기호 표기/ });
  await link.click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}/ko-phone-inline-notation.png` });
  await page.locator('.app-footer').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/ko-phone-footer.png` });
});
