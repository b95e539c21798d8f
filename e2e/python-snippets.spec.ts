import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';

// The lessons' Python (PyTorch) snippets print the lessons' live numbers.
// Expected numbers are computed here from the formulas, not by the app's code.
const f4 = (x: number): string => x.toFixed(4);

function softmax(logits: number[]): number[] {
  const m = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - m));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Opens a lesson's snippet (its summary is the only click needed) and returns its output block. */
async function openSnippet(section: Locator, summary: string): Promise<{ snippet: Locator; output: Locator }> {
  const snippet = section.getByTestId('python-snippet');
  await snippet.locator('summary').filter({ hasText: summary }).click();
  const output = snippet.getByTestId('python-output');
  await expect(output).toBeVisible();
  return { snippet, output };
}

const lse = (row: number[]) => Math.log(row.reduce((s, v) => s + Math.exp(v), 0));

test.describe('Python snippets beside the lessons', () => {
  test('softmax(X) prints the playground’s probabilities and follows a typed logit', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3#softmax');
    const section = page.getByTestId('section-softmax');
    const { snippet, output } = await openSnippet(section, 'Python (PyTorch)');
    await expect(output).toContainText('0.0900, 0.2447, 0.6652');
    await expect(output).toHaveText(`tensor([[${softmax([1, 2, 3]).map(f4).join(', ')}]])`);
    await expect(snippet.locator('pre code')).toContainText('X = torch.tensor([[1.0, 2.0, 3.0]])');
    await expect(snippet.locator('pre code')).toContainText('keepdim=True');

    const box = section.getByRole('spinbutton', { name: 'logit 1 value', exact: true });
    await box.fill('3');
    await box.press('Enter');
    await expect(output).toHaveText(`tensor([[${softmax([3, 2, 3]).map(f4).join(', ')}]])`);
    await expect(snippet.locator('pre code')).toContainText('X = torch.tensor([[3.0, 2.0, 3.0]])');
  });

  test('the batch snippet prints 1.4979 and warns, with numbers, about a softmax before F.cross_entropy', async ({ page }) => {
    await page.goto('./?lang=en#cross-entropy');
    const section = page.getByTestId('section-cross-entropy');
    await expect(section.getByTestId('batch-loss')).toHaveText('1.4979');
    const right = f4(-(Math.log(0.1) + Math.log(0.5)) / 2);
    const doubled = f4((lse([0.1, 0.3, 0.6]) - 0.1 + lse([0.3, 0.2, 0.5]) - 0.5) / 2);
    expect([right, doubled]).toEqual(['1.4979', '1.1466']);

    // The warning shows without opening the code.
    const warning = section.getByTestId('double-softmax-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(doubled);
    await expect(warning).toContainText(right);
    await expect(warning).toContainText('logits');

    const { output } = await openSnippet(section, 'Python (PyTorch)');
    await expect(output).toHaveText(
      ['tensor([0.1000, 0.5000])', `tensor(${right})`, 'tensor(0.5000)', `tensor(${doubled})`, `tensor(${right})`].join('\n'),
    );

    // Editing the batch changes the printed numbers: row 1's label 2 → 0 picks 0.3.
    await section.getByRole('combobox', { name: 'row 1 label', exact: true }).selectOption('0');
    await expect(output).toContainText('tensor([0.1000, 0.3000])');
    await expect(output).toContainText(`tensor(${f4(-(Math.log(0.1) + Math.log(0.3)) / 2)})`);
    // Neither row's argmax is its label now: PyTorch prints a whole 0 as `0.`.
    await expect(output).toContainText('tensor(0.)');
  });

  test('the network snippet prints o = XW + b of the Classification lesson', async ({ page }) => {
    await page.goto('./?lang=en#classification');
    const section = page.getByTestId('section-classification');
    const { snippet, output } = await openSnippet(section, 'Python (PyTorch)');
    // The default network: x = (0.9, 0.2, 0.6, 0.1), o = Wx + b = (1.73, −0.28, 0.12).
    await expect(output).toHaveText('tensor([[ 1.7300, -0.2800,  0.1200]])\ntorch.Size([1, 3])');
    await expect(snippet.locator('pre code')).toContainText('reshape(-1, 784)');
  });

  test('the training and mistakes snippets say what fills them before any run', async ({ page }) => {
    await page.goto('./?lang=en#train');
    const train = page.getByTestId('section-train');
    const { snippet, output } = await openSnippet(train, 'Python (PyTorch)');
    await expect(snippet.locator('pre code')).toContainText('def evaluate_accuracy(net, data_iter):');
    await expect(snippet.locator('pre code')).toContainText('lr, batch_size, num_epochs = 0.1, 256, 10');
    await expect(output).toContainText('Press Train');
    // The TypeScript step is still shown as it was.
    await expect(train.locator('.train-source summary')).toBeVisible();

    await page.goto('./?lang=en#mistakes');
    const mistakes = page.getByTestId('section-mistakes');
    const opened = await openSnippet(mistakes, 'Python (PyTorch)');
    await expect(opened.snippet.locator('pre code')).toContainText('wrong = preds != y');
  });

  test('after a short run the training and mistakes snippets print the run’s own numbers', async ({ page }) => {
    // 500 training and 250 test images: every accuracy is a multiple of 0.002 or 0.004, so
    // Python's rounding (half to even) and the hooks' toFixed cannot part at a tie.
    await page.goto('./?lang=en&train=500&test=250&epochs=1#train');
    const train = page.getByTestId('section-train');
    await train.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 90_000 });
    const row = page.getByTestId('epoch-row');
    const text = async (id: string, within: Locator = train) => (await within.getByTestId(id).textContent())!.trim();
    const expected = [
      `epoch 0: test acc ${await text('initial-test-acc')}`,
      `epoch 1: loss ${await text('epoch-train-loss', row)}, train acc ${await text('epoch-train-acc', row)}, test acc ${await text('epoch-test-acc', row)}`,
    ].join('\n');
    const { output } = await openSnippet(train, 'Python (PyTorch)');
    await expect(output).toHaveText(expected);

    const mistakes = page.getByTestId('section-mistakes');
    await mistakes.scrollIntoViewIfNeeded();
    const summary = await mistakes.locator('.mistakes-summary').textContent();
    const [, count, total] = /: (\d+) of (\d+) test images/.exec(summary ?? '') ?? [];
    expect(total).toBe('250');
    const opened = await openSnippet(mistakes, 'Python (PyTorch)');
    await expect(opened.output).toContainText(`${count} ${total}`);
    await expect(opened.output).toContainText(`tensor(${f4((Number(total) - Number(count)) / Number(total))})`);
  });

  test('Korean: the summary, the caption and the warning read in Korean', async ({ page }) => {
    await page.goto('./?lang=ko#cross-entropy');
    const section = page.getByTestId('section-cross-entropy');
    const warning = section.getByTestId('double-softmax-warning');
    await expect(warning).toContainText('주의:');
    await expect(warning).toContainText('로짓');
    await expect(warning).toContainText('1.1466');
    const { snippet } = await openSnippet(section, '파이썬(PyTorch) 코드');
    await expect(snippet.locator('figcaption')).toContainText('강의의 cross_entropy');
    await expect(snippet.locator('pre code')).toContainText('# 주의: F.cross_entropy는 로짓을 받아');
  });

  test('on a phone the code scrolls in its own focusable region, and axe finds nothing serious', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?lang=en#cross-entropy');
    const section = page.getByTestId('section-cross-entropy');
    const { snippet } = await openSnippet(section, 'Python (PyTorch)');
    const code = snippet.getByRole('region', { name: 'Python code' });
    await expect(code).toHaveAttribute('tabindex', '0');
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await code.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => code.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).include('[data-testid="python-snippet"]').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test('the summary opens and closes from the keyboard', async ({ page }) => {
    await page.goto('./?lang=en&logits=1,2,3#softmax');
    const snippet = page.getByTestId('section-softmax').getByTestId('python-snippet');
    const summary = snippet.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(snippet.getByTestId('python-output')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(snippet.getByTestId('python-output')).toBeHidden();
  });
});
