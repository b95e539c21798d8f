import { expect, test, type Page } from '@playwright/test';

// The first screen written into index.html at build time (src/app/FirstScreen.tsx,
// scripts/first-screen-plugin.ts): readable before the app's code arrives, in the
// student's language and theme, and where the app will draw the same text.
test.skip(process.env.E2E_DEV === '1', 'the dev server serves the page without the built first screen');

/** Holds back the app's code: the page shows only what index.html holds. */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const shown = (page: Page) => page.locator('.first-screen:visible');

test('before the app starts: the first lesson in the link’s language and theme, inert', async ({ page }) => {
  await holdApp(page);
  await page.goto('./?lang=ko&theme=dark', { waitUntil: 'commit' });
  await expect(shown(page)).toHaveCount(1);
  await expect(shown(page)).toHaveAttribute('lang', 'ko');
  await expect(shown(page).locator('h2')).toHaveText('분류');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Nothing in it takes focus or a click before the app is there to handle it.
  await expect(shown(page)).toHaveAttribute('inert', '');
  // Hidden from assistive technology and from role queries: the app's page is the one to use.
  await expect(page.getByRole('heading', { name: '분류' })).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('before the app starts: a language chosen earlier, and no first lesson when the link leaves it out', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('softmax-lab.lang', 'ko'));
  await holdApp(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(shown(page)).toHaveCount(1); // once the stylesheet has hidden the other language
  await expect(shown(page).locator('h2')).toHaveText('분류');

  await page.goto('./?lang=en&sections=softmax,train', { waitUntil: 'commit' });
  await expect(shown(page)).toHaveCount(1);
  await expect(shown(page).locator('.brand-name')).toHaveText('Softmax Lab');
  await expect(shown(page).locator('h2')).toBeHidden();
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`the app replaces the first screen without moving its text (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const release = await holdApp(page);
    await page.goto('./?lang=ko', { waitUntil: 'commit' });
    await expect(shown(page)).toHaveCount(1);
    const places = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.app-header .brand-name, h2.lesson-title, p.lesson-lead')]
          .filter((element) => element.offsetParent !== null)
          .slice(0, 3)
          .map((element) => {
            const box = element.getBoundingClientRect();
            return [element.textContent, Math.round(box.left), Math.round(box.top), Math.round(box.width)];
          }),
      );
    await expect(shown(page).locator('h2')).toBeVisible();
    const before = await places();
    release();
    await expect(page.getByTestId('section-classification')).toBeVisible();
    await expect(page.locator('.first-screen')).toHaveCount(0);
    expect(await places()).toEqual(before);
  });
}
