import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Predict-then-reveal exercises (ui-contract.md, "exercises"). */
const card = (page: Page, id: string) => page.locator(`[data-testid="exercise"][data-id="${id}"]`);

/** Opens the page and waits for the card (a dev server compiles the lessons' code on first request). */
async function openAt(page: Page, url: string, id: string) {
  await page.goto(url);
  const c = card(page, id);
  await expect(c).toHaveAttribute('data-state', /open|answered/, { timeout: 60_000 });
  return c;
}

test.describe('exercise cards', () => {
  test('doubling τ: the answer is not in the page before reveal; reveal judges and moves the temperature', async ({ page }) => {
    const c = await openAt(page, './?lang=en#softmax', 'double-tau');
    await expect(c).toHaveAttribute('data-state', 'open');
    await expect(c.getByTestId('exercise-answer')).toHaveCount(0);
    // The question may quote today's 0.6652; the answer 0.5065 is nowhere in the page.
    await expect(page.locator('body')).not.toContainText('0.5065');
    await expect(page.getByTestId('temperature-value')).toHaveText('1.0000');

    await c.getByRole('spinbutton', { name: 'your answer' }).fill('0.5');
    await c.getByRole('button', { name: 'reveal' }).click();
    await expect(c).toHaveAttribute('data-state', 'answered');
    const answer = c.getByTestId('exercise-answer');
    await expect(answer).toHaveAttribute('data-verdict', 'right');
    await expect(answer.getByTestId('exercise-verdict')).toContainText('Right.');
    await expect(answer.getByTestId('exercise-verdict')).toContainText('You answered 0.5; the answer is 0.5065.');
    // The widgets now show the state that answers it: τ = 2, the top probability 0.5065.
    await expect(page.getByTestId('temperature-value')).toHaveText('2.0000');
    await expect(page.getByTestId('prob-3')).toHaveText('0.5065');
  });

  test('exp(50) (3.6-1): right within 5 %, and the playground runs the naive softmax in 32-bit on (50, 0, 0)', async ({ page }) => {
    const c = await openAt(page, './?lang=en#softmax', 'ch3.6-1');
    await expect(c.getByTestId('exercise-answer')).toHaveCount(0);
    await expect(c).not.toContainText('10²¹');
    await c.getByRole('spinbutton', { name: 'your answer' }).fill('5e21');
    await c.getByRole('button', { name: 'reveal' }).click();
    await expect(c.getByTestId('exercise-answer')).toHaveAttribute('data-verdict', 'right');
    await expect(c.getByTestId('exercise-answer')).toContainText('5.1847 × 10²¹');
    const s = page.getByTestId('section-softmax');
    await expect(s.getByRole('checkbox', { name: 'stable softmax' })).not.toBeChecked();
    await expect(s.getByRole('radio', { name: '32-bit' })).toBeChecked();
    await expect(page.getByTestId('prob-1')).toHaveText('1.0000');
  });

  test('the fix (3.6-3): a wrong choice is called wrong, and the loss readout shows the true 800 nats', async ({ page }) => {
    const c = await openAt(page, './?lang=en#cross-entropy', 'ch3.6-3');
    await expect(c.getByTestId('exercise-answer')).toHaveCount(0);
    await c.getByRole('radio', { name: /subtract max o inside the softmax/ }).check();
    await c.getByRole('button', { name: 'reveal' }).click();
    const answer = c.getByTestId('exercise-answer');
    await expect(answer).toHaveAttribute('data-verdict', 'wrong');
    await expect(answer.getByTestId('exercise-verdict')).toContainText('Not this time.');
    await expect(answer).toContainText('log-softmax');
    const s = page.getByTestId('section-cross-entropy');
    await expect(s.getByRole('combobox', { name: 'true class' })).toHaveValue('0');
    await expect(page.getByTestId('ce-loss')).toHaveText('800.0000');
  });

  test('lr = 1e5 asked before it runs: reveal sets the training form’s learning rate', async ({ page }) => {
    const c = await openAt(page, './?lang=en#train', 'lr-huge');
    await c.getByRole('radio', { name: 'The loss blows up: training diverges.' }).check();
    await c.getByRole('button', { name: 'reveal' }).click();
    await expect(c.getByTestId('exercise-answer')).toHaveAttribute('data-verdict', 'right');
    await expect(page.getByTestId('section-train').getByRole('spinbutton', { name: 'learning rate', exact: true })).toHaveValue('1e5');
  });

  test('an answer out of range or not a number gets an alert, never a verdict', async ({ page }) => {
    const c = await openAt(page, './?lang=en#cross-entropy', 'ch3.4-1');
    const box = c.getByRole('spinbutton', { name: 'your answer' });
    await box.fill('2');
    await expect(c.getByRole('alert')).toHaveText('The largest allowed value is 1.');
    await c.getByRole('button', { name: 'reveal' }).click();
    await expect(c).toHaveAttribute('data-state', 'open');
    await expect(c.getByTestId('exercise-answer')).toHaveCount(0);
    await expect(box).toBeFocused();
    // Letters cannot be typed into a number box; what the browser cannot parse is rejected the same way.
    await box.fill('');
    await box.pressSequentially('1e');
    await expect(c.getByRole('alert')).toHaveText('That is not a number.');
    // The true class is the first, p = 0.0900: p (1 − p) = 0.0819.
    await box.fill('0.08');
    await expect(c.getByRole('alert')).toHaveCount(0);
    await c.getByRole('button', { name: 'reveal' }).click();
    await expect(c.getByTestId('exercise-answer')).toHaveAttribute('data-verdict', 'right');
  });

  test('?exercise= opens its card and scrolls it into view; an unknown id is dropped with a notice', async ({ page }) => {
    const c = await openAt(page, './?lang=en&exercise=ch3.6-4', 'ch3.6-4');
    await expect(c).toBeInViewport();
    await expect(c).toBeFocused();
    await expect(c).toHaveAttribute('data-state', 'open');

    await page.goto('./?lang=en&exercise=ch9.9-9');
    await expect(page.getByTestId('url-notice')).toContainText('exercise=ch9.9-9');
  });

  test('progress survives a reload, and forgetting it opens every card again', async ({ page }) => {
    const c = await openAt(page, './?lang=en#softmax', 'add-five');
    await c.getByRole('radio', { name: 'They all stay exactly as they were.' }).check();
    await c.getByRole('button', { name: 'reveal' }).click();
    await expect(c.getByTestId('exercise-answer')).toHaveAttribute('data-verdict', 'right');
    await expect(page.getByTestId('exercise-progress')).toHaveAttribute('data-right', '1');

    await page.reload();
    await expect(card(page, 'add-five')).toHaveAttribute('data-state', 'answered');
    await expect(card(page, 'add-five').getByTestId('exercise-verdict')).toContainText('Right.');
    const progress = page.getByTestId('exercise-progress');
    await expect(progress).toHaveAttribute('data-answered', '1');
    await expect(progress).toContainText('1 of');

    await progress.getByRole('button', { name: 'forget my answers' }).click();
    await expect(card(page, 'add-five')).toHaveAttribute('data-state', 'open');
    await expect(progress).toHaveAttribute('data-answered', '0');
  });

  test('keyboard and accessibility: Enter reveals and focus follows; the cards pass axe before and after, in Korean', async ({ page }) => {
    const axe = async () => {
      const results = await new AxeBuilder({ page }).include('[data-testid="exercise"]').withTags(['wcag2a', 'wcag2aa']).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    const c = await openAt(page, './?lang=ko#cross-entropy', 'ch3.6-2');
    await axe();
    const box = card(page, 'loss-at-one-percent').getByRole('spinbutton', { name: '내 답' });
    await box.focus();
    await page.keyboard.type('4.6');
    await page.keyboard.press('Enter');
    await expect(card(page, 'loss-at-one-percent').getByTestId('exercise-answer')).toBeFocused();
    await expect(page.getByTestId('ce-loss')).toHaveText('4.6052');
    // A choice by keyboard: the group's first radio, an arrow to the next, then the button.
    await c.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await c.getByRole('button', { name: '정답 보기' }).focus();
    await page.keyboard.press('Enter');
    await expect(c).toHaveAttribute('data-state', 'answered');
    await axe();
  });

  test('the most confused pair: committed before training, judged after from the model’s own evaluation', async ({ page }) => {
    test.setTimeout(420_000);
    const c = await openAt(page, './?lang=en&epochs=1&train=12000&test=2000#mistakes', 'confused-pair');
    await expect(c.getByRole('button', { name: 'reveal' })).toBeDisabled();
    await c.getByRole('radio', { name: 'T-shirt/top ↔ Shirt' }).check();

    await page.getByTestId('section-train').getByRole('button', { name: 'Train', exact: true }).click();
    await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 360_000 });
    await expect(c.getByRole('button', { name: 'reveal' })).toBeEnabled();

    // The pair the confusion matrix on the page counts most, both directions added (ties in class order).
    const section = page.getByTestId('section-mistakes');
    await expect(section.getByTestId('confusion-cell')).toHaveCount(100);
    const cells = await section.getByTestId('confusion-cell').evaluateAll((nodes) =>
      nodes.map((n) => ({ t: Number(n.getAttribute('data-true')), p: Number(n.getAttribute('data-pred')), count: Number(n.textContent) })),
    );
    const at = (t: number, p: number) => cells.find((cell) => cell.t === t && cell.p === p)!.count;
    const pairs = [];
    for (let a = 0; a < 10; a++) for (let b = a + 1; b < 10; b++) pairs.push({ a, b, count: at(a, b) + at(b, a) });
    pairs.sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b);
    const top = pairs[0]!;

    await c.getByRole('button', { name: 'reveal' }).click();
    const answer = c.getByTestId('exercise-answer');
    // T-shirt/top ↔ shirt is right at the top, close one or two places below it.
    const rank = pairs.findIndex((pair) => pair.a === 0 && pair.b === 6);
    const expected = rank === 0 ? 'right' : rank <= 2 ? 'close' : 'wrong';
    await expect(answer).toHaveAttribute('data-verdict', expected);
    await expect(answer).toContainText(`${top.count} times in 2000 test images`);
    // The gallery now shows that pair, in the direction the model erred more.
    const [t, p] = at(top.a, top.b) >= at(top.b, top.a) ? [top.a, top.b] : [top.b, top.a];
    await expect(section.locator(`[data-testid="confusion-cell"][data-true="${t}"][data-pred="${p}"]`).locator('xpath=..')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
