import { expect, test, type Page } from '@playwright/test';

/** The reference formula, written again here so the test does not trust the app's own code. */
function softmax(logits: number[], tau = 1): number[] {
  const scaled = logits.map((z) => z / tau);
  const m = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - m));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

const fixed4 = (x: number) => (x.toFixed(4) === '-0.0000' ? '0.0000' : x.toFixed(4));

const section = (page: Page) => page.getByTestId('section-softmax');
const logitSlider = (page: Page, i: number) => section(page).getByRole('slider', { name: `logit ${i}`, exact: true });
const logitBox = (page: Page, i: number) => section(page).getByRole('spinbutton', { name: `logit ${i} value`, exact: true });

async function readLogits(page: Page): Promise<number[]> {
  const count = Number(await section(page).getByRole('spinbutton', { name: 'number of classes' }).inputValue());
  const values: number[] = [];
  for (let i = 1; i <= count; i++) values.push(Number(await logitBox(page, i).inputValue()));
  return values;
}

/** Every prob-i and prob-sum must equal the reference softmax of the logits shown in the boxes. */
async function expectProbabilities(page: Page, tau = 1) {
  const logits = await readLogits(page);
  const expected = softmax(logits, tau);
  for (let i = 0; i < expected.length; i++) {
    await expect(page.getByTestId(`prob-${i + 1}`)).toHaveText(fixed4(expected[i]!));
  }
  await expect(page.getByTestId('prob-sum')).toHaveText('1.0000');
  return expected;
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
});

test('the contract hooks exist and show softmax([1, 2, 3])', async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  await expect(section(page).getByRole('spinbutton', { name: 'number of classes' })).toHaveValue('3');
  for (const i of [1, 2, 3]) {
    await expect(logitSlider(page, i)).toBeVisible();
    await expect(logitBox(page, i)).toHaveValue(String(i));
    await expect(section(page).getByRole('textbox', { name: `class ${i} name` })).toBeVisible();
  }
  await expect(page.getByTestId('prob-1')).toHaveText('0.0900');
  await expect(page.getByTestId('prob-2')).toHaveText('0.2447');
  await expect(page.getByTestId('prob-3')).toHaveText('0.6652');
  await expect(page.getByTestId('prob-sum')).toHaveText('1.0000');
  await expect(section(page).getByRole('slider', { name: 'temperature' })).toBeVisible();
  await expect(page.getByTestId('temperature-value')).toHaveText('1.0000');
  await expect(section(page).getByRole('checkbox', { name: 'stable softmax' })).toBeChecked();
  await expect(page.getByTestId('softmax-formula').locator('.katex').first()).toBeVisible();
  await expect(page.getByTestId('softmax-formula')).toContainText('30.1929');
  await expect(section(page).getByRole('group', { name: /Probability of each class/ })).toBeVisible();
});

test('dragging a logit slider with the mouse updates every probability', async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  const slider = logitSlider(page, 1);
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  const logit = Number(await logitBox(page, 1).inputValue());
  expect(logit).toBeGreaterThan(3);
  expect(logit).toBeLessThanOrEqual(10);
  const probs = await expectProbabilities(page);
  expect(probs[0]).toBeGreaterThan(probs[2]!);
  await expect(page.getByTestId('softmax-formula')).toContainText(fixed4(probs[0]!));
});

/** A formula's markup with attributes sorted, so two renderings compare by content, not by edit history. */
async function formulaMarkup(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).evaluateAll((roots) =>
    roots.map((root) => {
      const walk = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
        if (!(node instanceof Element)) return '';
        // React's useId numbers elements in mount order, which depends on when each lesson rendered.
        const attrs = [...node.attributes]
          .map((a) => `${a.name}="${a.value.replace(/_r_[0-9a-z]+_/g, '_r_')}"`)
          .sort()
          .join(' ');
        return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
      };
      return walk(root);
    }),
  );
}

