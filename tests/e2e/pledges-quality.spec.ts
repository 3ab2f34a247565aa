import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, test } from './fixtures';

/** The quality panel's findings, by code. */
const findings = (page: Page) => page.getByTestId('quality-panel').locator('[data-finding]');
const codes = async (page: Page) =>
  (await findings(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-finding')))).sort();

async function signIn(page: Page, email: string) {
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill(email);
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);
}

test('the pledge quality panel follows what is typed, in Arabic, with JavaScript', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'ngo@marsad.test');
  await page.goto('/ar/pledges/new');
  const form = page.locator('main form').first();
  const url = page.url();
  expect(await codes(page)).toEqual(['noEndDate', 'noMeasurableTarget']);

  await form.locator('input[name=endDate]').fill('2028-12-31');
  await expect(findings(page)).toHaveCount(1);
  expect(await codes(page)).toEqual(['noMeasurableTarget']);

  await form.locator('input[name="indicators[0].unit"]').fill('مركز');
  await form.locator('input[name="indicators[0].target"]').fill('٤');
  await expect(findings(page)).toHaveAttribute('data-finding', 'targetWithoutBaseline');

  await form.locator('input[name="indicators[0].baseline"]').fill('0');
  await form.locator('input[name="title.ar"]').fill('تعزيز التوعية بحقوق العمال المهاجرين');
  await expect(findings(page)).toHaveAttribute('data-finding', 'vagueWording');
  await expect(findings(page)).toContainText('تعزيز');

  await form.locator('input[name="title.ar"]').fill('أربعة مراكز خدمات للعمال المهاجرين في عمّان وإربد');
  await expect(page.getByText(msg('ar', 'pledges.quality.none'))).toBeVisible();
  // All in the browser: nothing was sent.
  expect(page.url()).toBe(url);
  await expectAccessible(page);
});

test('without JavaScript the quality panel is brought up to date on save, in Arabic', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ar' });
  const page = await context.newPage();
  await signIn(page, 'ngo@marsad.test');
  await page.goto('/ar/pledges/new');
  const form = page.locator('main form').first();
  expect(await codes(page)).toEqual(['noEndDate', 'noMeasurableTarget']);

  await form.locator('input[name="title.ar"]').fill('مراكز خدمات للعمال المهاجرين');
  await form.locator('input[name=endDate]').fill('2028-12-31');
  await form.locator('input[name="indicators[0].unit"]').fill('مركز');
  await form.locator('input[name="indicators[0].target"]').fill('4');
  // Nothing runs in the page: the panel still shows what the server last saw.
  expect(await codes(page)).toEqual(['noEndDate', 'noMeasurableTarget']);

  // A draft saves with only this much; the page that follows has the server's check of it.
  await page
    .getByRole('button', { name: msg('ar', 'pledges-form.save') })
    .last()
    .click();
  await expect(page).toHaveURL(/\/ar\/pledges\/[0-9a-f-]+\/edit\?saved=1$/);
  expect(await codes(page)).toEqual(['targetWithoutBaseline']);

  await page.locator('input[name="indicators[0].baseline"]').fill('0');
  await page
    .getByRole('button', { name: msg('ar', 'pledges-form.save') })
    .last()
    .click();
  await expect(page.getByText(msg('ar', 'pledges.quality.none'))).toBeVisible();

  // Submitting the sketch is refused, each missing piece named beside its field, the text kept.
  await page.getByRole('button', { name: msg('ar', 'pledges-form.submit') }).click();
  await expect(page.getByText(msg('ar', 'pledges-form.fixErrors'))).toBeVisible();
  await expect(page.getByText('اختر عنصرًا واحدًا على الأقل.').first()).toBeVisible();
  await expect(page.locator('input[name="title.ar"]')).toHaveValue('مراكز خدمات للعمال المهاجرين');
  // (axe needs JavaScript in the page; the first test checks the same form with it.)
  await context.close();
});
