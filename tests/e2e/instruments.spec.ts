import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, test } from './fixtures';

const digits = (text: string | null) =>
  Number((text ?? '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));

/** Egypt's public count of mechanism activities on its profile (the index the coverage radar reads). */
async function egyptActivities(page: Page) {
  await page.goto('/ar/countries/EGY');
  const label = msg('ar', 'content.type.mechanism_activity.other');
  const value = page
    .locator('section[aria-labelledby=country-content] dt', { hasText: label })
    .locator('+ dd');
  return (await value.count()) ? digits(await value.textContent()) : 0;
}

/**
 * The Network's secretariat records an ARCP activity in Arabic: it shows on the mechanism's page and
 * Egypt's public count of activities grows by one; Egypt's profile shows it is a champion country.
 * Every page of the area passes axe.
 */
test('an ARCP activity recorded in Arabic shows on the mechanism and counts; champion status on the profile', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const before = await egyptActivities(page);
  await expect(page.getByTestId('champion-status')).toContainText(msg('ar', 'instruments.country.champion'));
  await expectAccessible(page);

  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill('network@marsad.test');
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);

  await page.goto('/ar/mechanisms/arcp');
  await page.getByRole('link', { name: msg('ar', 'instruments.activity.add') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    msg('ar', 'instruments.activity.newTitle'),
  );
  await expectAccessible(page);
  const title = 'ورشة إقليمية لجهات الاتصال حول بيانات الهجرة';
  await page.getByLabel(msg('ar', 'instruments.activity.titleAr'), { exact: true }).fill(title);
  await page.getByLabel(msg('ar', 'instruments.activity.heldOn'), { exact: true }).fill('2024-05-27');
  await page
    .getByLabel(msg('ar', 'instruments.activity.aimsAr'), { exact: true })
    .fill('تعزيز قدرات جهات الاتصال الوطنية على جمع بيانات الهجرة');
  await page.locator('input[name=countries][value=EGY]').check();
  await page.locator('input[name=objectives][value="1"]').check();
  await page.getByRole('button', { name: msg('ar', 'instruments.activity.save') }).click();

  await expect(page).toHaveURL(/\/ar\/mechanisms\/arcp\?notice=activityRecorded/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);

  await expect.poll(() => egyptActivities(page)).toBe(before + 1);

  for (const path of [
    '/ar/champions',
    '/ar/champions/EGY',
    '/ar/mechanisms',
    '/ar/networks',
    '/ar/regional-actors',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
});
