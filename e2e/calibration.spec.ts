import { expect, test, type Page } from '@playwright/test';

const num = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).trim());

test('before training, the lesson says to train first and takes the student there', async ({ page }) => {
  await page.goto('./?lang=en#calibration');
  const section = page.getByTestId('section-calibration');
  await expect(section.getByTestId('calibration-empty')).toContainText('train the model first');
  await expect(section.getByTestId('ece')).toHaveCount(0);
  await section.getByRole('button', { name: 'go to training' }).click();
  await expect(page).toHaveURL(/#train$/);
  await expect(page.getByTestId('section-train').getByRole('button', { name: 'Train', exact: true })).toBeFocused();
  await page.goto('./?lang=ko#calibration');
  await expect(section.getByTestId('calibration-empty')).toContainText('먼저 모델을 학습하세요');
});

test('after one epoch: ECE and NLL, a fitted τ*, the held-out NLL no worse, the accuracy unchanged', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./?lang=en&train=5000&test=2000&epochs=1#train');
  const train = page.getByTestId('section-train');
  // The held-out images are a setting of training, 5,000 by default.
  await expect(train.getByRole('spinbutton', { name: 'validation size' })).toHaveValue('5000');
  await expect(train.getByTestId('validation-held')).toContainText('The last 5,000 training images are held out');
  await train.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 240_000 });
  const testAccuracy = (await page.getByTestId('epoch-test-acc').first().innerText()).trim();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calibration' }).click();
  const section = page.getByTestId('section-calibration');
  await expect(section.getByTestId('ece')).toHaveText(/^0\.\d{4}$/);
  await expect(section.getByTestId('nll')).toHaveText(/^\d+\.\d{4}$/);
  await expect(section.getByTestId('fitted-temperature')).toHaveText(/^\d+\.\d{4}$/);

  const ece = await num(page, 'ece');
  const nll = await num(page, 'nll');
  const tau = await num(page, 'fitted-temperature');
  const fitMs = Number(await section.getByTestId('fitted-temperature').getAttribute('data-fit-ms'));
  console.log(`calibration e2e: ECE ${ece}, NLL ${nll}, τ* ${tau}, fit ${fitMs} ms on 5,000 validation images`);
  expect(ece).toBeGreaterThanOrEqual(0);
  expect(ece).toBeLessThan(1);
  expect(nll).toBeGreaterThan(0);
  expect(tau).toBeGreaterThan(0);
  // τ* minimises the NLL on the held-out images, where τ = 1 was a candidate too.
  expect(await num(page, 'validation-nll-calibrated')).toBeLessThanOrEqual(await num(page, 'validation-nll'));
  // Scaling never moves the argmax: the accuracy is the same, and it is the training lesson's test accuracy.
  await expect(section.getByTestId('calibration-accuracy')).toHaveText(testAccuracy);
  await expect(section.getByTestId('calibration-accuracy-calibrated')).toHaveText(testAccuracy);
  await expect(section.getByTestId('ece-calibrated')).toHaveText(/^0\.\d{4}$/);
  await expect(section.getByTestId('nll-calibrated')).toHaveText(/^\d+\.\d{4}$/);

  // The reliability diagram: 15 bins holding every test image.
  const diagram = section.getByTestId('reliability-diagram');
  await expect(diagram).toHaveAttribute('data-bins', '15');
  await expect(diagram).toHaveAttribute('data-ece', String(ece.toFixed(4)));
  const counts = await diagram.getByTestId('reliability-bin').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-count'))));
  expect(counts).toHaveLength(15);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);
  await section.getByRole('combobox', { name: 'bins' }).selectOption('10');
  await expect(diagram).toHaveAttribute('data-bins', '10');
  await expect(section.getByTestId('reliability-diagram-calibrated')).toHaveAttribute('data-bins', '10');

  // τ* goes to the Softmax lesson's temperature with the most confident mistake's logits.
  await section.getByRole('button', { name: 'open in the Softmax lesson at τ*' }).click();
  await expect(page).toHaveURL(/#softmax$/);
  await expect(page.getByTestId('temperature-value')).toHaveText(tau.toFixed(4));

  // The Korean lesson keeps the hooks.
  await page.getByLabel('language').selectOption('ko');
  await expect(section.getByRole('heading', { name: '보정', exact: true })).toBeAttached();
  await expect(section.getByTestId('fitted-temperature')).toHaveText(tau.toFixed(4));
});
