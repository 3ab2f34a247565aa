import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { e2eDataDir } from '../../playwright.config';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

/** Signs out and waits until the header shows the sign-in link (the session cookie is gone). */
async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: string }[];
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

/** The page does not scroll sideways at this width. */
async function fitsWidth(page: Page) {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth);
}

const year = new Date().getUTCFullYear() + 1;
const title = 'حوار إقليمي مع أصحاب المصلحة حول الهجرة (اختبار التسجيل)';

/**
 * In Arabic: the LAS secretariat opens registration for one place; the NGO registers and gets the
 * place (confirmation mail with the meeting's calendar), Jordan's focal point goes to the waiting
 * list; the NGO cancels and the focal point moves up (mail); the organisers then require approval,
 * the NGO registers again and waits for approval, the organisers approve it and export the list.
 * Every page passes axe; the participant list fits a 360 px phone.
 */
test('register → waiting list → a cancellation moves it up; the organisers approve and export', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, 'las@marsad.test');
  await page.goto('/ar/meetings/new');
  await page.getByLabel(msg('ar', 'meetings.field.titleAr')).fill(title);
  await page.getByLabel(msg('ar', 'meetings.field.startsOn')).fill(`${year}-04-12`);
  await page.getByLabel(msg('ar', 'meetings.field.endsOn')).fill(`${year}-04-12`);
  await page.getByLabel(msg('ar', 'meetings.field.timeZone')).fill('Africa/Cairo');
  await page.getByLabel(msg('ar', 'meetings.field.venue')).fill('مقر جامعة الدول العربية، القاهرة');
  await page.getByRole('button', { name: msg('ar', 'meetings.new.submit') }).click();
  await expect(page.getByText(msg('ar', 'meetings.notice.created'))).toBeVisible();
  await page.getByRole('button', { name: msg('ar', 'meetings.status.publishAction') }).click();
  await expect(page.getByText(msg('ar', 'meetings.notice.published'))).toBeVisible();
  const meetingUrl = page.url().replace(/\?.*$/, '');

  // The organisers open registration: one place, no approval.
  await page.getByRole('link', { name: msg('ar', 'registration.manageLink') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    msg('ar', 'registration.participants.title'),
  );
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'registration.settings.open'), { exact: true }).check();
  await page.getByLabel(msg('ar', 'registration.settings.capacity')).fill('١');
  await page.getByRole('button', { name: msg('ar', 'registration.settings.save') }).click();
  await expect(page.getByText(msg('ar', 'registration.notice.settingsSaved'))).toBeVisible();
  await signOut(page);

  // The NGO registers and gets the one place.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(meetingUrl);
  await expect(page.getByText('بقي مقعد واحد.')).toBeVisible();
  await page.getByLabel(msg('ar', 'registration.field.organisation')).fill('شبكة المهاجرين العربية');
  await page.getByLabel(msg('ar', 'registration.field.accessibility')).fill('ترجمة بلغة الإشارة');
  await expectAccessible(page);
  await page.getByRole('button', { name: msg('ar', 'registration.submit') }).click();
  await expect(page.getByText(msg('ar', 'registration.mine.confirmed'))).toBeVisible();
  await expectAccessible(page);
  const confirmation = await mailTo('ngo@marsad.test', 'تأكيد تسجيلك');
  expect(confirmation.attachments?.[0]?.content).toContain('METHOD:PUBLISH');
  await signOut(page);

  // Jordan's focal point: no place left, the waiting list.
  await signInAs(page, 'focal.jo@marsad.test');
  await page.goto(meetingUrl);
  await page.getByRole('button', { name: msg('ar', 'registration.submit') }).click();
  await expect(page.getByText(msg('ar', 'registration.mine.waitlisted'))).toBeVisible();
  await expect(page.getByText(/ترتيبك في القائمة: (1|١)\./)).toBeVisible();
  await mailTo('focal.jo@marsad.test', 'قائمة الانتظار');
  await signOut(page);

  // The NGO cancels: the focal point moves up and is told, with the calendar.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(meetingUrl);
  await page.getByRole('button', { name: msg('ar', 'registration.cancel') }).click();
  await expect(page.getByText(msg('ar', 'registration.notice.registrationCancelled'))).toBeVisible();
  const movedUp = await mailTo('focal.jo@marsad.test', 'شغر مقعد');
  expect(movedUp.attachments?.[0]?.filename).toBe('meeting.ics');
  await signOut(page);
  await signInAs(page, 'focal.jo@marsad.test');
  await page.goto(meetingUrl);
  await expect(page.getByText(msg('ar', 'registration.mine.confirmed'))).toBeVisible();
  await signOut(page);

  // The organisers add a place and require approval; the NGO registers again and waits for approval.
  await signInAs(page, 'las@marsad.test');
  await page.goto(`${meetingUrl}/participants`);
  await page.getByLabel(msg('ar', 'registration.settings.capacity')).fill('٢');
  await page.getByLabel(msg('ar', 'registration.settings.approvalRequired')).check();
  await page.getByRole('button', { name: msg('ar', 'registration.settings.save') }).click();
  await expect(page.getByText(msg('ar', 'registration.notice.settingsSaved'))).toBeVisible();
  await signOut(page);
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(meetingUrl);
  await expect(page.getByText(msg('ar', 'registration.mine.cancelled'))).toBeVisible();
  // The form comes back with the answers given the first time.
  await expect(page.getByLabel(msg('ar', 'registration.field.accessibility'))).toHaveValue(
    'ترجمة بلغة الإشارة',
  );
  await page.getByRole('button', { name: msg('ar', 'registration.submit') }).click();
  await expect(page.getByText(msg('ar', 'registration.mine.pending'))).toBeVisible();
  await signOut(page);

  // The organisers approve it, filter the list and export it.
  await signInAs(page, 'las@marsad.test');
  await page.goto(`${meetingUrl}/participants`);
  await expectAccessible(page);
  await page.getByRole('button', { name: /^اعتماد تسجيل/ }).click();
  await expect(page.getByText(msg('ar', 'registration.notice.decided'))).toBeVisible();
  await mailTo('ngo@marsad.test', 'تأكيد تسجيلك');
  await page
    .getByLabel(msg('ar', 'registration.participants.filter'), { exact: true })
    .selectOption('confirmed');
  await page.getByRole('button', { name: msg('ar', 'registration.participants.show') }).click();
  await expect(page).toHaveURL(/status=confirmed/);
  await expect(page.getByText('ترجمة بلغة الإشارة')).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: msg('ar', 'registration.participants.exportCsv') }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFFالاسم,البريد الإلكتروني,الحالة')).toBe(true);
  expect(csv).toContain('شبكة المهاجرين العربية');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);

  // The participant list fits a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  expect(await fitsWidth(page)).toBe(true);
});
