import { expect, test, type Page } from '@playwright/test';

/**
 * A link can carry anything: whatever it holds, the page renders, shows no
 * script error, and does not grow wider than the window. A fixed list (not
 * random), so a failure names its link.
 */
const LONG = 'x'.repeat(10_000);
const NASTY_LINKS = [
  '?true=3',
  '?true=9',
  '?true=2&preset=fashion',
  '?true=3&names=a,b,c',
  '?logits=1,2&true=2',
  '?logits=1,2&names=a,b,c&true=2',
  '#%',
  '#%E0%A4%A',
  '#%ZZ',
  '#train%',
  '#<script>alert(1)</script>',
  `#${'a'.repeat(5000)}`,
  '?preset=nonexistent',
  `?names=${LONG},b`,
  `?tau=${'9'.repeat(10_000)}`,
  `?lr=${LONG}`,
  '?logits=1e308,1',
  '?logits=%',
  '?logits=1,2,3,4,5,6,7,8,9,10,11',
  '?logits=,,,',
  '?names=%E0%A4%A,b',
  '?names=%ED%A0%80,b',
  '?names=%00,%01',
  '?names=<img src=x onerror=alert(1)>,b',
  '?%=%',
  '?&&&=&=',
  '?lang=xx',
  '?lang=ko&true=3#%E0%A4%A',
  '?sections=',
  '?sections=softmax,,',
  '?sections=__proto__',
  '?tau=1e-400',
  '?presenter=2&theme=<script>',
  '?lr=1e400&batch=999999999999999999999&epochs=NaN',
  '?seed=-0&train=0x10&test=-1',
  '?constructor=1&__proto__=1&toString=x',
  '?preset=fashion&logits=1,2,3,4,5,6,7,8,9,10&true=9',
  `?${'a=1&'.repeat(500)}tau=2`,
  '?names=a%2Cb,c&logits=1,2',
  '?logits=-1000,1000&true=1&tau=0.05',
] as const;

async function expectRendered(page: Page, link: string) {
  await expect(page.getByRole('heading', { level: 1 }), link).toBeVisible();
  await expect(page.locator('[data-testid^="section-"]').first(), link).toBeAttached();
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `${link} widens the page`).toBeLessThanOrEqual(innerWidth);
}

test('a few dozen malformed, hostile and oversized links each render the page without a script error', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const link of NASTY_LINKS) {
    const [query = '', hash = ''] = link.split('#') as [string?, string?];
    const url = `./${query.startsWith('?') ? `${query}&lang=en` : '?lang=en'}${link.includes('#') ? `#${hash}` : ''}`;
    await page.goto(url);
    await expectRendered(page, link);
    expect(errors, link).toEqual([]);
  }
});

test('?true=3 is dropped with a notice; the playground keeps its three classes', async ({ page }) => {
  await page.goto('./?lang=en&true=3');
  await expect(page.getByTestId('url-notice')).toContainText('true=3');
  await expect(page.getByTestId('prob-3')).toBeVisible();
  await expect(page.getByTestId('prob-4')).toHaveCount(0);
});

test('?preset=nonexistent is dropped with a notice like every other parameter', async ({ page }) => {
  await page.goto('./?lang=en&preset=nonexistent');
  await expect(page.getByTestId('url-notice')).toContainText('preset=nonexistent');
  await expect(page.getByTestId('section-softmax')).toBeVisible();
});

test('#% and #%E0%A4%A open the page at its top', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const hash of ['#%', '#%E0%A4%A']) {
    await page.goto(`./?lang=en${hash}`);
    await expect(page.getByTestId('section-softmax')).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a 10,000-character value is quoted shortened, and its notice wraps inside the window', async ({ page }) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`./?lang=en&tau=${'9'.repeat(10_000)}`);
    const notice = page.getByTestId('url-notice');
    await expect(notice).toContainText('tau=999');
    await expect(notice).toContainText('…');
    const text = (await notice.textContent()) ?? '';
    expect(text.length).toBeLessThan(200);
    const box = await notice.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  }
});
