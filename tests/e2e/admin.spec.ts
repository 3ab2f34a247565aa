import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, test } from './fixtures';

test('an administrator gives a user a scoped role, and the audit log shows it', async ({ page }) => {
  await page.goto('/ar/sign-in?next=/ar/admin');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill('admin@marsad.test');
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/admin$/);
  await expectAccessible(page);

  await page.goto('/ar/admin/users?q=expert%40marsad.test');
  await expectAccessible(page);
  await page
    .getByRole('link', { name: /expert@marsad\.test|Expert|خبير/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: msg('ar', 'admin.user.assignTitle') })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(msg('ar', 'admin.roleForm.role')).selectOption('focal_point');
  await page.getByLabel(msg('ar', 'admin.roleForm.scope')).selectOption('country:MAR');
  await page.getByRole('button', { name: msg('ar', 'admin.user.assign') }).click();
  await expect(page.getByText(msg('ar', 'admin.role.focal_point')).first()).toBeVisible();
  await expect(page.getByText('المغرب').first()).toBeVisible();

  await page.goto('/ar/admin/audit');
  await expectAccessible(page);
  await expect(page.locator('main')).toContainText('admin@marsad.test');

  await page.goto('/ar/admin/outbox');
  await expectAccessible(page);
  await page.goto('/ar/admin/reference');
  await expectAccessible(page);
  await page.goto('/ar/admin/organisations');
  await expectAccessible(page);
  await page.goto('/ar/admin/invite');
  await expectAccessible(page);
});

test('a signed-in user without an admin role is refused the admin area', async ({ page }) => {
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill('reviewer@marsad.test');
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);
  const res = await page.goto('/ar/admin/users');
  expect(res?.status()).toBe(403);
  await expect(page.locator('h1')).toHaveText('غير مسموح');
  await expectAccessible(page);
});
