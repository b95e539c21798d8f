import { expect, test, type Page } from '@playwright/test';

// The far-content boundary (src/ui/SectionShell.tsx, FarBoundary.tsx): lessons far away render
// when they come near or a jump targets them, and measure themselves once laid out.

/** For each display formula in the section, in view: [overflows its column, is focusable]. */
async function formulaFocusability(page: Page, id: string): Promise<Array<[boolean, boolean]>> {
  const formulas = page.getByTestId(`section-${id}`).locator('.formula-display');
  const result: Array<[boolean, boolean]> = [];
  for (let i = 0; i < (await formulas.count()); i++) {
    const formula = formulas.nth(i);
    await formula.scrollIntoViewIfNeeded();
    // Polled: the measurement lands in the ResizeObserver after the formula is laid out.
    await expect
      .poll(() =>
        formula.evaluate((el) => el.scrollWidth > el.clientWidth === (el.getAttribute('tabindex') === '0')),
        { message: `#${id} formula ${i}: focusable exactly when it overflows` },
      )
      .toBe(true);
    result.push(
      await formula.evaluate((el): [boolean, boolean] => [
        el.scrollWidth > el.clientWidth,
        el.getAttribute('tabindex') === '0',
      ]),
    );
  }
  return result;
}

const sections = (page: Page) =>
  page.locator('.app-header nav a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));

test('on a phone, every formula that overflows is focusable, after a drag and after jumps', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?lang=en&logits=1,2,3,0.5,-1,2.5,-0.5,1.5,0,-2#softmax');
  // A drag far above the cross-entropy lesson changes its formulas while it is skipped.
  const slider = page.getByRole('slider', { name: 'logit 1', exact: true });
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  let overflowing = 0;
  for (const id of await sections(page)) {
    await page.goto(`./?lang=en&logits=1000,2.5,-0.5,1.5,0,-2,3,0.5,-1,2#${id}`);
    // Attached first: a count of placeholders in a section not there yet would be 0 too.
    await expect(page.getByTestId(`section-${id}`)).toBeAttached();
    await expect(page.getByTestId(`section-${id}`).locator('.lesson-pending')).toHaveCount(0);
    overflowing += (await formulaFocusability(page, id)).filter(([wide]) => wide).length;
  }
  // The test means something only if some formulas do overflow at phone width.
  expect(overflowing).toBeGreaterThan(0);
});

test('a lesson jumped to by its hash is rendered and lands under the header', async ({ page }) => {
  // Not the last lesson: the page may end before the last one can reach the top.
  for (const id of ['train', 'cross-entropy', 'data']) {
    await page.goto(`./?lang=en#${id}`);
    const section = page.getByTestId(`section-${id}`);
    await expect(section).toBeAttached();
    await expect(section.locator('.lesson-pending')).toHaveCount(0);
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const header = document.querySelector('.app-header')!.getBoundingClientRect().bottom;
          const offset = document.getElementById(id)!.getBoundingClientRect().top - header;
          return offset >= 0 && offset < 40;
        }, id),
        { message: `#${id} lands just under the header` },
      )
      .toBe(true);
  }
});

test('every lesson is rendered ahead of the student soon after the first screen, with no scrolling', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./?lang=en');
  for (const id of await sections(page)) {
    await expect(page.getByTestId(`section-${id}`)).toBeAttached();
    await expect(page.getByTestId(`section-${id}`).locator('.lesson-pending')).toHaveCount(0, { timeout: 20_000 });
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(errors).toEqual([]);
});
