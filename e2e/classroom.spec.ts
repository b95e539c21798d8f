import { expect, test, type Page } from '@playwright/test';

// Classroom features (issue 8): languages, shareable links, presenter mode,
// themes, shortcuts, sub-path hosting and offline use.
const PORT = Number(process.env.PORT ?? 4173);
const SUBPATH = `http://127.0.0.1:${PORT + 1}/softmax-lab/`;

const softmax = (page: Page) => page.getByTestId('section-softmax');
const search = (page: Page) => new URL(page.url()).searchParams;

/** Softmax of z/τ, computed here independently of the app. */
function expectedProbs(logits: number[], tau = 1): string[] {
  const scaled = logits.map((z) => z / tau);
  const max = Math.max(...scaled);
  const exps = scaled.map((z) => Math.exp(z - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => (e / sum).toFixed(4));
}

test.describe('language', () => {
  test.use({ locale: 'en-US' });

  test('switching to Korean relabels the page and is remembered on reload', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
    await page.getByRole('combobox', { name: 'language' }).selectOption('ko');

    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1, name: '소프트맥스 랩' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: '단원' });
    await expect(nav.getByRole('link', { name: '교차 엔트로피' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '오분류' })).toBeVisible();
    await expect(page.getByRole('button', { name: '공유' })).toBeVisible();
    // The lessons follow: the softmax section's heading and its controls' labels.
    await expect(softmax(page).getByRole('heading', { level: 2, name: '소프트맥스' })).toBeVisible();
    await expect(softmax(page).getByText('클래스 수', { exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '소프트맥스 랩' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
  });

  test('a link that names a language keeps naming the one the student switched to', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.getByRole('combobox', { name: 'language' }).selectOption('ko');
    await expect.poll(() => search(page).get('lang')).toBe('ko');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '소프트맥스 랩' })).toBeVisible();
  });
});

test.describe('first visit in a Korean browser', () => {
  test.use({ locale: 'ko-KR' });
  test('follows the browser language', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: '소프트맥스 랩' })).toBeVisible();
  });
});

test('a shared link opens exactly its state', async ({ page }) => {
  const logits = [0.5, -1, 2, 4];
  await page.goto(
    './?lang=en&logits=0.5,-1,2,4&names=T-shirt%2C+top,bag,coat,boot&tau=2&true=2&lr=0.05&epochs=3&model=mlp&sections=softmax,cross-entropy,train',
  );
  await expect(softmax(page).getByRole('spinbutton', { name: 'number of classes' })).toHaveValue('4');
  await expect(softmax(page).getByRole('textbox', { name: 'class 1 name' })).toHaveValue('T-shirt, top');
  await expect(softmax(page).getByRole('textbox', { name: 'class 4 name' })).toHaveValue('boot');
  await expect(softmax(page).getByRole('spinbutton', { name: 'logit 4 value', exact: true })).toHaveValue('4');
  await expect(page.getByTestId('temperature-value')).toContainText('2');
  const probs = expectedProbs(logits, 2);
  for (const [i, p] of probs.entries()) await expect(page.getByTestId(`prob-${i + 1}`)).toHaveText(p);
  await expect(page.getByTestId('section-cross-entropy').getByRole('combobox', { name: 'true class' })).toHaveValue('2');
  // Only the linked sections, in the page and in the navigation.
  await expect(page.getByTestId('section-data')).toHaveCount(0);
  await expect(page.getByTestId('section-mistakes')).toHaveCount(0);
  const train = page.getByTestId('section-train');
  await expect(train.getByRole('spinbutton', { name: 'learning rate' })).toHaveValue('0.05');
  await expect(train.getByRole('spinbutton', { name: 'epochs' })).toHaveValue('3');
  await expect(train.getByRole('combobox', { name: 'model' })).toHaveValue('mlp');
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link')).toHaveCount(3);
});

