import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, signOutFromMenu, test } from './fixtures';

const m = (key: string) => msg('ar', key);

async function signInAs(page: Page, email: string) {
  await page.goto('/ar/sign-in');
  await page.getByLabel(m('accounts.field.email')).fill(email);
  await page.getByLabel(m('accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: m('accounts.signIn.submit') }).click();
  await expectSignedIn(page);
}

test('a request for support is submitted and the secretariat sees suggested experts with why they matched, in Arabic', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const topic = 'دعم فني لتنظيم استقدام العمال المنزليين';

  // Jordan's focal point asks for support on objectives 6 and 7, in Arabic.
  await signInAs(page, 'focal.jo@marsad.test');
  await page.goto('/ar/hub/support/new');
  await expect(page.getByRole('heading', { name: m('hub-support.new.title') })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(m('hub-support.new.topicAr')).fill(topic);
  await page
    .getByLabel(m('hub-support.new.descriptionAr'))
    .fill('نحتاج إلى مراجعة إجراءات الاستقدام ومنع تحميل العمال رسوم التوظيف.');
  await page.getByLabel(m('hub-support.new.kind')).selectOption('technical');
  const objectives = page.getByRole('group', { name: m('hub-support.new.objectives') });
  await objectives.locator('input[value="6"]').check();
  await objectives.locator('input[value="7"]').check();
  await page.getByLabel(m('hub-support.new.country')).selectOption('JOR');
  await page
    .getByRole('group', { name: m('hub-support.new.languages') })
    .locator('input[value="ar"]')
    .check();
  await page.getByRole('button', { name: m('hub-support.new.submit') }).click();
  await expect(page.getByRole('heading', { name: topic })).toBeVisible();
  const requestUrl = new URL(page.url()).pathname;
  expect(requestUrl).toMatch(/^\/ar\/hub\/support\/[0-9a-f-]{36}$/);
  await signOutFromMenu(page);

  // The Network secretariat finds it in its queue and sees the sample experts suggested, each with why.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/hub/support');
  await page.getByRole('link', { name: topic }).click();
  await expect(page.getByRole('heading', { name: topic })).toBeVisible();
  await expect(page.getByRole('heading', { name: m('hub-support.matches.title') })).toBeVisible();
  const experts = page.getByTestId('matched-experts').getByRole('listitem');
  const best = experts.first();
  await expect(best.getByRole('link', { name: 'خبيرة (تجريبي) — Sample expert' })).toBeVisible();
  const why = m('hub-support.matches.why').split('{')[0]!.trim();
  await expect(best.getByText(why)).toBeVisible();
  await expect(best.getByText(m('hub-experts.lang.ar'), { exact: false })).toBeVisible();
  await expect(page.getByTestId('matched-resources').getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page);
});
