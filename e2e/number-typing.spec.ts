import { expect, test, type Page } from '@playwright/test';

/**
 * Typing is not committing (issue 17): a number box applies a value when the
 * student finishes it (Enter, leaving the box, the arrows), never a prefix typed
 * on the way; refused values leave the value from before the edit in force.
 */
const section = (page: Page) => page.getByTestId('section-softmax');
const classCount = (page: Page) => section(page).getByRole('spinbutton', { name: 'number of classes' });
const logitBox = (page: Page, i: number) => section(page).getByRole('spinbutton', { name: `logit ${i} value`, exact: true });
const nameBox = (page: Page, i: number) => section(page).getByRole('textbox', { name: `class ${i} name` });
const alert = (page: Page) => section(page).getByRole('alert');

/** The class count as the lesson shows it: one probability per class. */
const shownClasses = (page: Page) => section(page).locator('[data-testid^="prob-"]:not([data-testid="prob-sum"])').count();

test.beforeEach(async ({ page }) => {
  await page.goto('./?lang=en#softmax');
  await expect(logitBox(page, 3)).toHaveValue('3');
});

test('typing 2.5 into the class count (on the way to 10) never cuts the playground to 2 classes', async ({ page }) => {
  const count = classCount(page);
  await count.fill('');
  for (const key of ['2', '.', '5']) {
    await count.press(key);
    expect(await shownClasses(page)).toBe(3);
  }
  await page.waitForTimeout(300);
  expect(await shownClasses(page)).toBe(3);
  await count.press('Enter');
  await expect(alert(page)).toContainText('Enter a whole number. Still using 3.');
  expect(await shownClasses(page)).toBe(3);
  await expect(logitBox(page, 3)).toHaveValue('3');
  await expect(nameBox(page, 3)).toHaveValue('dog');

  // On to 10: logit 3 is still there, as it was.
  await count.fill('10');
  await count.press('Enter');
  await expect(page.getByTestId('prob-10')).toBeVisible();
  await expect(logitBox(page, 3)).toHaveValue('3');
});

test('with logit 1 at 1000, clearing it and typing 1001 keeps 1000 and says so', async ({ page }) => {
  const box = logitBox(page, 1);
  await box.fill('1000');
  await box.press('Enter');
  await expect(page.getByTestId('prob-1')).toHaveText('1.0000');
  await box.fill('');
  await box.pressSequentially('1001');
  await expect(alert(page)).toHaveText('The largest allowed value is 1000. Still using 1000.');
  await box.press('Enter');
  await box.blur();
  await expect(alert(page)).toContainText('Still using 1000.');
  await expect(page.getByTestId('prob-1')).toHaveText('1.0000');
  // Nothing on the way applied: no 1, 10 or 100.
  await expect(page.getByTestId('prob-2')).toHaveText('0.0000');
});

test('9999999999999999999999 as the class count is refused with a message, not silently 9', async ({ page }) => {
  const count = classCount(page);
  await count.fill('');
  await count.pressSequentially('9999999999999999999999');
  await expect(alert(page)).toHaveText('The largest allowed value is 10. Still using 3.');
  await count.press('Enter');
  await count.blur();
  await page.waitForTimeout(1000);
  expect(await shownClasses(page)).toBe(3);
  await expect(alert(page)).toBeVisible();
});

test('fill then Enter, fill then leaving the box, and the arrow keys each apply a value', async ({ page }) => {
  const box = logitBox(page, 1);
  await box.fill('4');
  await box.press('Enter');
  await expect(page.getByTestId('prob-1')).toHaveText('0.6652');
  await box.fill('3');
  await box.blur();
  await expect(page.getByTestId('prob-1')).toHaveText('0.4223');

  const count = classCount(page);
  await count.focus();
  await count.press('ArrowUp');
  await expect(page.getByTestId('prob-4')).toBeVisible();
  await count.press('ArrowDown');
  await expect(page.getByTestId('prob-4')).toHaveCount(0);
});

test('shrinking the class count keeps the removed classes’ logits and names; growing it back restores them', async ({ page }) => {
  await logitBox(page, 3).fill('7.5');
  await logitBox(page, 3).press('Enter');
  await nameBox(page, 3).fill('owl');
  const count = classCount(page);
  await count.fill('2');
  await count.press('Enter');
  await expect(page.getByTestId('prob-3')).toHaveCount(0);
  await count.fill('3');
  await count.press('Enter');
  await expect(logitBox(page, 3)).toHaveValue('7.5');
  await expect(nameBox(page, 3)).toHaveValue('owl');
});
