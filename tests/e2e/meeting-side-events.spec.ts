import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

const year = new Date().getUTCFullYear() + 1;
const meetingTitle = 'منتدى إقليمي للهجرة (اختبار الفعاليات الجانبية)';
const declinedTitle = 'تمويل مشروعات العودة (اختبار)';
const acceptedTitle = 'العاملات المهاجرات في قطاع الرعاية (اختبار)';
const reason = 'البرنامج مكتمل في هذا المحور.';

/** Fills the proposal form: a title, the organisation, a description, two objectives, the format, a day, Arabic. */
async function propose(page: Page, title: string, day: string) {
  await page.getByLabel(msg('ar', 'side-events.field.titleAr')).fill(title);
  await page.getByLabel(msg('ar', 'side-events.field.proposingOrganisation')).fill('منظمة مجتمع مدني');
  await page.getByLabel(msg('ar', 'side-events.field.organisers')).fill('شبكة المهاجرين\nاتحاد النقابات');
  await page.getByLabel(msg('ar', 'side-events.field.description')).fill('حوار عن الحماية الاجتماعية.');
  await page.getByRole('checkbox', { name: /الهدف (6|٦)$/ }).check();
  await page.getByRole('checkbox', { name: /الهدف (22|٢٢)$/ }).check();
  await page.getByLabel(msg('ar', 'side-events.field.format')).selectOption('hybrid');
  await page.getByLabel(msg('ar', 'side-events.field.preferredDay')).fill(day);
  await page.getByRole('checkbox', { name: msg('ar', 'meetings.unLanguage.ar') }).check();
  await page.getByRole('button', { name: msg('ar', 'side-events.propose.submit') }).click();
  await expect(page.getByText(msg('ar', 'side-events.notice.proposed'))).toBeVisible();
}

/**
 * In Arabic: the LAS secretariat publishes a meeting and opens side-event proposals; the NGO
 * proposes two (a day outside the meeting is refused beside the field first); the organisers decline
 * one with a reason and accept the other with a slot in the agenda; the public programme and the
 * meeting page show the accepted one only, and the NGO reads the reason. Every page passes axe.
 */
