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

test('a visitor signs up in Arabic, verifies through the outbox mail, signs out and signs in again', async ({
  page,
}) => {
  const email = `amal.${Date.now()}@example.org`;
  await page.goto('/ar/sign-up');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page);

  await page.getByLabel(msg('ar', 'accounts.field.name')).fill('أمل الحسيني');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill(email);
  await page
    .getByLabel(msg('ar', 'accounts.field.newPassword'), { exact: true })
    .fill('كلمة مرور طويلة 2026');
  await page.getByLabel(msg('ar', 'accounts.field.passwordConfirm')).fill('كلمة مرور مختلفة');
  await page.getByRole('button', { name: msg('ar', 'accounts.signUp.submit') }).click();
  // A mismatch is refused in Arabic and keeps what was typed.
  await expect(page.getByText('كلمتا المرور غير متطابقتين.')).toBeVisible();
  await expect(page.getByLabel(msg('ar', 'accounts.field.email'))).toHaveValue(email);
  await expectAccessible(page);

  await page
    .getByLabel(msg('ar', 'accounts.field.newPassword'), { exact: true })
    .fill('كلمة مرور طويلة 2026');
  await page.getByLabel(msg('ar', 'accounts.field.passwordConfirm')).fill('كلمة مرور طويلة 2026');
  await page.getByRole('button', { name: msg('ar', 'accounts.signUp.submit') }).click();
  await expect(page.getByRole('heading', { name: msg('ar', 'accounts.checkEmail.title') })).toBeVisible();

  const mail = await latestMailTo(email);
  await page.goto(linkIn(mail.text));
  await expectAccessible(page);
  await page.getByRole('button', { name: msg('ar', 'accounts.verify.confirmSubmit') }).click();
  await expectSignedIn(page);

  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();

  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill(email);
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill('خطأ خطأ خطأ خطأ');
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expect(page.getByRole('alert')).toContainText('البريد الإلكتروني أو كلمة المرور غير صحيحة');
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill('كلمة مرور طويلة 2026');
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);
  await page.goto('/ar/account');
  await expectAccessible(page);
});

test('sign-in works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill('network@marsad.test');
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);
  await context.close();
});
