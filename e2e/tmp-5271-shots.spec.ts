import { expect, test, type Page } from '@playwright/test';

async function trainAndDraw(page: Page, lang: string) {
  await page.goto(`./?lang=${lang}&train=10000&test=2000&epochs=1#train`);
  await page.getByTestId('section-train').locator('button[data-shortcut="playPause"]').first().click();
  await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 240_000 });
}

async function shoot(page: Page, id: string, path: string, width = 1280) {
  await page.setViewportSize({ width, height: 2000 });
  await page.getByTestId(`section-${id}`).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.waitForTimeout(800);
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1280, height: 800 });
}

for (const lang of ['en', 'ko']) {
  test(`shots ${lang}`, async ({ page }) => {
    test.setTimeout(400_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?lang=${lang}#draw`);
    await expect(page.getByTestId('draw-canvas')).toBeVisible();
    await page.waitForTimeout(1000);
    await shoot(page, 'draw', `/tmp/shots-5271/draw-empty-${lang}.png`);
    await trainAndDraw(page, lang);
    const cal = page.getByTestId('section-calibration');
    await cal.scrollIntoViewIfNeeded();
    await expect(cal.getByTestId('fitted-temperature')).toBeVisible();
    await shoot(page, 'calibration', `/tmp/shots-5271/calibration-${lang}.png`);
    const draw = page.getByTestId('section-draw');
    await draw.scrollIntoViewIfNeeded();
    const canvas = draw.getByTestId('draw-canvas');
    await canvas.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const box = (await canvas.boundingBox())!;
    const pts: [number, number][] = [[0.35, 0.15], [0.3, 0.85]];
    for (const [a, b] of [pts, [[0.65, 0.15], [0.7, 0.85]] as [number, number][], [[0.33, 0.15], [0.67, 0.15]] as [number, number][]]) {
      await page.mouse.move(box.x + a[0] * box.width, box.y + a[1] * box.height);
      await page.mouse.down();
      await page.mouse.move(box.x + b[0] * box.width, box.y + b[1] * box.height, { steps: 10 });
      await page.mouse.up();
    }
    await expect(draw.getByTestId('draw-prediction')).toBeVisible();
    await shoot(page, 'draw', `/tmp/shots-5271/draw-${lang}.png`);
    await shoot(page, 'draw', `/tmp/shots-5271/draw-phone-${lang}.png`, 390);
    await shoot(page, 'calibration', `/tmp/shots-5271/calibration-phone-${lang}.png`, 390);
  });
}
