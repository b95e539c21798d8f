import { expect, test, type Page } from '@playwright/test';

// The lecture's batch: y_hat = [[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]], y = [0, 2].
// Expected values are computed here from the formulas, not by the app's code.
const f4 = (x: number): string => x.toFixed(4);
const section = (page: Page) => page.getByTestId('section-cross-entropy');
const cell = (page: Page, r: number, c: number) => section(page).getByRole('spinbutton', { name: `row ${r} class ${c}`, exact: true });
/** Types a value and commits it, as a student does with Enter. */
const enter = async (page: Page, r: number, c: number, value: string) => {
  await cell(page, r, c).fill(value);
  await cell(page, r, c).press('Enter');
};
const label = (page: Page, r: number) => section(page).getByRole('combobox', { name: `row ${r} label`, exact: true });

test.describe('the loss from maximum likelihood (batch panel)', () => {
  test('on load: likelihood 0.0500, mean loss 1.4979, accuracy 0.5000', async ({ page }) => {
    await page.goto('./?lang=en#cross-entropy');
    const s = section(page);
    await expect(s.getByTestId('batch-likelihood')).toHaveText('0.0500');
    await expect(s.getByTestId('batch-loss')).toHaveText('1.4979');
    await expect(s.getByTestId('batch-accuracy')).toHaveText('0.5000');
    await expect(s.getByTestId('batch-loss')).toHaveText(f4(-(Math.log(0.1) + Math.log(0.5)) / 2));
    await expect(s.getByTestId('mle-formula').locator('.katex').first()).toBeVisible();
    await expect(s.getByTestId('likelihood-formula')).toContainText('0.0500');
    // The likelihood panel comes before the information-theory reading.
    const order = await page.evaluate(() => {
      const mle = document.querySelector('[data-testid="batch-likelihood"]')!;
      const loss = document.querySelector('[data-testid="ce-loss"]')!;
      return mle.compareDocumentPosition(loss) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });

  test('editing a row updates the likelihood, the loss and the accuracy', async ({ page }) => {
    await page.goto('./?lang=en#cross-entropy');
    const s = section(page);
    // Row 0 becomes [0.7, 0.1, 0.2]: it now predicts its label 0.
    await enter(page, 0, 0, '0.7');
    await expect(s.getByRole('alert')).toContainText('Row 0 sums to 1.6000');
    await expect(s.getByTestId('batch-likelihood')).toHaveText('0.0500'); // the last valid batch stays
    await enter(page, 0, 1, '0.1');
    await enter(page, 0, 2, '0.2');
    await expect(s.getByRole('alert')).toHaveCount(0);
    await expect(s.getByTestId('batch-likelihood')).toHaveText(f4(0.7 * 0.5));
    await expect(s.getByTestId('batch-loss')).toHaveText(f4(-(Math.log(0.7) + Math.log(0.5)) / 2));
    await expect(s.getByTestId('batch-accuracy')).toHaveText('1.0000');

    // A new label for row 1: its picked probability is 0.2, and it is no longer right.
    await label(page, 1).selectOption('1');
    await expect(s.getByTestId('batch-likelihood')).toHaveText(f4(0.7 * 0.2));
    await expect(s.getByTestId('batch-loss')).toHaveText(f4(-(Math.log(0.7) + Math.log(0.2)) / 2));
    await expect(s.getByTestId('batch-accuracy')).toHaveText('0.5000');
  });

  test('bad input is refused with an alert, the last valid batch stays, and a row can be rescaled', async ({ page }) => {
    await page.goto('./?lang=en#cross-entropy');
    const s = section(page);
    await enter(page, 1, 0, '-0.3');
    await expect(s.getByRole('alert').first()).toBeVisible();
    await expect(s.getByTestId('batch-loss')).toHaveText('1.4979');
    await enter(page, 1, 0, '0.9'); // row 1 = [0.9, 0.2, 0.5], sum 1.6
    await expect(s.getByRole('alert')).toContainText('Row 1 sums to 1.6000');
    await expect(s.getByTestId('batch-accuracy')).toHaveText('0.5000');
    await s.getByRole('button', { name: 'scale row 1 to sum 1' }).click();
    await expect(s.getByRole('alert')).toHaveCount(0);
    await expect(cell(page, 1, 0)).toHaveValue(String(0.9 / 1.6));
    await expect(s.getByTestId('batch-likelihood')).toHaveText(f4(0.1 * (0.5 / 1.6)));
    await expect(s.getByTestId('batch-accuracy')).toHaveText('0.0000');
  });

  test('the Korean page has the same hooks and numbers, and no longer calls cross-entropy a distance in its lead', async ({ page }) => {
    await page.goto('./?lang=ko#cross-entropy');
    const s = section(page);
    await expect(s.getByTestId('batch-likelihood')).toHaveText('0.0500');
    await expect(s.getByTestId('batch-loss')).toHaveText('1.4979');
    await expect(s.getByTestId('batch-accuracy')).toHaveText('0.5000');
    await expect(s.getByText('최대우도 추정에서 나오는 손실')).toBeVisible();
    await expect(s.locator('.lesson-lead').first()).not.toContainText('거리');
  });
});
