import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { expect, expectAccessible, latestMailTo, signInAs, signOutFromMenu, test } from './fixtures';

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

test('the pledge map is on the dashboard, readable and accessible, in Arabic', async ({ page }) => {
  await page.goto('/ar/pledges/dashboard');
  const map = page.locator('figure#map');
  await expect(map.getByRole('img', { name: msg('ar', 'pledges-support.map.caption') })).toBeVisible();
  await expect(map.locator('path[data-m49="400"]')).toHaveCount(1);
  await expect(map.getByText(msg('ar', 'pledges-support.map.none'))).toBeVisible();
  await map.getByText(msg('ar', 'pledges-dashboard.showTable')).click();
  await expect(map.getByRole('table')).toBeVisible();
  await expectAccessible(page);
});

test('a pledger asks for support, the secretariat answers, the pledger reads the answer, in Arabic', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const need = 'نحتاج إلى دعم فني لتصميم مؤشر رسوم التوظيف وجمع بياناته من الجمعيات الأعضاء.';
  const answer = 'سيتواصل معكم المكتب الإقليمي للمنظمة الدولية للهجرة لعقد ورشة عمل في أيار/مايو.';

  // The pledger (a sample organisation's admin) picks one of its published pledges.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto('/ar/pledges/mine');
  await page.getByRole('link', { name: msg('ar', 'pledges-support.mine.partnerships') }).click();
  await expect(page).toHaveURL(/\/ar\/pledges\/partnerships$/);
  await expectAccessible(page);
  await page.goto('/ar/pledges/mine');
  const row = page.locator('tr[data-pledge]', { has: page.locator('td[data-status="published"]') }).first();
  const pledgeId = await row.getAttribute('data-pledge');
  expect(pledgeId).toBeTruthy();

  await page.goto(`/ar/pledges/${pledgeId}/attachments`);
  await expectAccessible(page);

  await page.goto(`/ar/pledges/${pledgeId}`);
  await page
    .getByRole('link', { name: msg('ar', 'pledges-support.tools.askSupport') })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/ar/pledges/${pledgeId}/support$`));
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'pledges-support.ask.kind')).selectOption('technical');
  await page.getByLabel(msg('ar', 'pledges-support.ask.descriptionAr')).fill(need);
  await page.getByRole('button', { name: msg('ar', 'pledges-support.ask.submit') }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/pledges/${pledgeId}\\?notice=supportRequested#support$`));
  await expect(page.getByText(msg('ar', 'pledges-support.notice.requested'))).toBeVisible();
  await expect(page.locator('#support').getByText(need)).toBeVisible();
  await signOut(page);

  // The Network secretariat finds it in its queue and answers.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/pledges/support');
  await expectAccessible(page);
  await page.locator('main table a').first().click();
  await expect(page).toHaveURL(/\/ar\/pledges\/support\/[0-9a-f-]+$/);
  await expect(page.getByText(need)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'pledges-support.request.status')).selectOption('answered');
  await page.getByLabel(msg('ar', 'pledges-support.request.reply')).fill(answer);
  await page.getByRole('button', { name: msg('ar', 'pledges-support.request.submit') }).click();
  await expect(page.getByText(msg('ar', 'pledges-support.request.saved'))).toBeVisible();
  await signOut(page);

  // The pledger is told by mail and reads the answer on the pledge page; the public does not see it.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(`/ar/pledges/${pledgeId}`);
  const support = page.locator('#support');
  await expect(support.getByText(answer)).toBeVisible();
  await expect(support.getByText(msg('ar', 'pledges-support.status.answered'))).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
  await page.goto(`/ar/pledges/${pledgeId}`);
  await expect(page.locator('#support')).toHaveCount(0);
  // The mail goes out through the job queue (polled every few seconds).
  await expect
    .poll(async () => (await latestMailTo('ngo@marsad.test').catch(() => ({ text: '' }))).text, {
      timeout: 30_000,
    })
    .toContain(answer);
  await expect(page.getByText(answer)).toHaveCount(0);
});
