import { expect, test } from '@playwright/test';
for (const open of [false, true]) {
  test(`enter a logit, snippet open=${open}`, async ({ page }) => {
    page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text().slice(0, 300)); });
    page.on('pageerror', (e) => console.log('pageerror:', e.message.slice(0, 300)));
    await page.goto('./?lang=en&logits=1,2,3#softmax');
    const section = page.getByTestId('section-softmax');
    await expect(section.getByTestId('prob-1')).toHaveText('0.0900');
    if (open) await section.getByTestId('python-snippet').locator('summary').click();
    const box = section.getByRole('spinbutton', { name: 'logit 1 value', exact: true });
    const t0 = Date.now();
    await box.fill('3');
    console.log('fill ms', Date.now() - t0);
    await box.press('Enter', { timeout: 20000 });
    console.log('enter ms', Date.now() - t0);
    await expect(section.getByTestId('prob-1')).toHaveText('0.4223', { timeout: 20000 });
    console.log('done ms', Date.now() - t0);
  });
}
