import { expect, test, type Page } from '@playwright/test';

/** The reference formulas, written again here so the test does not trust the app's own code. */
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
function softmax(logits: number[]): number[] {
  const m = Math.max(...logits);
  const exps = logits.map((o) => Math.exp(o - m));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
const sigmoidSum = (logits: number[]) => logits.reduce((sum, o) => sum + logistic(o), 0).toFixed(4);

const section = (page: Page) => page.getByTestId('section-classification');
const softmaxSection = (page: Page) => page.getByTestId('section-softmax');
const logitBox = (page: Page, i: number) => softmaxSection(page).getByRole('spinbutton', { name: `logit ${i} value`, exact: true });
/** The lessons load lazily (their own chunks); a cold dev server can take a while to send them. */
const LOAD = { timeout: 60_000 };
const networkSwitch = (page: Page) => section(page).getByRole('checkbox', { name: 'take the logits from this network' });

/** The logits as the Softmax lesson's number boxes show them. */
async function readLogits(page: Page): Promise<number[]> {
  const count = Number(await softmaxSection(page).getByRole('spinbutton', { name: 'number of classes' }).inputValue());
  const values: number[] = [];
  for (let i = 1; i <= count; i++) values.push(Number(await logitBox(page, i).inputValue()));
  return values;
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
});

test('the first lesson: before Softmax on the page and in the navigation', async ({ page }) => {
  await page.goto('./?lang=en#classification');
  await expect(section(page).getByRole('heading', { level: 2, name: 'Classification' })).toBeVisible();
  await expect(section(page)).toBeInViewport();
  const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
  await expect(links.first()).toHaveText('Classification');
  await expect(links.nth(1)).toHaveText('Softmax');
  const order = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid^="section-"]'), (el) => el.getAttribute('data-testid')),
  );
  expect(order.indexOf('section-classification')).toBe(0);
  expect(order.indexOf('section-softmax')).toBe(1);
});

test('label class picks a class and the one-hot vector follows', async ({ page }) => {
  await page.goto('./?lang=en#classification');
  const select = section(page).getByRole('combobox', { name: 'label class' });
  // The lecture's example: chicken is (0, 1, 0).
  await expect(select).toHaveValue('1', LOAD);
  for (const [i, v] of ['0', '1', '0'].entries()) await expect(page.getByTestId(`onehot-${i + 1}`)).toHaveText(v);
  await expect(page.getByTestId('onehot-4')).toHaveCount(0);

  for (const chosen of [0, 2, 1]) {
    await select.selectOption(String(chosen));
    for (let i = 0; i < 3; i++) await expect(page.getByTestId(`onehot-${i + 1}`)).toHaveText(i === chosen ? '1' : '0');
  }
  // By its visible label too, from the keyboard.
  await select.focus();
  await page.keyboard.press('End');
  await expect(select).toHaveValue('2');
  await expect(page.getByTestId('onehot-3')).toHaveText('1');

  // q follows the page's class count.
  await softmaxSection(page).getByRole('spinbutton', { name: 'number of classes' }).fill('5');
  await softmaxSection(page).getByRole('spinbutton', { name: 'number of classes' }).press('Enter');
  await expect(page.getByTestId('onehot-5')).toHaveText('0');
  await select.selectOption('4');
  for (let i = 0; i < 5; i++) await expect(page.getByTestId(`onehot-${i + 1}`)).toHaveText(i === 4 ? '1' : '0');
});

test('independent sigmoids do not sum to 1; softmax does; both follow the Softmax lesson’s logits', async ({ page }) => {
  await page.goto('./?lang=en&logits=1,2,3#classification');
  const sum = page.getByTestId('sigmoid-sum');
  await expect(logitBox(page, 3)).toHaveValue('3', LOAD);
  await expect(sum).toHaveText(sigmoidSum([1, 2, 3]), LOAD);
  await expect(sum).not.toHaveText('1.0000');
  await expect(page.getByTestId('softmax-sum')).toHaveText('1.0000');

  // Typing a logit in the Softmax lesson.
  await logitBox(page, 1).fill('-2');
  await logitBox(page, 1).press('Enter');
  await expect(sum).toHaveText(sigmoidSum([-2, 2, 3]));

  // Dragging one (a range input moves by the keyboard as by the mouse).
  const slider = softmaxSection(page).getByRole('slider', { name: 'logit 2', exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => readLogits(page)).not.toEqual([-2, 2, 3]);
  const logits = await readLogits(page);
  await expect(sum).toHaveText(sigmoidSum(logits));
  await expect(page.getByTestId('softmax-sum')).toHaveText('1.0000');
});

test('the network o = Wx + b sets the page’s logits', async ({ page }) => {
  await page.goto('./?lang=en#classification');
  await expect(logitBox(page, 1)).toBeVisible(LOAD);
  await networkSwitch(page).check();
  // o_cat = 1.5·0.9 − 0.5·0.2 + 0.8·0.6 − 1·0.1 + 0.1 = 1.73
  await expect.poll(async () => (await readLogits(page))[0]).toBeCloseTo(1.73, 10);
  const logits = await readLogits(page);
  expect(logits).toHaveLength(3);
  for (const [i, p] of softmax(logits).entries()) await expect(page.getByTestId(`prob-${i + 1}`)).toHaveText(p.toFixed(4));
  await expect(page.getByTestId('sigmoid-sum')).toHaveText(sigmoidSum(logits));

  const bias = section(page).getByRole('slider', { name: 'bias of cat' });
  await bias.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await readLogits(page))[0]).toBeCloseTo(1.83, 10);
  const moved = await readLogits(page);
  await expect(page.getByTestId('prob-1')).toHaveText(softmax(moved)[0]!.toFixed(4));
  await expect(page.getByTestId('sigmoid-sum')).toHaveText(sigmoidSum(moved));

  // Moving a logit by hand gives the logits back to the student.
  await softmaxSection(page).getByRole('slider', { name: 'logit 2', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(networkSwitch(page)).not.toBeChecked();
});

test('the diagram draws a positive weight red and a negative one blue, as the weight templates do', async ({ page }) => {
  await page.goto('./?lang=en#classification');
  const edges = section(page).locator('.network-diagram line');
  await expect(edges).toHaveCount(12, LOAD);
  // Edge 0 is w(cat, x1) = 1.5, edge 1 is w(cat, x2) = −0.5 (DEFAULT_NETWORK).
  await expect(edges.nth(0)).toHaveCSS('stroke', 'rgb(202, 0, 32)');
  await expect(edges.nth(1)).toHaveCSS('stroke', 'rgb(5, 113, 176)');
  await expect(section(page).getByRole('img', { name: /Red lines are positive weights, blue negative/ })).toBeVisible();
});

test('the Korean page keeps every hook', async ({ page }) => {
  await page.goto('./?lang=ko&logits=0.5,-1,2,4#classification');
  await expect(section(page).getByRole('heading', { level: 2, name: '분류' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '단원' }).getByRole('link').first()).toHaveText('분류');
  await expect(page.getByTestId('sigmoid-sum')).toHaveText(sigmoidSum([0.5, -1, 2, 4]), LOAD);
  await section(page).getByRole('combobox', { name: '레이블 클래스' }).selectOption('3');
  for (let i = 0; i < 4; i++) await expect(page.getByTestId(`onehot-${i + 1}`)).toHaveText(i === 3 ? '1' : '0');
  await expect(section(page).getByRole('img', { name: /빨간 선은 양의 가중치/ })).toBeVisible();
});
