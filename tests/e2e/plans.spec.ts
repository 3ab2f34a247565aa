import type { Page } from '@playwright/test';
import { msg } from './catalog';
import {
  demoPassword,
  expect,
  expectAccessible,
  expectSignedIn,
  latestMailTo,
  linkIn,
  signOutFromMenu,
  test,
} from './fixtures';

async function signInAs(page: Page, email: string, password = demoPassword) {
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill(email);
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(password);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);
}

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

/**
 * A focal point of Tunisia (a state with no sample plan), invited by the administrator like a real
 * one, keeps the national implementation plan in Arabic: starts it, adds an action for objective 7
 * with an indicator, publishes it and reports progress; the public page then rolls it up.
 */
test('a focal point keeps a national implementation plan, in Arabic', async ({ page }) => {
  test.setTimeout(120_000);
  const email = `focal.tn.${Date.now()}@example.org`;
  const password = 'كلمة مرور طويلة 2026';

  await page.goto('/ar/plans');
  await expectAccessible(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'plans.index.title'));

  // The administrator invites the focal point of Tunisia.
  await signInAs(page, 'admin@marsad.test');
  await page.goto('/ar/admin/invite');
  await page.getByLabel(msg('ar', 'admin.invite.email')).fill(email);
  await page.getByLabel(msg('ar', 'admin.invite.name')).fill('جهة اتصال تونس (اختبار)');
  await page.getByLabel(msg('ar', 'admin.roleForm.role')).selectOption('focal_point');
  await page.getByLabel(msg('ar', 'admin.roleForm.scope')).selectOption('country:TUN');
  await page.getByRole('button', { name: msg('ar', 'admin.invite.submit') }).click();
  await expect(page).toHaveURL(/notice=invited/);
  await signOut(page);

  await page.goto(linkIn((await latestMailTo(email)).text));
  await page.getByLabel(msg('ar', 'accounts.field.newPassword'), { exact: true }).fill(password);
  await page.getByLabel(msg('ar', 'accounts.field.passwordConfirm')).fill(password);
  await page.getByRole('button', { name: msg('ar', 'accounts.invite.submit') }).click();
  await expectSignedIn(page);

  // Her country appears on the index with the way to start its plan.
  await page.goto('/ar/plans');
  await page.getByRole('link', { name: msg('ar', 'plans.index.start') }).click();
  await expect(page).toHaveURL(/\/ar\/plans\/TUN\/edit$/);
  await expectAccessible(page);
  const createForm = page
    .locator('main form')
    .filter({ has: page.locator('input[name=intent][value=create]') });
  await createForm.locator('input[name="title.ar"]').fill('الخطة الوطنية التونسية لتنفيذ الاتفاق العالمي');
  await createForm.locator('input[name="title.en"]').fill('Tunisian national plan to implement the Compact');
  await createForm.locator('input[name=periodStart]').fill('2025-01-01');
  // A period ending before it starts is refused, in Arabic, with what was typed kept.
  await createForm.locator('input[name=periodEnd]').fill('2024-12-31');
  await page.getByRole('button', { name: msg('ar', 'plans.edit.create') }).click();
  await expect(page.getByText('يجب ألا يسبق تاريخ الانتهاء تاريخ البدء.')).toBeVisible();
  await expect(page.locator('input[name="title.ar"]')).toHaveValue(
    'الخطة الوطنية التونسية لتنفيذ الاتفاق العالمي',
  );
  await page.locator('input[name=periodEnd]').fill('2028-12-31');
  await page.getByRole('button', { name: msg('ar', 'plans.edit.create') }).click();
  await expect(page.getByText(msg('ar', 'plans.edit.notice.created'))).toBeVisible();
  await expectAccessible(page);

  // An action for objective 7 with an indicator (Arabic digits).
  await page.getByRole('link', { name: msg('ar', 'plans.edit.addAction') }).click();
  await expect(page).toHaveURL(/\/ar\/plans\/TUN\/actions\/new\?plan=/);
  await expectAccessible(page);
  await page.locator('input[name="title.ar"]').fill('تدريب العاملين الاجتماعيين على إحالة المهاجرين');
  await page.locator('input[name="leadEntity.ar"]').fill('وزارة الشؤون الاجتماعية');
  await page.locator('input[name="partners.ar"]').fill('المنظمة الدولية للهجرة');
  await page.locator('input[name="partners.en"]').fill('IOM');
  await page.locator('input[name=startDate]').fill('2025-03-01');
  await page.locator('input[name=endDate]').fill('2027-12-31');
  await page.locator('input[name="budget.amount"]').fill('١٥٠٬٠٠٠');
  await page.locator('select[name="budget.currency"]').selectOption('TND');
  await page.locator('input[name=objectives][value="7"]').check();
  await page.locator('input[name="indicator.name.ar"]').fill('عاملون مدرَّبون');
  await page.locator('input[name="indicator.unit.ar"]').fill('عامل');
  // SDG targets: the picker's search narrows the list; the chosen one is listed above it.
  const sdgPicker = page.getByRole('group', { name: msg('ar', 'plans.field.sdgTargets') });
  await sdgPicker.getByRole('searchbox').fill('10.7');
  await sdgPicker.locator('input[name=sdgTargets][value="10.7"]').check();
  await expect(sdgPicker.locator('input[name=sdgTargets][value="8.8"]')).toBeHidden();
  await page.locator('input[name="indicator.baseline"]').fill('٠');
  // A target that is not a number is refused beside its field; everything typed stays.
  const target = page.locator('input[name="indicator.target"]');
  await target.fill('مئتان');
  await page.getByRole('button', { name: msg('ar', 'plans.action.create') }).click();
  await expect(target).toHaveAccessibleDescription(msg('ar', 'errors.targetNotNumeric'));
  await expect(target).toHaveValue('مئتان');
  await expect(page.locator('input[name="budget.amount"]')).toHaveValue('١٥٠٬٠٠٠');
  await expect(page.locator('input[name="indicator.name.ar"]')).toHaveValue('عاملون مدرَّبون');
  await expect(page.locator('input[name=objectives][value="7"]')).toBeChecked();
  await expect(page.locator('input[name=sdgTargets][value="10.7"]')).toBeChecked();
  await target.fill('٢٠٠');
  await page.getByRole('button', { name: msg('ar', 'plans.action.create') }).click();
  await expect(page.getByText(msg('ar', 'plans.action.notice.created'))).toBeVisible();
  await expect(page.locator('h1')).toHaveText('تدريب العاملين الاجتماعيين على إحالة المهاجرين');
  await expect(page.getByTestId('sdg-targets')).toContainText('10.7');
  const actionUrl = page.url().replace(/\?.*$/, '');
  await expectAccessible(page);

  // Publish the plan.
  await page.goto('/ar/plans/TUN/edit');
  await page.getByRole('button', { name: msg('ar', 'plans.edit.publish') }).click();
  await expect(page.getByText(msg('ar', 'plans.edit.notice.published'))).toBeVisible();

  // Report progress: 50 of 200 trained is 25 %.
  await page.goto(actionUrl);
  await page.locator('select[name=status]').first().selectOption('in_progress');
  await page.locator('input[name=value]').fill('٥٠');
  await page.locator('textarea[name="narrative.ar"]').fill('دُرّب خمسون عاملًا في ولايتين.');
  await page.getByRole('button', { name: msg('ar', 'plans.progressForm.submit') }).click();
  await expect(page.getByText(msg('ar', 'plans.action.notice.progressAdded'))).toBeVisible();
  await expect(page.getByText('دُرّب خمسون عاملًا في ولايتين.')).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The public page rolls the plan up by objective: objective 7 at 25 %.
  await page.goto('/ar/plans/TUN');
  await expect(page.locator('h1')).toHaveText('الخطة الوطنية التونسية لتنفيذ الاتفاق العالمي');
  await expectAccessible(page);
  await page.getByText(msg('ar', 'plans.rollup.showTable')).click();
  const row7 = page.locator('table tr').filter({ has: page.locator('th', { hasText: /^٧\./ }) });
  await expect(row7.locator('td').first()).toHaveText('١');
  await expect(row7.locator('td').last()).toHaveText(/٢٥/);
  await expect(page.getByRole('img', { name: /مخطط أعمدة/ })).toBeVisible();
  await page.goto('/ar/plans?region=LAS');
  await expect(page.getByRole('link', { name: /تونس/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto(actionUrl);
  await expectAccessible(page);
});
