import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function shoot(page: Page, id: string, path: string, width = 1280, query = '') {
  void query;
  await page.setViewportSize({ width, height: 2000 });
  for (let i = 0; i < 3; i++) {
    await page.getByTestId(`section-${id}`).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.waitForTimeout(700);
  }
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function drawTrouser(page: Page) {
  const canvas = page.getByTestId('draw-canvas');
  await canvas.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const box = (await canvas.boundingBox())!;
  const strokes: [number, number, number, number][] = [
    [0.35, 0.15, 0.3, 0.85],
    [0.65, 0.15, 0.7, 0.85],
    [0.33, 0.15, 0.67, 0.15],
  ];
  for (const [x0, y0, x1, y1] of strokes) {
    await page.mouse.move(box.x + x0 * box.width, box.y + y0 * box.height);
    await page.mouse.down();
    await page.mouse.move(box.x + x1 * box.width, box.y + y1 * box.height, { steps: 10 });
    await page.mouse.up();
  }
}

for (const lang of ['en', 'ko']) {
  test(`shots ${lang}`, async ({ page }) => {
    test.setTimeout(400_000);
    await page.goto(`./?lang=${lang}#draw`);
    await expect(page.getByTestId('draw-canvas')).toBeVisible();
    await shoot(page, 'draw', `/tmp/shots-5271/draw-empty-${lang}.png`);
    await page.goto(`./?lang=${lang}&train=10000&test=2000&epochs=1#train`);
    await page.getByTestId('section-train').locator('button[data-shortcut="playPause"]').first().click();
    await expect(page.getByTestId('train-status')).toHaveText('done', { timeout: 240_000 });
    await expect(page.getByTestId('fitted-temperature')).toBeAttached();
    await shoot(page, 'calibration', `/tmp/shots-5271/calibration-${lang}.png`);
    await drawTrouser(page);
    await expect(page.getByTestId('draw-prediction')).toBeVisible();
    await shoot(page, 'draw', `/tmp/shots-5271/draw-${lang}.png`);
    for (const id of ['calibration', 'draw']) {
      const results = await new AxeBuilder({ page }).include(`[data-testid="section-${id}"]`).withTags(['wcag2a', 'wcag2aa']).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), id).toEqual([]);
    }
    await shoot(page, 'draw', `/tmp/shots-5271/draw-phone-${lang}.png`, 390);
    await shoot(page, 'calibration', `/tmp/shots-5271/calibration-phone-${lang}.png`, 390);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'Presenter mode' }).click();
      await shoot(page, 'draw', `/tmp/shots-5271/draw-presenter.png`, 1920);
      await shoot(page, 'calibration', `/tmp/shots-5271/calibration-presenter.png`, 1920);
    }
  });
}