test('formulas updated in place while dragging match a fresh rendering of the same logits', async ({ page }) => {
  // Ten classes and a sweep across zero: numbers change sign and length, so the formulas change shape too.
  await page.goto('./?lang=en&logits=1,2,3,0.5,-1,2.5,-0.5,1.5,0,-2#softmax');
  const slider = logitSlider(page, 1);
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 4, y, { steps: 25 });
  await page.mouse.move(box.x + box.width * 0.37, y, { steps: 25 });
  await page.mouse.up();
  const logits = await readLogits(page);
  await expectProbabilities(page);

  const fresh = await page.context().newPage();
  await fresh.goto(`./?lang=en&logits=${logits.join(',')}#softmax`);
  await expect(fresh.getByTestId('prob-10')).toHaveText(fixed4(softmax(logits)[9]!));
  // Formulas far off screen (the cross-entropy lesson's) catch up when the page goes idle, and are
  // measured (overflowing: focusable) once laid out: compared in view, in both pages.
  for (const id of ['softmax-formula', 'ce-formula']) {
    for (const p of [fresh, page]) await p.getByTestId(id).last().scrollIntoViewIfNeeded();
    await expect.poll(() => formulaMarkup(fresh, id)).toEqual(await formulaMarkup(page, id));
    await expect.poll(() => formulaMarkup(page, id)).toEqual(await formulaMarkup(fresh, id));
  }
  await fresh.close();
});

test('the keyboard moves a logit by 0.1 per arrow press', async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  const slider = logitSlider(page, 2);
  await slider.focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
  await expect(logitBox(page, 2)).toHaveValue('2.5');
  await expect(slider).toHaveAttribute('aria-valuetext', '2.5000');
  await expectProbabilities(page);
  await page.keyboard.press('Home');
  await expect(logitBox(page, 2)).toHaveValue('-10');
  await expectProbabilities(page);
});

test('typed values: valid ones apply, invalid ones raise an alert and keep the last value', async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  const box = logitBox(page, 1);
  // A typed value applies when the student finishes it: Enter (or leaving the box).
  await box.fill('4.5');
  await box.press('Enter');
  await expectProbabilities(page);
  await expect(page.getByTestId('prob-1')).toHaveText(fixed4(softmax([4.5, 2, 3])[0]!));

  for (const bad of ['', '2000', '-1001']) {
    await box.fill(bad);
    await expect(section(page).getByRole('alert')).toBeVisible();
    await expect(page.getByTestId('prob-1')).toHaveText(fixed4(softmax([4.5, 2, 3])[0]!));
  }
  await box.pressSequentially('abc');
  await expect(section(page).getByRole('alert')).toBeVisible();
  await box.fill('-1000');
  await box.press('Enter');
  await expect(section(page).getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('prob-1')).toHaveText('0.0000');

  const count = section(page).getByRole('spinbutton', { name: 'number of classes' });
  await count.fill('11');
  await expect(section(page).getByRole('alert')).toContainText('10');
  await expect(page.getByTestId('prob-4')).toHaveCount(0);
  await count.fill('10');
  await count.blur();
  await expect(page.getByTestId('prob-10')).toBeVisible();
  await expectProbabilities(page);
  await expect(section(page).getByRole('textbox', { name: 'class 10 name' })).toHaveValue('Ankle boot');
});

test('the overflow lesson: naive gives NaN for [1000, 999, 0], stable gives the right answer', async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  await section(page).getByRole('button', { name: 'Load the logits 1000, 999, 0' }).click();
  await expect(logitBox(page, 1)).toHaveValue('1000');
  await expect(page.getByTestId('prob-1')).toHaveText('0.7311');
  await expect(page.getByTestId('prob-2')).toHaveText('0.2689');
  await expect(page.getByTestId('prob-3')).toHaveText('0.0000');

  const stable = section(page).getByRole('checkbox', { name: 'stable softmax' });
  await stable.uncheck();
  await expect(page.getByTestId('prob-1')).toHaveText('NaN');
  await expect(page.getByTestId('prob-2')).toHaveText('NaN');
  await expect(page.getByTestId('prob-3')).toHaveText('0.0000');
  await expect(page.getByTestId('prob-sum')).toHaveText('NaN');
  await expect(section(page).getByText('Infinity / Infinity is NaN').first()).toBeVisible();

  await stable.check();
  await expect(page.getByTestId('prob-1')).toHaveText('0.7311');
  await expect(page.getByTestId('prob-sum')).toHaveText('1.0000');
});

