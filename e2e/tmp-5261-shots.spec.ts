import { expect, test, type Page } from '@playwright/test';

const card = (page: Page, id: string) => page.locator(`[data-testid="exercise"][data-id="${id}"]`);
const OUT = '/tmp/x/shots';

async function reveal(page: Page, id: string, answer?: string, choice?: string) {
  const c = card(page, id);
  await c.scrollIntoViewIfNeeded();
  if (answer) await c.getByRole('spinbutton').first().fill(answer);
  if (choice) await c.getByRole('radio', { name: choice }).check();
  await c.locator('button.exercise-reveal').click();
  await expect(c).toHaveAttribute('data-state', 'answered');
}

test('korean presenter shots', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?lang=ko&presenter=1&exercise=double-tau');
  await expect(card(page, 'double-tau')).toBeInViewport({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${OUT}/ko-presenter-double-tau-open.png` });
  await card(page, 'double-tau').getByRole('spinbutton').fill('0.55');
  await card(page, 'double-tau').locator('button.exercise-reveal').click();
  await page.waitForTimeout(500);
  await card(page, 'double-tau').screenshot({ path: `${OUT}/ko-presenter-double-tau-answered.png` });
  await page.screenshot({ path: `${OUT}/ko-presenter-double-tau-page.png` });
  await reveal(page, 'add-five', undefined, '모든 확률이 커진다.');
  await card(page, 'add-five').screenshot({ path: `${OUT}/ko-add-five.png` });
  await reveal(page, 'ch3.6-1', '1e20');
  await card(page, 'ch3.6-1').screenshot({ path: `${OUT}/ko-ch3.6-1.png` });
  await reveal(page, 'ch3.4-3', '0.3');
  await card(page, 'ch3.4-3').screenshot({ path: `${OUT}/ko-ch3.4-3.png` });

  await page.goto('./?lang=ko&presenter=1&exercise=ch3.4-1');
  await expect(card(page, 'ch3.4-1')).toBeInViewport({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/ko-presenter-ch3.4-1-open.png` });
  await reveal(page, 'ch3.4-1', '0.09');
  await card(page, 'ch3.4-1').screenshot({ path: `${OUT}/ko-ch3.4-1.png` });
  await reveal(page, 'ch3.4-2', '2');
  await card(page, 'ch3.4-2').screenshot({ path: `${OUT}/ko-ch3.4-2.png` });
  await reveal(page, 'ch3.6-2', undefined, 'Infinity');
  await card(page, 'ch3.6-2').screenshot({ path: `${OUT}/ko-ch3.6-2.png` });
  await reveal(page, 'ch3.6-3', undefined, '로그-소프트맥스: ŷ_c를 만들지 않고 −(o_c − LSE(o))를 구한다');
  await card(page, 'ch3.6-3').screenshot({ path: `${OUT}/ko-ch3.6-3.png` });
  await reveal(page, 'loss-at-one-percent', '4.6');
  await card(page, 'loss-at-one-percent').screenshot({ path: `${OUT}/ko-loss.png` });
  await reveal(page, 'gradient-push', undefined, '정답 클래스의 로짓은 올리고 나머지 로짓은 모두 내린다');
  await card(page, 'gradient-push').screenshot({ path: `${OUT}/ko-push.png` });

  await page.goto('./?lang=ko&presenter=1&exercise=lr-tiny');
  await expect(card(page, 'lr-tiny')).toBeInViewport({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/ko-presenter-train-open.png` });
  await reveal(page, 'lr-tiny', undefined, '천천히 배우지만 결국 더 정확해진다.');
  await card(page, 'lr-tiny').screenshot({ path: `${OUT}/ko-lr-tiny.png` });
  await reveal(page, 'lr-huge', undefined, '손실이 폭발한다. 학습이 발산한다.');
  await card(page, 'lr-huge').screenshot({ path: `${OUT}/ko-lr-huge.png` });
  await reveal(page, 'ch3.6-5', '2.5e7');
  await card(page, 'ch3.6-5').screenshot({ path: `${OUT}/ko-ch3.6-5.png` });

  await page.goto('./?lang=ko&presenter=1&exercise=ch3.6-4');
  await expect(card(page, 'ch3.6-4')).toBeInViewport({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/ko-presenter-mistakes.png` });
  await reveal(page, 'ch3.6-4', undefined, '치료한다(“질병”으로 판단)');
  await card(page, 'ch3.6-4').screenshot({ path: `${OUT}/ko-ch3.6-4.png` });
  await card(page, 'confused-pair').scrollIntoViewIfNeeded();
  await card(page, 'confused-pair').screenshot({ path: `${OUT}/ko-confused-pair.png` });

  await page.goto('./?lang=ko&presenter=1&exercise=one-hot-distance');
  await expect(card(page, 'one-hot-distance')).toBeInViewport({ timeout: 60_000 });
  await reveal(page, 'one-hot-distance', '2');
  await card(page, 'one-hot-distance').screenshot({ path: `${OUT}/ko-one-hot.png` });
  await page.goto('./?lang=ko&presenter=1&exercise=majority-baseline');
  await expect(card(page, 'majority-baseline')).toBeInViewport({ timeout: 60_000 });
  await expect(card(page, 'majority-baseline').locator('button.exercise-reveal')).toBeEnabled({ timeout: 60_000 });
  await reveal(page, 'majority-baseline', '0.1');
  await card(page, 'majority-baseline').screenshot({ path: `${OUT}/ko-baseline.png` });
  const index = page.getByTestId('exercise-progress');
  await index.scrollIntoViewIfNeeded();
  await index.screenshot({ path: `${OUT}/ko-index.png` });
});

test('english laptop and phone shots', async ({ page }) => {
  test.setTimeout(200_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en&exercise=ch3.6-4');
  await expect(card(page, 'ch3.6-4')).toBeInViewport({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${OUT}/en-1280-ch3.6-4.png` });
  await reveal(page, 'ch3.6-4', undefined, 'send the patient home (decide “healthy”)');
  await card(page, 'ch3.6-4').screenshot({ path: `${OUT}/en-1280-ch3.6-4-answered.png` });
  await page.goto('./?lang=en#softmax');
  await expect(card(page, 'double-tau')).toHaveCount(1, { timeout: 60_000 });
  await card(page, 'double-tau').scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/en-1280-softmax-think.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?lang=ko&exercise=ch3.6-3');
  await expect(card(page, 'ch3.6-3')).toBeInViewport({ timeout: 60_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}/ko-phone-ch3.6-3.png` });
  await reveal(page, 'ch3.6-3', undefined, '소프트맥스 안에서 max o를 뺀 뒤 −log ŷ_c를 구한다');
  await card(page, 'ch3.6-3').screenshot({ path: `${OUT}/ko-phone-ch3.6-3-answered.png` });
});