test('the address follows the playground without flooding the history, and keeps the hash', async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  const historyLength = await page.evaluate(() => history.length);
  const box = softmax(page).getByRole('spinbutton', { name: 'logit 1 value', exact: true });
  for (const value of ['1.5', '2', '2.5', '-3']) await box.fill(value);
  await softmax(page).getByRole('textbox', { name: 'class 2 name' }).fill('hen, young');

  await expect.poll(() => search(page).get('logits')).toBe('-3,2,3');
  await expect.poll(() => search(page).get('names')).toBe('cat,hen, young,dog');
  expect(new URL(page.url()).hash).toBe('#softmax');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // Training settings follow too.
  const train = page.getByTestId('section-train');
  await train.getByRole('spinbutton', { name: 'epochs' }).fill('4');
  await train.getByRole('spinbutton', { name: 'epochs' }).press('Enter');
  await expect.poll(() => search(page).get('epochs')).toBe('4');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // The address is itself the link: a fresh page opens the same state.
  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await expect(softmax(fresh).getByRole('spinbutton', { name: 'logit 1 value', exact: true })).toHaveValue('-3');
  await expect(softmax(fresh).getByRole('textbox', { name: 'class 2 name' })).toHaveValue('hen, young');
  for (const [i, p] of expectedProbs([-3, 2, 3]).entries()) await expect(fresh.getByTestId(`prob-${i + 1}`)).toHaveText(p);
  await expect(fresh.getByTestId('section-train').getByRole('spinbutton', { name: 'epochs' })).toHaveValue('4');
});

test('share: copy the link, a QR code of it, and a choice of sections', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?lang=en&tau=0.5');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this lesson' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('checkbox', { name: 'Classification' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Data' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Mistakes' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Calibration' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Draw' }).uncheck();
  await expect(page.getByTestId('section-data')).toHaveCount(0);
  const link = await dialog.getByRole('textbox', { name: 'link' }).inputValue();
  expect(new URL(link).searchParams.get('sections')).toBe('softmax,cross-entropy,train');
  expect(new URL(link).searchParams.get('tau')).toBe('0.5');
  expect(new URL(link).searchParams.get('lang')).toBe('en');

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByTestId('copy-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const qr = dialog.getByRole('img', { name: 'QR code of the link' });
  await expect(qr).toHaveAttribute('data-qr-text', link);
  await expect(qr.locator('svg path').first()).toBeAttached();

  // Unchecking the last section is refused with a message.
  for (const name of ['Softmax', 'Cross-entropy']) await dialog.getByRole('checkbox', { name }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Train' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Keep at least one section.');
  await expect(dialog.getByRole('checkbox', { name: 'Train' })).toBeChecked();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();

  const opened = await context.newPage();
  await opened.goto(link);
  await expect(opened.getByTestId('section-mistakes')).toHaveCount(0);
  await expect(opened.getByTestId('section-softmax')).toBeVisible();
});

