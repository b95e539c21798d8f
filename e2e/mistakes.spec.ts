import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

const LABEL_MAGIC = 2049;
const LABELS_FILE = 'public/data/fashion-mnist/t10k-labels-idx1-ubyte.gz';

/** The real test labels, read independently of the app: IDX header (magic, count), then one byte per label. */
function readTestLabels(): Uint8Array {
  const bytes = gunzipSync(readFileSync(LABELS_FILE));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(0)).toBe(LABEL_MAGIC);
  const count = view.getUint32(4);
  expect(bytes.byteLength).toBe(8 + count);
  return bytes.subarray(8, 8 + count);
}

const softmax = (z: number[]): number[] => {
  const max = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
};

interface Item {
  index: number;
  trueClass: number;
  predClass: number;
}

async function galleryPage(page: Page): Promise<Item[]> {
  return page.getByTestId('mistake').evaluateAll((nodes) =>
    nodes.map((node) => ({
      index: Number(node.getAttribute('data-index')),
      trueClass: Number(node.getAttribute('data-true')),
      predClass: Number(node.getAttribute('data-pred')),
    })),
  );
}

test('before training, the section says what will appear, in both languages', async ({ page }) => {
  await page.goto('./?lang=en#mistakes');
  const section = page.getByTestId('section-mistakes');
  await expect(section.getByTestId('mistakes-empty')).toContainText('Start training in the Train section');
  await expect(section.getByTestId('mistake')).toHaveCount(0);
  await page.goto('./?lang=ko#mistakes');
  await expect(section.getByTestId('mistakes-empty')).toContainText('학습 단원에서 학습을 시작하세요');
});

test('after one epoch: real mistakes, a consistent confusion matrix, and a mistake replayed in the playground', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const labels = readTestLabels();

  await page.goto('./?lang=en&epochs=1#train');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 420_000 });
  await expect(page.getByTestId('epoch-row')).toHaveCount(1);
  const testAccuracy = (await page.getByTestId('epoch-test-acc').first().innerText()).trim();

  const section = page.getByTestId('section-mistakes');
  const cells = section.getByTestId('confusion-cell');
  await expect(cells).toHaveCount(100);
  const counts = await cells.evaluateAll((nodes) =>
    nodes.map((node) => ({
      t: Number(node.getAttribute('data-true')),
      p: Number(node.getAttribute('data-pred')),
      count: Number(node.textContent),
    })),
  );
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const correct = counts.filter((c) => c.t === c.p).reduce((sum, c) => sum + c.count, 0);
  expect(total).toBe(labels.length);
  expect((correct / total).toFixed(4)).toBe(testAccuracy);

  // Walk every page of the gallery: each item is a real mistake at its test index.
  const seen: Item[] = [];
  const next = section.getByRole('button', { name: 'next page' });
  for (;;) {
    seen.push(...(await galleryPage(page)));
    if (await next.isDisabled()) break;
    const first = await section.getByTestId('mistake').first().getAttribute('data-index');
    await next.click();
    await expect(section.getByTestId('mistake').first()).not.toHaveAttribute('data-index', first!);
  }
  expect(seen.length).toBe(total - correct);
  console.log(`mistakes e2e: ${total} test images, ${correct} correct (${testAccuracy}), ${seen.length} in the gallery`);
  expect(new Set(seen.map((item) => item.index)).size).toBe(seen.length);
  for (const item of seen) {
    expect(item.trueClass, `test image ${item.index}`).toBe(labels[item.index]);
    expect(item.predClass, `test image ${item.index}`).not.toBe(item.trueClass);
  }
  await expect(section.getByTestId('mistake').first().locator('canvas, img')).toHaveCount(1);

  // A confusion cell filters the gallery to its pair.
  const biggest = counts.filter((c) => c.t !== c.p).sort((a, b) => b.count - a.count)[0]!;
  await section.locator(`[data-testid="confusion-cell"][data-true="${biggest.t}"][data-pred="${biggest.p}"]`).click();
  const filtered = await galleryPage(page);
  expect(filtered.length).toBe(Math.min(48, biggest.count));
  expect(filtered.every((item) => item.trueClass === biggest.t && item.predClass === biggest.p)).toBe(true);

  // Open one mistake, then its logits in the playground.
  const mistake = section.getByTestId('mistake').first();
  const index = await mistake.getAttribute('data-index');
  await mistake.click();
  const detail = section.getByTestId('mistake-detail');
  await expect(detail).toHaveAttribute('data-index', index!);
  const detailProbs: string[] = [];
  const detailLogits: number[] = [];
  for (let c = 0; c < 10; c++) {
    detailProbs.push((await detail.getByTestId(`detail-prob-${c}`).innerText()).trim());
    detailLogits.push(Number(await detail.getByTestId(`detail-logit-${c}`).innerText()));
  }
  // The shown probabilities are the softmax of the shown logits (to rounding of the logits).
  softmax(detailLogits).forEach((p, c) => expect(Math.abs(p - Number(detailProbs[c]))).toBeLessThan(1e-3));

  await detail.getByRole('button', { name: 'open in softmax playground' }).click();
  await expect(page).toHaveURL(/#softmax$/);
  const softmaxSection = page.getByTestId('section-softmax');
  for (let c = 0; c < 10; c++) {
    await expect(softmaxSection.getByTestId(`prob-${c + 1}`)).toHaveText(detailProbs[c]!);
  }

  // The Korean UI keeps the same hooks and counts.
  await page.getByLabel('language').selectOption('ko');
  await expect(section.getByRole('heading', { name: '잘못 분류된 테스트 이미지' })).toBeVisible();
  await expect(section.getByTestId('confusion-cell')).toHaveCount(100);
  await expect(section.getByTestId('mistake').first()).toHaveAttribute('aria-label', /^테스트 이미지 \d+: 정답 /);
});
