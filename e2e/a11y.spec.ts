import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Automated WCAG 2 A/AA audit (axe-core) of every section in both languages,
// plus the shell, its dialogs and the dark theme. Serious and critical
// violations fail; the message names the rule and the elements.
const SECTIONS = ['classification', 'softmax', 'cross-entropy', 'data', 'train', 'mistakes', 'calibration', 'draw'] as const;
const LANGS = ['en', 'ko'] as const;

async function audit(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}  ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, `axe violations in ${include}`).toEqual([]);
  return results;
}

for (const lang of LANGS) {
  test.describe(`axe audit (${lang})`, () => {
    for (const id of SECTIONS) {
      test(`section ${id}`, async ({ page }) => {
        await page.goto(`./?lang=${lang}&theme=light#${id}`);
        const section = page.getByTestId(`section-${id}`);
        await expect(section).toBeVisible();
        // Let the lesson settle (charts measure themselves, lazy parts mount).
        await page.waitForLoadState('networkidle');
        const results = await audit(page, `[data-testid="section-${id}"]`);
        expect(results.passes.length).toBeGreaterThan(0);
      });
    }

    test('the whole page in the dark theme and presenter mode', async ({ page }) => {
      await page.goto(`./?lang=${lang}&theme=dark&presenter=1`);
      await expect(page.getByTestId('section-softmax')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await audit(page, 'body');
    });

    test('header, share dialog and shortcut list', async ({ page }) => {
      await page.goto(`./?lang=${lang}&theme=light`);
      await audit(page, '.app-header');
      await page.getByRole('button', { name: lang === 'en' ? 'Share' : '공유' }).click();
      await expect(page.getByTestId('share-dialog')).toBeVisible();
      await expect(page.getByTestId('share-qr').locator('svg')).toBeAttached();
      await audit(page, '[data-testid="share-dialog"]');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Shift+Slash');
      await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
      await audit(page, '[data-testid="shortcuts-dialog"]');
    });
  });
}

test('every control on the page is labelled and keyboard-focusable with a visible focus ring', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.waitForLoadState('networkidle');
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('input, select, textarea, button');
    for (const el of controls) {
      if (el.closest('dialog:not([open])') || el.getAttribute('type') === 'hidden') continue;
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
        if (el.labels?.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')) {
          found.push(`unlabelled ${el.outerHTML.slice(0, 120)}`);
        }
      }
      if (el.tabIndex < 0 && !(el as HTMLButtonElement).disabled) found.push(`not focusable ${el.outerHTML.slice(0, 120)}`);
    }
    return found;
  });
  expect(problems).toEqual([]);

  // Tab to the first few controls: each shows an outline.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'none';
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline, `focus ring on tab stop ${i + 1}`).toMatch(/^(solid|auto) [1-9]/);
  }
});