test('temperature: the log-scale slider reaches 0.05 and 20, and the probabilities follow softmax(z/τ)', async ({ page }) => {
  await page.goto('./?lang=en&logits=0.5,1.2,-0.3,2#softmax');
  const tau = section(page).getByRole('slider', { name: 'temperature' });
  await tau.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('temperature-value')).toHaveText('0.0500');
  await expectProbabilities(page, 0.05);
  await page.keyboard.press('End');
  await expect(page.getByTestId('temperature-value')).toHaveText('20.0000');
  const hot = await expectProbabilities(page, 20);
  for (const p of hot) expect(Math.abs(p - 0.25)).toBeLessThan(0.02);
  await page.keyboard.press('ArrowLeft');
  const shown = Number(await page.getByTestId('temperature-value').textContent());
  expect(shown).toBeGreaterThan(19);
  expect(shown).toBeLessThan(20);
  await expectProbabilities(page, shown);
});

test('class names are shown literally: no HTML, no TeX commands', async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  const evilHtml = '<img src=x onerror=alert(1)>';
  const evilTex = '\\href{javascript:alert(1)}{x}';
  await section(page).getByRole('textbox', { name: 'class 1 name' }).fill(evilHtml);
  await section(page).getByRole('textbox', { name: 'class 2 name' }).fill(evilTex);
  const formula = page.getByTestId('softmax-formula');
  await formula.getByRole('combobox').selectOption('0');
  await expect(formula.locator('.katex-html').nth(1)).toContainText(evilHtml);
  await formula.getByRole('combobox').selectOption('1');
  await expect(formula.locator('.katex-html').nth(1)).toContainText('href{javascript:alert(1)}{x}');
  await expect(section(page).locator('table.softmax-table')).toContainText(evilHtml);
  await expect(section(page).locator('table.softmax-table')).toContainText(evilTex);
  await expect(section(page).locator('img')).toHaveCount(0);
  await expect(section(page).locator('a[href^="javascript"], [href*="javascript"]')).toHaveCount(0);
  await section(page).getByRole('textbox', { name: 'class 1 name' }).fill('');
  await expect(section(page).getByRole('alert')).toBeVisible();
  await expect(section(page).locator('table.softmax-table')).toContainText(evilHtml);
});

test('the Korean page keeps every hook', async ({ page }) => {
  await page.goto('./?lang=ko#softmax');
  await expect(section(page).getByRole('heading', { name: '소프트맥스', level: 2 })).toBeVisible();
  await expect(page.getByTestId('prob-1')).toHaveText('0.0900');
  await expect(page.getByTestId('prob-sum')).toHaveText('1.0000');
  await expect(page.getByTestId('temperature-value')).toHaveText('1.0000');
  await expect(page.getByTestId('softmax-formula').locator('.katex').first()).toBeVisible();
  await expect(section(page).getByRole('checkbox', { name: '안정적인 소프트맥스' })).toBeChecked();
  await expect(section(page).getByRole('textbox', { name: '클래스 1 이름' })).toHaveValue('고양이');
});

test('one notation: o for the logits, q for the classes, and a link to the notation box', async ({ page }) => {
  await page.goto('./?lang=en&logits=1,2,3#softmax');
  // The formulas' TeX, from KaTeX's MathML annotation, once they have rendered.
  const annotations = page.getByTestId('softmax-formula').locator('annotation');
  await expect(annotations.first()).toBeAttached();
  const tex = (await annotations.allTextContents()).join(' ');
  expect(tex).toContain('\\exp(o_j/\\tau)');
  expect(tex).toContain('\\sum_{k=1}^{q}');
  expect(tex).not.toMatch(/z_|\\mathbf\{z\}/);
  await section(page).getByRole('link', { name: /^Notation/ }).click();
  await expect(page.locator('#notation')).toBeInViewport();
  await expect(page.locator('#notation')).toContainText('Some texts write z');
});

test('tied largest logits split the probability as τ → 0', async ({ page }) => {
  await page.goto('./?lang=en&logits=3,1,3#softmax');
  await expect(section(page).locator('.limits')).toContainText('the 2 largest logits tie (cat, dog)');
  await expect(section(page).locator('.limits')).toContainText('1/2 = 0.5000 each');
  await logitBox(page, 3).fill('2');
  await logitBox(page, 3).press('Enter');
  await expect(section(page).locator('.limits')).toContainText('all probability on the largest logit (cat)');
});
