import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { e2eDataDir } from '../../playwright.config';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

interface OutboxMail {
  to: string;
  subject: string;
  attachments?: { filename: string; content: string }[];
}

/** Waits for a mail to `address` whose subject contains `subject` (the job runner sends queued mail). */
async function mailTo(address: string, subject: string): Promise<OutboxMail> {
  const dir = path.join(e2eDataDir, 'outbox');
  let found: OutboxMail | undefined;
  await expect
    .poll(
      () => {
        const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
        found = files
          .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as OutboxMail)
          .find((m) => m.to.toLowerCase() === address && m.subject.includes(subject));
        return Boolean(found);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

const title = 'ورشة تدريب جهات التنسيق على الاستعراضات الطوعية (اختبار)';
const focalName = 'جهة اتصال الأردن (تجريبي)';

/**
 * In Arabic: the LAS secretariat creates a one-day workshop for today, sets the states in scope
 * (Somalia has no focal point and is listed as such), invites their focal points (the mail carries
 * the calendar), adds a public link; Jordan's focal point accepts and is registered; the organisers
 * mark attendance and close the record; the public page says the training took place, with counts
 * and without names. Every page passes axe; the public page fits a 360 px phone.
 */
test('invite focal points → one accepts → attendance → record closed → public record', async ({ page }) => {
  test.setTimeout(240_000);
  const today = new Date().toISOString().slice(0, 10);
  await signInAs(page, 'las@marsad.test');
  await page.goto('/ar/meetings/new');
  await page.getByLabel(msg('ar', 'meetings.field.kind')).selectOption('workshop');
  await page.getByLabel(msg('ar', 'meetings.field.titleAr')).fill(title);
  await page.getByLabel(msg('ar', 'meetings.field.startsOn')).fill(today);
  await page.getByLabel(msg('ar', 'meetings.field.endsOn')).fill(today);
  await page.getByLabel(msg('ar', 'meetings.field.timeZone')).fill('UTC');
  await page.getByLabel(msg('ar', 'meetings.field.venue')).fill('مقر جامعة الدول العربية، القاهرة');
  await page.getByRole('button', { name: msg('ar', 'meetings.new.submit') }).click();
  await expect(page.getByText(msg('ar', 'meetings.notice.created'))).toBeVisible();
  await page.getByRole('button', { name: msg('ar', 'meetings.status.publishAction') }).click();
  await expect(page.getByText(msg('ar', 'meetings.notice.published'))).toBeVisible();
  await page.getByRole('link', { name: msg('ar', 'meetings.workshop.manageLink') }).click();
  await expect(page).toHaveURL(/\/workshop$/);
  const workshopUrl = page.url().replace(/\?.*$/, '');
  await expect(page.getByText(msg('ar', 'workshops.record.notYet'))).toBeVisible();
  await expectAccessible(page);

  // The states in scope; Somalia has no focal point.
  for (const name of ['الأردن', 'مصر', 'الصومال']) {
    await page.getByRole('checkbox', { name, exact: true }).check();
  }
  await page.getByRole('button', { name: msg('ar', 'workshops.states.save') }).click();
  await expect(page.getByText(msg('ar', 'workshops.notice.statesSaved'))).toBeVisible();
  await expect(page.getByRole('note')).toContainText('الصومال');

  // One action invites both focal points; inviting again sends nothing new.
  await page.getByRole('button', { name: msg('ar', 'workshops.invitations.invite') }).click();
  await expect(page.getByText(msg('ar', 'workshops.notice.invited'))).toBeVisible();
  await expect(page.getByRole('cell', { name: focalName, exact: false })).toBeVisible();
  await page.getByRole('button', { name: msg('ar', 'workshops.invitations.invite') }).click();
  await expect(page.getByText(msg('ar', 'workshops.notice.invited'))).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(3);
  const invitation = await mailTo('focal.jo@marsad.test', title);
  expect(invitation.subject.startsWith('دعوة:')).toBe(true);
  expect(invitation.attachments?.[0]?.content).toContain('METHOD:PUBLISH');

  // A public link among the materials.
  await page.getByLabel(msg('ar', 'workshops.materials.titleAr')).fill('عرض نموذج الإرشادات');
  await page.getByLabel(msg('ar', 'workshops.materials.url')).fill('https://example.org/slides');
  await page.getByLabel(msg('ar', 'workshops.materials.visibilityLabel')).selectOption('public');
  await page.getByRole('button', { name: msg('ar', 'workshops.materials.addSubmit') }).click();
  await expect(page.getByText(msg('ar', 'workshops.notice.materialAdded'))).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // Jordan's focal point accepts and is registered.
  await signInAs(page, 'focal.jo@marsad.test');
  await page.goto(workshopUrl);
  await expect(page.getByText(msg('ar', 'workshops.invitation.status.invited'))).toBeVisible();
  await page.getByLabel(msg('ar', 'workshops.invitation.gender')).selectOption('woman');
  await expectAccessible(page);
  await page.getByRole('button', { name: msg('ar', 'workshops.invitation.accept') }).click();
  await expect(page.getByText(msg('ar', 'workshops.notice.accepted'))).toBeVisible();
  await expect(page.getByText(msg('ar', 'workshops.invitation.registration.confirmed'))).toBeVisible();
  await signOut(page);

  // The organisers mark attendance and close the record.
  await signInAs(page, 'las@marsad.test');
  await page.goto(workshopUrl);
  await page.locator('select[name^="marks."]').selectOption('attended');
  await page.getByRole('button', { name: msg('ar', 'workshops.attendance.save') }).click();
  await expect(page.getByText(msg('ar', 'workshops.notice.attendanceSaved'))).toBeVisible();
  await page.getByLabel(msg('ar', 'workshops.recordForm.topicsAr')).fill('نموذج الإرشادات وجمع البيانات');
  await page.getByLabel(msg('ar', 'workshops.recordForm.reportAr')).fill('تدرّبت جهات التنسيق على النموذج.');
  await page.getByRole('button', { name: msg('ar', 'workshops.recordForm.submit') }).click();
  await expect(page.getByText(msg('ar', 'workshops.notice.recordClosed'))).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The public page: the training took place, counts only.
  await page.goto(workshopUrl);
  await expect(page.getByRole('heading', { name: msg('ar', 'workshops.record.tookPlace') })).toBeVisible();
  await expect(page.getByText('تدرّب شخص واحد.')).toBeVisible();
  await expect(page.getByText('عرض نموذج الإرشادات')).toBeVisible();
  await expect(page.getByText(focalName)).toHaveCount(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  expect(await page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth)).toBe(
    true,
  );
});