test('propose side events → one declined with a reason, one accepted into the public programme', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, 'las@marsad.test');
  await page.goto('/ar/meetings/new');
  await page.getByLabel(msg('ar', 'meetings.field.titleAr')).fill(meetingTitle);
  await page.getByLabel(msg('ar', 'meetings.field.startsOn')).fill(`${year}-05-10`);
  await page.getByLabel(msg('ar', 'meetings.field.endsOn')).fill(`${year}-05-11`);
  await page.getByLabel(msg('ar', 'meetings.field.timeZone')).fill('Africa/Cairo');
  await page.getByLabel(msg('ar', 'meetings.field.venue')).fill('مقر جامعة الدول العربية، القاهرة');
  await page.getByRole('button', { name: msg('ar', 'meetings.new.submit') }).click();
  await expect(page.getByText(msg('ar', 'meetings.notice.created'))).toBeVisible();
  await page.getByRole('button', { name: msg('ar', 'meetings.status.publishAction') }).click();
  await expect(page.getByText(msg('ar', 'meetings.notice.published'))).toBeVisible();
  const meetingUrl = page.url().replace(/\?.*$/, '');

  // The organisers open proposals.
  await page.getByRole('link', { name: msg('ar', 'side-events.meetingPage.link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'side-events.title'));
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'side-events.settings.open')).check();
  await page.getByRole('button', { name: msg('ar', 'side-events.settings.save') }).click();
  await expect(page.getByText(msg('ar', 'side-events.notice.settingsSaved'))).toBeVisible();
  await signOut(page);

  // The NGO proposes: a day outside the meeting is refused beside the field, what was typed is kept.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(`${meetingUrl}/side-events`);
  await page.getByLabel(msg('ar', 'side-events.field.titleAr')).fill(declinedTitle);
  await page.getByLabel(msg('ar', 'side-events.field.proposingOrganisation')).fill('منظمة مجتمع مدني');
  await page.getByLabel(msg('ar', 'side-events.field.description')).fill('حوار.');
  await page.getByRole('checkbox', { name: /الهدف (21|٢١)$/ }).check();
  await page.getByLabel(msg('ar', 'side-events.field.format')).selectOption('online');
  await page.getByLabel(msg('ar', 'side-events.field.preferredDay')).fill(`${year}-05-12`);
  await page.getByRole('checkbox', { name: msg('ar', 'meetings.unLanguage.ar') }).check();
  await page.getByRole('button', { name: msg('ar', 'side-events.propose.submit') }).click();
  const dayField = page.getByLabel(msg('ar', 'side-events.field.preferredDay'));
  await expect(dayField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(msg('ar', 'side-events.field.titleAr'))).toHaveValue(declinedTitle);
  await expectAccessible(page);
  await dayField.fill(`${year}-05-11`);
  await page.getByRole('button', { name: msg('ar', 'side-events.propose.submit') }).click();
  await expect(page.getByText(msg('ar', 'side-events.notice.proposed'))).toBeVisible();
  await propose(page, acceptedTitle, `${year}-05-10`);
  const mine = page.getByRole('region', { name: msg('ar', 'side-events.mine.title') });
  await expect(mine.getByText(msg('ar', 'side-events.status.pending'))).toHaveCount(2);
  await expectAccessible(page);
  await signOut(page);

  // The organisers decline one with a reason and accept the other with a slot.
  await signInAs(page, 'las@marsad.test');
  await page.goto(`${meetingUrl}/side-events`);
  const queue = page.getByRole('region', { name: msg('ar', 'side-events.queue.title') });
  await queue.getByRole('link', { name: declinedTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(declinedTitle);
  await expectAccessible(page);
  await page.getByRole('button', { name: msg('ar', 'side-events.decline.submit') }).click();
  await expect(page.getByLabel(msg('ar', 'side-events.decline.reason'))).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByLabel(msg('ar', 'side-events.decline.reason')).fill(reason);
  await page.getByRole('button', { name: msg('ar', 'side-events.decline.submit') }).click();
  await expect(page.getByText(msg('ar', 'side-events.notice.declined'))).toBeVisible();
  await queue.getByRole('link', { name: acceptedTitle }).click();
  // The proposal's own page before typing: on a slow machine the declined one's forms were still shown.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(acceptedTitle);
  await page.getByLabel(msg('ar', 'side-events.accept.day')).fill(`${year}-05-10`);
  await page.getByLabel(msg('ar', 'side-events.accept.startTime')).fill('13:00');
  await page.getByLabel(msg('ar', 'side-events.accept.endTime')).fill('14:00');
  await page.getByLabel(msg('ar', 'side-events.accept.room')).fill('القاعة ٣');
  await page.getByRole('button', { name: msg('ar', 'side-events.accept.submit') }).click();
  await expect(page.getByText(msg('ar', 'side-events.notice.accepted'))).toBeVisible();
  await signOut(page);

  // The public programme and the meeting page show the accepted side event only.
  await page.goto(`${meetingUrl}/side-events`);
  const programme = page.getByRole('region', { name: msg('ar', 'side-events.programme.title') });
  await expect(programme.getByRole('link', { name: acceptedTitle })).toBeVisible();
  await expect(page.getByText(declinedTitle)).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(meetingUrl);
  const section = page.getByRole('region', { name: msg('ar', 'side-events.meetingPage.title'), exact: true });
  await expect(section.getByRole('link', { name: acceptedTitle })).toBeVisible();
  await expect(page.getByText(declinedTitle)).toHaveCount(0);
  await expectAccessible(page);

  // The proposer reads the reason.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(`${meetingUrl}/side-events`);
  await expect(
    page.getByRole('region', { name: msg('ar', 'side-events.mine.title') }).getByText(reason),
  ).toBeVisible();
});
