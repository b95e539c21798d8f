import { expect, test } from '@playwright/test';

// One lesson's failure is not the page's (issue 17): the Cross-entropy lesson's code cannot be
// downloaded, so that lesson shows its message inside its own frame, and the rest of the page works.
// No service worker: requests it makes on the page's behalf would bypass page.route.
test.use({ serviceWorkers: 'block' });
test('a lesson that fails shows a message in its place; the other lessons keep working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/CrossEntropySection-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./?lang=en&logits=1,2,3#cross-entropy');

  const lesson = page.getByTestId('section-cross-entropy');
  await expect(lesson.getByTestId('lesson-error')).toBeVisible();
  await expect(lesson.getByRole('alert')).toContainText('This lesson ran into an error');
  await expect(lesson.getByRole('button', { name: 'Reset this lesson' })).toBeVisible();
  // Its frame stays, so the navigation still lands on it.
  await expect(lesson.getByRole('heading', { level: 2, name: 'Cross-entropy' })).toBeVisible();

  // The Softmax lesson above works as ever.
  await page.locator('.app-header a[href="#softmax"]').click();
  const box = page.getByRole('spinbutton', { name: 'logit 1 value', exact: true });
  await box.fill('4');
  await box.press('Enter');
  await expect(page.getByTestId('prob-1')).toHaveText('0.6652');
  await expect(page.getByTestId('section-softmax').getByTestId('lesson-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the message is in the page’s language', async ({ page }) => {
  await page.route(/CrossEntropySection-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./?lang=ko#cross-entropy');
  await expect(page.getByTestId('section-cross-entropy').getByTestId('lesson-error')).toContainText('이 단원에서 오류가 나서');
});
