import { expect, test, type Page } from '@playwright/test';

const section = (page: Page) => page.getByTestId('section-softmax');

test.describe('float32 beside float64 in the overflow lesson', () => {
  test('naive softmax of [89, 0, 0] is NaN in 32-bit and fine in 64-bit; stable is right in both', async ({ page }) => {
    await page.goto('./?lang=en&logits=89,0,0#softmax');
    const s = section(page);
    await expect(s.getByRole('radio', { name: '64-bit' })).toBeChecked();
    await expect(s.getByTestId('exp-limit-float64')).toHaveText('709.7827');
    await expect(s.getByTestId('exp-limit-float32')).toHaveText('88.7228');
    await s.getByRole('checkbox', { name: 'stable softmax' }).uncheck();
    await expect(page.getByTestId('prob-1')).toHaveText('1.0000');

    await s.getByRole('radio', { name: '32-bit' }).check();
    await expect(page.getByTestId('prob-1')).toHaveText('NaN');
    await expect(page.getByTestId('prob-2')).toHaveText('0.0000');

    await s.getByRole('radio', { name: '64-bit' }).check();
    await expect(page.getByTestId('prob-1')).not.toHaveText('NaN');
    await expect(page.getByTestId('prob-1')).toHaveText('1.0000');

    // The stable form in 32-bit: exact to four places.
    await s.getByRole('radio', { name: '32-bit' }).check();
    await s.getByRole('checkbox', { name: 'stable softmax' }).check();
    await expect(page.getByTestId('prob-1')).toHaveText('1.0000');
    await expect(page.getByTestId('prob-sum')).toHaveText('1.0000');
  });

  test('[88, 0, 0] still fits in 32-bit; the 89 button loads the overflowing logits', async ({ page }) => {
    await page.goto('./?lang=en&logits=88,0,0#softmax');
    const s = section(page);
    await s.getByRole('checkbox', { name: 'stable softmax' }).uncheck();
    await s.getByRole('radio', { name: '32-bit' }).check();
    await expect(page.getByTestId('prob-1')).toHaveText('1.0000');
    await s.getByRole('button', { name: 'Load the logits 89, 0, 0' }).click();
    await expect(page.getByTestId('prob-1')).toHaveText('NaN');
  });

  test('“what is exp(50)?” (exercise 3.6-1) asks before it answers', async ({ page }) => {
    await page.goto('./?lang=en#softmax');
    const card = section(page).locator('[data-testid="exercise"][data-id="ch3.6-1"]');
    await expect(card).toHaveAttribute('data-state', 'open');
    await expect(card.getByTestId('exercise-answer')).toHaveCount(0);
    await expect(card).not.toContainText('10²¹');
    await card.getByRole('spinbutton', { name: 'your answer' }).fill('5e21');
    await card.getByRole('button', { name: 'reveal' }).click();
    await expect(card).toHaveAttribute('data-state', 'answered');
    await expect(card.getByTestId('exercise-answer')).toContainText('5.1847 × 10²¹');
    await expect(card.getByTestId('exercise-answer')).toHaveAttribute('data-verdict', 'right');
    await expect(card.getByTestId('exercise-verdict')).toContainText('You answered 5e21; the answer is 5.1847 × 10²¹.');
  });

  test('Korean: the same radios by role, the same hooks', async ({ page }) => {
    await page.goto('./?lang=ko&logits=89,0,0#softmax');
    const s = section(page);
    await s.getByRole('checkbox', { name: '안정적인 소프트맥스' }).uncheck();
    await s.getByRole('radio', { name: '32비트' }).check();
    await expect(page.getByTestId('prob-1')).toHaveText('NaN');
  });
});
