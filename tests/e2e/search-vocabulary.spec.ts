import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, test } from './fixtures';

test('a regional secretariat adds, edits and removes a search term in Arabic, and search follows at once', async ({
  page,
}) => {
  await page.goto('/ar/sign-in?next=/ar/admin/vocabulary');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill('las@marsad.test');
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/admin\/vocabulary$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'admin.vocabulary.title'));
  await expect(page.getByRole('rowheader', { name: 'remittances' })).toBeVisible();
  await expectAccessible(page);

  // Refused input comes back with the values typed and the reason beside the field.
  await page.getByRole('link', { name: msg('ar', 'admin.vocabulary.add') }).click();
  await page.getByLabel(msg('ar', 'admin.vocabulary.key')).fill('saffron');
  await page.getByLabel(msg('ar', 'admin.vocabulary.termsAr')).fill('الزعفران');
  await page.getByRole('button', { name: msg('ar', 'admin.vocabulary.addSubmit') }).click();
  await expect(page.getByText(msg('ar', 'errors.vocabularyTermsRequired')).first()).toBeVisible();
  await expect(page.getByLabel(msg('ar', 'admin.vocabulary.termsAr'))).toHaveValue('الزعفران');
  await expectAccessible(page);

  await page.getByLabel(msg('ar', 'admin.vocabulary.termsEn')).fill('saffron\nspice growers');
  await page.getByRole('checkbox', { name: /^(٦|6)\./ }).check();
  await page.getByRole('button', { name: msg('ar', 'admin.vocabulary.addSubmit') }).click();
  await expect(page).toHaveURL(/\/ar\/admin\/vocabulary\?notice=added/);
  await expect(page.locator('main').getByRole('status')).toContainText('saffron');

  // Search reads the new term from the next query: English words find the Arabic term's content.
  await page.goto('/en/search?q=spice+growers');
  await expect(page.getByText(msg('en', 'search.alsoSearched'))).toBeVisible();
  await expect(page.locator('main')).toContainText('الزعفران');

  await page.goto('/ar/admin/vocabulary/saffron');
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'admin.vocabulary.termsEn')).fill('saffron');
  await page.getByRole('button', { name: msg('ar', 'common.save') }).click();
  await expect(page).toHaveURL(/notice=saved/);

  await page.goto('/ar/admin/vocabulary/saffron');
  await page.getByRole('link', { name: msg('ar', 'admin.vocabulary.remove') }).click();
  await expect(page.getByRole('heading', { name: msg('ar', 'admin.vocabulary.removeTitle') })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: msg('ar', 'admin.vocabulary.removeConfirm') }).click();
  await expect(page).toHaveURL(/notice=removed/);
  await expect(page.getByRole('rowheader', { name: 'saffron' })).toHaveCount(0);

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ar/admin/vocabulary/remittances');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
