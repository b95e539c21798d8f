import { expect, test, type Locator, type Page } from '@playwright/test';

const probs = async (section: Locator): Promise<string[]> =>
  Promise.all(Array.from({ length: 10 }, async (_, k) => (await section.getByTestId(`draw-prob-${k}`).innerText()).trim()));

/** A stroke with the mouse across the canvas, through fractions (0..1) of its size. */
async function stroke(page: Page, canvas: Locator, points: [number, number][]) {
  // In the middle of the viewport: the sticky header must not take the pointer.
  await canvas.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const box = (await canvas.boundingBox())!;
  const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
  await page.mouse.move(...at(points[0]!));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 8 });
  await page.mouse.up();
}

test('before training: the lesson says to train first, the canvas draws, and nothing drawn predicts nothing', async ({ page }) => {
  await page.goto('./?lang=en#draw');
  const section = page.getByTestId('section-draw');
  await expect(section.getByTestId('draw-empty')).toContainText('No trained model yet');
  const canvas = section.getByTestId('draw-canvas');
  await expect(canvas).toBeVisible();
  await expect(section.getByTestId('draw-prediction')).toHaveCount(0);
  await stroke(page, canvas, [
    [0.3, 0.2],
    [0.7, 0.8],
  ]);
  // Drawn without a model: still no prediction, and undo is offered.
  await expect(section.getByTestId('draw-prediction')).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'undo' })).toBeEnabled();
  await section.getByRole('button', { name: 'go to training' }).click();
  await expect(page).toHaveURL(/#train$/);
  await page.goto('./?lang=ko#draw');
  await expect(section.getByTestId('draw-empty')).toContainText('아직 학습된 모델이 없습니다');
});

test('after one epoch: strokes change the probabilities, which sum to 1; a test image unedited gives the Mistakes detail’s probabilities', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('./?lang=en&train=5000&test=1000&epochs=1#train');
  await page.getByTestId('section-train').getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 240_000 });

  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: 'Draw' }).click();
  const section = page.getByTestId('section-draw');
  const canvas = section.getByTestId('draw-canvas');
  await expect(section.getByTestId('draw-empty')).toHaveCount(0);
  await expect(section.getByTestId('draw-no-prediction')).toBeVisible();
  await expect(section.getByTestId('draw-prediction')).toHaveCount(0);

  // A trouser: two legs drawn with the mouse.
  await stroke(page, canvas, [
    [0.35, 0.15],
    [0.3, 0.85],
  ]);
  await expect(section.getByTestId('draw-prediction')).toHaveAttribute('data-class', /^\d$/);
  const first = await probs(section);
  first.forEach((p) => expect(p).toMatch(/^[01]\.\d{4}$/));
  expect(Math.abs(first.reduce((s, p) => s + Number(p), 0) - 1)).toBeLessThan(1e-3);
  await stroke(page, canvas, [
    [0.65, 0.15],
    [0.7, 0.85],
  ]);
  await expect.poll(async () => (await probs(section)).join()).not.toBe(first.join());
  const second = await probs(section);
  expect(Math.abs(second.reduce((s, p) => s + Number(p), 0) - 1)).toBeLessThan(1e-3);
  // The why-picture for the predicted class is there.
  const predicted = await section.getByTestId('draw-prediction').getAttribute('data-class');
  await expect(section.locator(`[data-testid="draw-why"][data-class="${predicted}"]`)).toBeVisible();
  // Undo takes back the second stroke; clear leaves nothing to predict.
  await section.getByRole('button', { name: 'undo' }).click();
  await expect.poll(async () => (await probs(section)).join()).toBe(first.join());
  await section.getByRole('button', { name: 'clear' }).click();
  await expect(section.getByTestId('draw-prediction')).toHaveCount(0);

  // The Mistakes detail of the first mistake…
  await nav.getByRole('link', { name: 'Mistakes' }).click();
  const mistakes = page.getByTestId('section-mistakes');
  const mistake = mistakes.getByTestId('mistake').first();
  const index = (await mistake.getAttribute('data-index'))!;
  await mistake.click();
  const detail = mistakes.getByTestId('mistake-detail');
  await expect(detail).toHaveAttribute('data-index', index);
  const expected = await Promise.all(Array.from({ length: 10 }, async (_, k) => (await detail.getByTestId(`detail-prob-${k}`).innerText()).trim()));

  // …and the same test image loaded into the canvas, unedited: exactly the same probabilities.
  await nav.getByRole('link', { name: 'Draw' }).click();
  const indexField = section.getByRole('spinbutton', { name: 'test image' });
  await indexField.fill(index);
  await indexField.press('Enter');
  await section.getByRole('button', { name: 'load test image' }).click();
  await expect(section.getByTestId('draw-source')).toHaveAttribute('data-source', 'model');
  expect(await probs(section)).toEqual(expected);
  await expect(section.getByTestId('draw-prediction')).toHaveAttribute('data-class', (await mistake.getAttribute('data-pred'))!);
  // The page's own o = xW + b agrees with the GPU's logits to float32 rounding.
  expect(Number(await section.getByTestId('draw-logit-check').getAttribute('data-value'))).toBeLessThan(1e-3);

  // Edited with the keyboard: one dab of the pen, computed on the page; undo restores the model's numbers.
  await canvas.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(section.getByTestId('draw-source')).toHaveAttribute('data-source', 'page');
  await page.keyboard.press('Control+z');
  await expect(section.getByTestId('draw-source')).toHaveAttribute('data-source', 'model');
  expect(await probs(section)).toEqual(expected);

  // The drawing's logits open in the Softmax lesson.
  await section.getByRole('button', { name: 'open in the Softmax lesson' }).click();
  await expect(page).toHaveURL(/#softmax$/);
  for (let k = 0; k < 10; k++) await expect(page.getByTestId(`prob-${k + 1}`)).toHaveText(expected[k]!);

  // A file that is not an image is refused with a message.
  await nav.getByRole('link', { name: 'Draw' }).click();
  await section.getByLabel('upload an image').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(section.getByRole('alert')).toContainText('not an image');
  await section.getByLabel('upload an image').setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await expect(section.getByRole('alert')).toContainText('could not be read');

  // The Korean lesson keeps the hooks.
  await page.getByLabel('language').selectOption('ko');
  await expect(section.getByRole('heading', { name: '직접 그려 보기' })).toBeVisible();
  expect(await probs(section)).toEqual(expected);
});