test('presenter mode and themes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?lang=en');
  const html = page.locator('html');
  // No choice made yet: the system's dark preference rules.
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const rootFont = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normalFont = await rootFont();

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(html).toHaveAttribute('data-presenter', 'true');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(await rootFont()).toBeGreaterThan(normalFont * 1.3);
  await expect.poll(() => search(page).get('presenter')).toBe('1');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(html).toHaveAttribute('data-presenter', 'true');

  await page.goto('./?lang=en&presenter=0&theme=dark');
  await expect(html).toHaveAttribute('data-presenter', 'false');
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('header links land each section under the header with its content rendered, even after off-screen lessons changed', async ({ page }) => {
  // Presenter mode: every panel is taller than its estimate, the case where skipped panels could mislead a jump.
  await page.goto('./?lang=en&presenter=1#softmax');
  const count = softmax(page).getByRole('spinbutton', { name: 'number of classes' });
  await count.fill('10');
  await count.press('Enter');
  await expect(page.getByTestId('prob-10')).toBeVisible();
  const offsetUnderHeader = (id: string) =>
    page.evaluate((id) => {
      const header = document.querySelector('.app-header')!.getBoundingClientRect().bottom;
      return Math.round(document.getElementById(id)!.getBoundingClientRect().top - header);
    }, id);
  const ids = await page.locator('.app-header nav a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
  expect(ids.length).toBeGreaterThanOrEqual(5);
  for (const id of [...ids.slice(1).reverse(), ...ids]) {
    await page.locator(`.app-header a[href="#${id}"]`).click();
    // The jump ends with the section's top just under the header: not short of it, not past it.
    const landed = async () => {
      const offset = await offsetUnderHeader(id);
      return offset >= 0 && offset < 40;
    };
    await expect.poll(landed, { message: `#${id} lands just under the header` }).toBe(true);
    // And stays there: the scroll has ended, it was not passing through.
    await page.waitForTimeout(300);
    expect(await landed()).toBe(true);
    // Its content is there, not a placeholder waiting to render.
    await expect(page.getByTestId(`section-${id}`)).toBeAttached();
    await expect(page.getByTestId(`section-${id}`).locator('.lesson-pending')).toHaveCount(0);
    await expect(page.getByTestId(`section-${id}`)).toBeFocused();
  }
});

test('keyboard shortcuts: help overlay, section navigation, not while typing', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(softmax(page)).toBeVisible();

  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('cell', { name: 'Next section' })).toBeVisible();
  // Focus stays inside the dialog however far the student tabs.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await help.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The page opens on the first lesson, Classification.
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#softmax$/);
  await expect(softmax(page)).toBeInViewport();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#cross-entropy$/);
  await expect(page.getByTestId('section-cross-entropy')).toBeInViewport();
  await page.keyboard.press('b');
  await expect(page).toHaveURL(/#softmax$/);

  // Typing in a field types; it does not navigate.
  const name = softmax(page).getByRole('textbox', { name: 'class 1 name' });
  await name.fill('');
  await name.pressSequentially('bn?');
  await expect(name).toHaveValue('bn?');
  await expect(page).toHaveURL(/#softmax$/);
  await expect(help).toBeHidden();
});

test('keyboard shortcuts drive training: P starts and pauses, R resets', async ({ page }) => {
  // In Korean: the shortcut finds the buttons by their Korean labels.
  await page.goto('./?lang=ko&train=1000&test=200&epochs=50#train');
  const status = page.getByTestId('train-status');
  await expect(status).toHaveText('idle');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(status).toHaveText(/loading|training/);
  await expect(status).toHaveText('training', { timeout: 60_000 });
  await page.keyboard.press('p');
  await expect(status).toHaveText('paused');
  await page.keyboard.press('r');
  await expect(status).toHaveText('idle');
});

test('works from a sub-path: interactive, and the dataset loads from there', async ({ page }) => {
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('fashion-mnist')) dataRequests.push(r.url());
  });
  await page.goto(`${SUBPATH}?lang=en`);
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
  await softmax(page).getByRole('spinbutton', { name: 'logit 1 value', exact: true }).fill('3');
  await softmax(page).getByRole('spinbutton', { name: 'logit 1 value', exact: true }).press('Enter');
  for (const [i, p] of expectedProbs([3, 2, 3]).entries()) await expect(page.getByTestId(`prob-${i + 1}`)).toHaveText(p);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Data' }).click();
  await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
  expect(dataRequests.length).toBeGreaterThan(0);
  for (const url of dataRequests) expect(url).toContain('/softmax-lab/data/fashion-mnist/');
});

test('keeps working offline once loaded', async ({ page, context }) => {
  await page.goto(`${SUBPATH}?lang=en`);
  await expect(softmax(page)).toBeVisible();
  // The service worker takes control and caches what the page loaded.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  await page.waitForFunction(
    async () => {
      const cache = await caches.open('softmax-lab-v2');
      const keys = (await cache.keys()).map((r) => r.url);
      return keys.some((u) => u.endsWith('.js')) && keys.some((u) => u.endsWith('.css')) && keys.some((u) => u.includes('/softmax-lab/?'));
    },
    undefined,
    { timeout: 30_000 },
  );

  await context.setOffline(true);
  await page.goto(`${SUBPATH}?lang=en&logits=1,1,4`);
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
  for (const [i, p] of expectedProbs([1, 1, 4]).entries()) await expect(page.getByTestId(`prob-${i + 1}`)).toHaveText(p);
  await softmax(page).getByRole('spinbutton', { name: 'logit 1 value', exact: true }).fill('4');
  await softmax(page).getByRole('spinbutton', { name: 'logit 1 value', exact: true }).press('Enter');
  for (const [i, p] of expectedProbs([4, 1, 4]).entries()) await expect(page.getByTestId(`prob-${i + 1}`)).toHaveText(p);
  await context.setOffline(false);
});
