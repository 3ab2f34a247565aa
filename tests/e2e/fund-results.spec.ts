import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

/** Messages of errors.funding.json (msg() reads one file per namespace). */
const fundingErrorsAr = JSON.parse(
  fs.readFileSync(new URL('../../app/locales/ar/errors.funding.json', import.meta.url), 'utf8'),
) as Record<string, string>;

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * The fund's secretariat records a donor's contribution in Arabic (a rate dated after receipt is
 * refused, keeping what was typed); Jordan's focal point opens the sample programme, adds a result to
 * its framework in the workspace (an untitled one is refused beside its title), and the public
 * programme page shows it; the dashboard draws its charts. Axe on every page, 360 px where read.
 */
test('contributions, a programme’s results framework and the dashboard charts, in Arabic', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/funding/contributions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'funding.contributions.title'));
  await expectAccessible(page);
  const donor = `الصندوق الكويتي ${Date.now()}`;
  await page.getByLabel(msg('ar', 'funding.contributions.donor'), { exact: true }).fill(donor);
  await page.getByLabel(msg('ar', 'funding.contributions.receivedOn')).fill('2026-03-01');
  await page.getByLabel(msg('ar', 'funding.contributions.amount')).fill('٣٠٠٬٠٠٠');
  await page.getByLabel(msg('ar', 'funding.contributions.currency')).selectOption('KWD');
  await page.getByLabel(msg('ar', 'funding.contributions.usdRate')).fill('3.25');
  await page.getByLabel(msg('ar', 'funding.contributions.rateDate')).fill('2026-03-02');
  await page.getByRole('button', { name: msg('ar', 'funding.contributions.save') }).click();
  await expect(page.getByText(fundingErrorsAr.rateDateAfterReceipt!)).toBeVisible();
  await expect(page.getByLabel(msg('ar', 'funding.contributions.donor'), { exact: true })).toHaveValue(donor);
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'funding.contributions.rateDate')).fill('2026-02-28');
  await page.getByRole('button', { name: msg('ar', 'funding.contributions.save') }).click();
  await expect(page.getByText(msg('ar', 'funding.contributions.saved'))).toBeVisible();
  await expect(page.getByRole('link', { name: donor })).toBeVisible();
  await fitsPhone(page);
  await signOutFromMenu(page);

  await signInAs(page, 'focal.jo@marsad.test');
  await page.goto('/ar/funding');
  await expect(page.locator('svg[role=img]').first()).toBeVisible();
  await page
    .getByRole('link', { name: /تعزيز مسارات الهجرة النظامية للعمال \(تجريبي\)/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: msg('ar', 'funding.results.title') })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: msg('ar', 'funding.work.open') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'funding.work.title'));
  await expectAccessible(page);

  const newResult = page.locator('section#new-result');
  const titleAr = msg('ar', 'funding.work.inLanguage')
    .replace('{field}', msg('ar', 'funding.work.title.field'))
    .replace('{language}', msg('ar', 'funding.language.ar'));
  await newResult.getByLabel(msg('ar', 'funding.work.resultType')).selectOption('output');
  await newResult.getByRole('button', { name: msg('ar', 'funding.work.addResult') }).click();
  await expect(
    page.locator('section#new-result').getByText(fundingErrorsAr.fundOriginalTextRequired!),
  ).toBeVisible();
  await expectAccessible(page);
  const resultTitle = `تدريب موظفي مكاتب العمل ${Date.now()}`;
  await page.locator('section#new-result').getByLabel(titleAr).fill(resultTitle);
  await page
    .locator('section#new-result')
    .getByRole('button', { name: msg('ar', 'funding.work.addResult') })
    .click();
  await expect(page.getByText(msg('ar', 'funding.work.saved'))).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(resultTitle) })).toBeVisible();
  await fitsPhone(page);

  await page
    .getByRole('link', { name: /تعزيز مسارات الهجرة النظامية للعمال/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: new RegExp(resultTitle) })).toBeVisible();
  await expect(page.getByText(msg('ar', 'funding.results.reports'))).toBeVisible();
  await expectAccessible(page);
  await fitsPhone(page);
});
