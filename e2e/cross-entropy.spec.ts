import { expect, test, type Page } from '@playwright/test';

// Expected values are computed here from the formulas, independently of the app's code.
const softmax = (z: number[]): number[] => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};
const hardLoss = (z: number[], c: number): number => {
  const m = Math.max(...z);
  return m + Math.log(z.reduce((a, v) => a + Math.exp(v - m), 0)) - z[c]!;
};
const grad = (z: number[], c: number): number[] => softmax(z).map((p, j) => p - (j === c ? 1 : 0));
const f4 = (x: number): string => (x.toFixed(4) === '-0.0000' ? '0.0000' : x.toFixed(4));

const section = (page: Page) => page.getByTestId('section-cross-entropy');
const readLoss = async (page: Page): Promise<number> => Number(await section(page).getByTestId('ce-loss').textContent());

test.describe('cross-entropy section', () => {
  test('with logits [1, 2, 3] the loss and gradient agree with the formulas to 4 places', async ({ page }) => {
    const z = [1, 2, 3];
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    await expect(s.getByRole('combobox', { name: 'true class' })).toHaveValue('0');
    await expect(s.getByTestId('ce-loss')).toHaveText(f4(hardLoss(z, 0)));
    await expect(s.getByTestId('ce-loss')).toHaveText('2.4076');
    for (const [j, g] of grad(z, 0).entries()) await expect(s.getByTestId(`grad-${j + 1}`)).toHaveText(f4(g));
    await expect(s.getByTestId('ce-formula').locator('.katex').first()).toBeVisible();
    await expect(s.getByTestId('ce-formula')).toContainText('2.4076');

    // Another true class: the loss becomes −log ŷ_3 and the pull moves to logit 3.
    await s.getByRole('combobox', { name: 'true class' }).selectOption('2');
    await expect(s.getByTestId('ce-loss')).toHaveText(f4(hardLoss(z, 2)));
    for (const [j, g] of grad(z, 2).entries()) await expect(s.getByTestId(`grad-${j + 1}`)).toHaveText(f4(g));
  });

  test('gradient steps lower the loss, exactly as z ← z − η (ŷ − y) says', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    const step = s.getByRole('button', { name: 'gradient step' });

    // One step with the default η = 1, predicted here.
    const z0 = [1, 2, 3];
    const z1 = z0.map((v, j) => v - grad(z0, 0)[j]!);
    await step.click();
    await expect(s.getByTestId('ce-loss')).toHaveText(f4(hardLoss(z1, 0)));
    for (const [j, g] of grad(z1, 0).entries()) await expect(s.getByTestId(`grad-${j + 1}`)).toHaveText(f4(g));

    // A larger step size, and the loss keeps falling.
    await s.getByRole('spinbutton', { name: 'step size η' }).fill('2');
    await s.getByRole('spinbutton', { name: 'step size η' }).press('Enter');
    let previous = await readLoss(page);
    for (let k = 0; k < 3; k++) {
      await step.click();
      await expect.poll(() => readLoss(page)).toBeLessThan(previous);
      previous = await readLoss(page);
    }
    await expect(s.getByTestId('ce-steps')).toHaveText('4 steps taken');
    await expect(s.getByTestId('ce-history')).toBeVisible();

    // The shared logits moved: the Softmax section sees them through the URL-free shared state.
    expect(previous).toBeLessThan(hardLoss(z0, 0));
  });

  test('a bad step size is refused with a message and the last one stays', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    await s.getByRole('spinbutton', { name: 'step size η' }).fill('-1');
    await expect(s.getByRole('alert')).toContainText('greater than 0');
    await s.getByRole('button', { name: 'gradient step' }).click();
    const z1 = [1, 2, 3].map((v, j) => v - grad([1, 2, 3], 0)[j]!);
    await expect(s.getByTestId('ce-loss')).toHaveText(f4(hardLoss(z1, 0)));
  });

  test('auto-run takes steps at a visible pace, the loss falls, and stop stops it', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    const before = await readLoss(page);
    await s.getByRole('button', { name: 'auto-run' }).click();
    await expect.poll(async () => Number((await s.getByTestId('ce-steps').textContent())?.split(' ')[0])).toBeGreaterThanOrEqual(3);
    await s.getByRole('button', { name: 'stop' }).click();
    const steps = await s.getByTestId('ce-steps').textContent();
    expect(await readLoss(page)).toBeLessThan(before);
    await page.waitForTimeout(700);
    await expect(s.getByTestId('ce-steps')).toHaveText(steps!);
  });

  test('the logits are shared: moving one in the Softmax section stops auto-run and updates the loss', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    const softmaxSection = page.getByTestId('section-softmax');
    await s.getByRole('button', { name: 'auto-run' }).click();
    await expect(s.getByRole('button', { name: 'stop' })).toBeVisible();
    // The student drags logit 1 (the keyboard moves a range input as a drag does).
    await softmaxSection.getByRole('slider', { name: 'logit 1' }).press('ArrowLeft');
    await softmaxSection.getByRole('slider', { name: 'logit 1' }).press('ArrowLeft');
    await expect(s.getByRole('button', { name: 'auto-run' })).toBeVisible();
    await expect(s.getByRole('status')).toContainText('by hand');
    // The loss is that of the logits the Softmax section now shows.
    const logits = await Promise.all(
      [1, 2, 3].map(async (i) =>
        Number(await softmaxSection.getByRole('spinbutton', { name: `logit ${i} value` }).inputValue()),
      ),
    );
    await expect(s.getByTestId('ce-loss')).toHaveText(f4(hardLoss(logits, 0)));
    for (const [j, g] of grad(logits, 0).entries()) await expect(s.getByTestId(`grad-${j + 1}`)).toHaveText(f4(g));
  });

  test('a chart far off screen catches up with the logits, its axis included, by the time it is reached', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#softmax');
    const chart = section(page).getByRole('group', { name: 'Surprisal of each class in nats' });
    // The numeric tick labels are the y axis's (the x axis names the classes), bottom to top.
    const yTicks = chart.locator('.recharts-cartesian-axis-tick-value').filter({ hasText: /^\d+$/ });
    // Typed in the Softmax section while the chart is two screens below: its bars and axis wait.
    const logit1 = page.getByTestId('section-softmax').getByRole('spinbutton', { name: 'logit 1 value', exact: true });
    await logit1.fill('-12');
    await logit1.press('Enter');
    await section(page).scrollIntoViewIfNeeded();
    await chart.scrollIntoViewIfNeeded();
    // −log ŷ₁ for [−12, 2, 3] is 15.31 nats: the axis grows from 4 to 16.
    const surprisal1 = hardLoss([-12, 2, 3], 0);
    await expect(yTicks.last()).toHaveText('16');
    await expect(chart.locator('table tr').first()).toContainText(surprisal1.toFixed(4));
    await expect(section(page).getByTestId('ce-loss')).toHaveText(f4(surprisal1));
  });

  test('auto-run goes on from the live logits while the lesson is scrolled away', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    await s.getByRole('button', { name: 'auto-run' }).click();
    // Up to the Softmax lesson, two screens away: the steps go on and its logits follow them.
    const softmaxSection = page.getByTestId('section-softmax');
    const logit1 = softmaxSection.getByRole('spinbutton', { name: 'logit 1 value', exact: true });
    await logit1.scrollIntoViewIfNeeded();
    const start = Number(await logit1.inputValue());
    await expect.poll(async () => Number(await logit1.inputValue())).toBeGreaterThan(start + 1);
    // Back down, stopped: the lesson shows the loss of the logits the Softmax lesson shows.
    await s.getByRole('button', { name: 'stop' }).click();
    // The Softmax lesson, far away now, catches up once the page is left alone (src/browser/deadlines.ts).
    const agree = async () => {
      const logits = await Promise.all(
        [1, 2, 3].map(async (i) => Number(await softmaxSection.getByRole('spinbutton', { name: `logit ${i} value` }).inputValue())),
      );
      return [await s.getByTestId('ce-loss').textContent(), f4(hardLoss(logits, 0))];
    };
    await expect.poll(async () => {
      const [shown, expected] = await agree();
      return shown === expected;
    }).toBe(true);
  });

  test('the log(0) lesson: the naive route gives Infinity, log-softmax stays finite', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    await s.getByRole('button', { name: 'confidently wrong example' }).click();
    await expect(s.getByTestId('ce-loss')).toHaveText(f4(hardLoss([-400, 0, 400], 0)));
    await expect(s.getByTestId('ce-loss')).toHaveText('800.0000');
    await s.getByRole('checkbox', { name: 'stable log-softmax' }).uncheck();
    await expect(s.getByTestId('ce-loss')).toHaveText('Infinity');
    // The gradient needs no logarithm: it is fine on either route.
    await expect(s.getByTestId('grad-1')).toHaveText('-1.0000');
    await s.getByRole('checkbox', { name: 'stable log-softmax' }).check();
    await s.getByRole('button', { name: 'restore previous logits' }).click();
    await expect(s.getByTestId('ce-loss')).toHaveText('2.4076');
  });

  test('bits change every information number except the nats hook', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    await s.getByRole('radio', { name: 'bits' }).check();
    await expect(s.getByTestId('ce-loss')).toHaveText('2.4076');
    await expect(s.getByTestId('ce-loss-bits')).toContainText(f4(hardLoss([1, 2, 3], 0) / Math.LN2));
    await expect(s.getByTestId('ce-formula')).toContainText('bits');
    await expect(s.getByTestId('batch-mean')).toHaveText(f4((-Math.log2(0.1) - Math.log2(0.5)) / 2));
  });

  test('soft labels: renormalized weights, and all zeros are refused with a message', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    await s.getByRole('radio', { name: 'soft label' }).check();
    const weight = (name: string) => s.getByRole('spinbutton', { name: `weight of ${name}` });
    await weight('cat').fill('1');
    await weight('chicken').fill('1');
    await weight('dog').fill('2');
    await weight('dog').press('Enter');
    const q = softmax([1, 2, 3]);
    const p = [0.25, 0.25, 0.5];
    const expected = -p.reduce((a, pj, j) => a + pj * Math.log(q[j]!), 0);
    await expect(s.getByTestId('ce-loss')).toHaveText(f4(expected));
    for (const [j, pj] of p.entries()) {
      await expect(s.getByTestId(`ce-label-${j + 1}`)).toHaveText(f4(pj));
      await expect(s.getByTestId(`grad-${j + 1}`)).toHaveText(f4(q[j]! - pj));
    }

    await weight('cat').fill('0');
    await weight('chicken').fill('0');
    await weight('dog').fill('0');
    await weight('dog').press('Enter');
    await expect(s.getByRole('alert')).toContainText('At least one weight must be positive');
    await expect(s.getByTestId('ce-loss')).toHaveText(f4(-Math.log(q[2]!)));
  });

  test('the batch picks each row’s true-class probability; invalid rows are reported', async ({ page }) => {
    await page.goto('./?lang=en#cross-entropy');
    const s = section(page);
    await expect(s.getByTestId('batch-picked-0')).toHaveText('0.1000');
    await expect(s.getByTestId('batch-picked-1')).toHaveText('0.5000');
    await expect(s.getByTestId('batch-mean')).toHaveText(f4((-Math.log(0.1) - Math.log(0.5)) / 2));
    await s.getByRole('spinbutton', { name: 'row 0 class 0' }).fill('0.5');
    await s.getByRole('spinbutton', { name: 'row 0 class 0' }).press('Enter');
    await expect(s.getByRole('alert')).toContainText('Row 0 sums to 1.4000');
    await expect(s.getByTestId('batch-mean')).toHaveText('1.4979');
    await s.getByRole('spinbutton', { name: 'row 0 class 2' }).fill('0.2');
    await s.getByRole('spinbutton', { name: 'row 0 class 2' }).press('Enter');
    await expect(s.getByRole('alert')).toHaveCount(0);
    await s.getByRole('combobox', { name: 'row 0 label' }).selectOption('2');
    await expect(s.getByTestId('batch-mean')).toHaveText(f4((-Math.log(0.2) - Math.log(0.5)) / 2));
  });

  test('the Korean page carries the same hooks and numbers', async ({ page }) => {
    await page.goto('./?lang=ko&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    await expect(s.getByRole('heading', { level: 2 })).toHaveText('교차 엔트로피');
    await expect(s.getByTestId('ce-loss')).toHaveText('2.4076');
    await expect(s.getByTestId('grad-1')).toHaveText('-0.9100');
    await s.getByRole('button', { name: '경사 하강 한 스텝' }).click();
    await expect.poll(() => readLoss(page)).toBeLessThan(2.4076);
  });

  test('the gradient is written with o, and with the label’s own symbol', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3&true=0#cross-entropy');
    const s = section(page);
    await expect(s.getByRole('heading', { name: 'The gradient: ∂l/∂oⱼ = ŷⱼ − yⱼ' })).toBeVisible();
    await expect(s.getByRole('columnheader', { name: 'ŷⱼ − yⱼ' })).toBeVisible();
    await s.getByRole('radio', { name: 'soft label' }).check();
    await expect(s.getByRole('heading', { name: 'The gradient: ∂l/∂oⱼ = ŷⱼ − pⱼ' })).toBeVisible();
    await expect(s.getByRole('columnheader', { name: 'ŷⱼ − pⱼ' })).toBeVisible();
    await expect(s.getByRole('columnheader', { name: 'ŷⱼ − yⱼ' })).toHaveCount(0);
  });
});
