import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { demoReviewIds } from '../../seed/demo-review-ids';
import { msg } from './catalog';
import { expect, expectAccessible, latestMailTo, signInAs, signOutFromMenu, test } from './fixtures';

const o = (key: string) => msg('ar', `reviews-outreach.${key}`);
const c = (key: string) => msg('ar', `reviews-cycles.${key}`);
const e = (key: string) => msg('ar', `reviews-edit.${key}`);

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

/** No horizontal scrolling on a 360 px phone (the page's own width, not a table's scroll box). */
async function expectNoOverflowAt360(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  if (viewport) await page.setViewportSize(viewport);
}

const ngoQuote = 'تُصادَر جوازات سفر العمال المهاجرين عند وصولهم، ولا يجدون سبيلًا ميسّرًا إلى الإنصاف.';

/** The newest mail to an address once the job runner has sent it (it polls every few seconds). */
async function mailTo(address: string, subject: RegExp) {
  let found: { subject: string; text: string } | null = null;
  await expect
    .poll(
      async () => {
        found = await latestMailTo(address).catch(() => null);
        return found?.subject ?? '';
      },
      { timeout: 30_000 },
    )
    .toMatch(subject);
  return found! as { subject: string; text: string };
}

test('the LAS secretariat reaches the states: invitations when a cycle opens, a late state reminded now, a review registered from a PDF — in Arabic', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await signInAs(page, 'las@marsad.test');

  // The focal-point registry: Oman's focal point, with no account yet.
  await page.goto('/ar/reviews/contacts/LAS');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('جهات الاتصال الوطنية');
  await page.getByLabel(o('contacts.field.state')).selectOption('OMN');
  await page.getByLabel(o('contacts.field.name')).fill('سالم الحارثي');
  await page.getByLabel(o('contacts.field.ministry')).fill('وزارة العمل');
  await page.getByLabel(o('contacts.field.email')).fill('salem@mol.example.om');
  await page.getByLabel(o('contacts.field.language')).selectOption('ar');
  await page.getByRole('button', { name: o('contacts.addSubmit') }).click();
  await expect(page.getByText(o('contacts.notice.added'))).toBeVisible();
  await expect(page.getByText('salem@mol.example.om')).toBeVisible();
  await expectAccessible(page);

  // A new cycle (draft), its letter edited before it opens.
  await page.goto('/ar/reviews/cycles/new');
  await page.getByLabel(c('field.titleAr')).first().fill('الاستعراض الإقليمي الرابع');
  await page.getByLabel(c('field.titleEn')).first().fill('Fourth Arab regional review');
  await page.getByLabel(c('field.template')).selectOption(demoReviewIds.template);
  await page.getByLabel(c('field.deadline')).fill('2099-05-31');
  await page.getByRole('button', { name: c('form.save'), exact: true }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/cycles\/[0-9a-f-]+\?notice=created$/);
  const cycleUrl = page.url().replace(/\?.*$/, '');

  await page.getByRole('link', { name: c('tabs.outreach') }).click();
  await expect(page).toHaveURL(`${cycleUrl}/outreach`);
  const arabicLetter = page.locator('fieldset[lang="ar"]');
  await arabicLetter.getByLabel(o('outreach.subject')).fill('دعوة {state} إلى الاستعراض الرابع');
  await page.getByRole('button', { name: o('outreach.saveLetter') }).click();
  await expect(page.getByText(o('outreach.notice.letterSaved'))).toBeVisible();
  await expect(page.getByText(o('outreach.logEmptyDraft'))).toBeVisible();
  await expectAccessible(page);

  // Opening the cycle writes to every contact, in their language, with the guidance template.
  await page.goto(cycleUrl);
  await page.getByRole('button', { name: c('cycle.action.open') }).click();
  await expect(page.getByText(c('cycle.notice.opened'))).toBeVisible();
  const invitation = await mailTo('salem@mol.example.om', /^دعوة .+ إلى الاستعراض الرابع$/);
  expect(invitation.text).toContain('السيد/السيدة سالم الحارثي');
  expect(invitation.text).toContain('النموذج الاسترشادي');
  expect(invitation.text).toContain(`${cycleUrl.replace(/^https?:\/\/[^/]+/, '')}`);
  await page.goto(`${cycleUrl}/outreach`);
  await expect(page.getByRole('cell', { name: 'salem@mol.example.om' })).toBeVisible();

  // The tracker: Oman's contact, no sign-in yet; remind it now, the message shown before it goes.
  await page.goto(`${cycleUrl}/tracker`);
  const oman = page.getByRole('row').filter({ hasText: 'سالم الحارثي' });
  await expect(oman).toContainText(o('tracker.neverSignedIn'));
  await expect(oman).toContainText(o('tracker.notReminded'));
  await expectAccessible(page);
  // Every late state at once: those with nobody on file are listed, not skipped.
  await page.getByRole('button', { name: /تذكير كل الدول التي لم تقدّم استعراضها/ }).click();
  await expect(page.getByRole('heading', { name: o('remind.previewTitle') })).toBeVisible();
  await expect(page.getByText(/لعدم وجود جهة اتصال لها/)).toBeVisible();
  await page.getByRole('link', { name: o('remind.cancel') }).click();

  await oman.getByRole('button', { name: /^تذكير .+ الآن$/ }).click();
  await expect(page.getByRole('heading', { name: o('remind.previewTitle') })).toBeVisible();
  await expect(page.getByText('salem@mol.example.om')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: o('remind.confirm') }).click();
  await expect(page.getByText('أُرسل تذكير واحد.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'سالم الحارثي' })).toContainText('آخر تذكير');
  const reminder = await mailTo('salem@mol.example.om', /^تذكير بالاستعراض الوطني الطوعي/);
  expect(reminder.text).toContain('الاستعراض الإقليمي الرابع');

  // Oman's review arrives by e-mail as a PDF: the secretariat registers it.
  await page.getByRole('link', { name: o('outreach.receivedLink') }).click();
  await expect(page).toHaveURL(`${cycleUrl}/received/upload`);
  await expectAccessible(page);
  await page.getByLabel(o('received.state')).selectOption('OMN');
  await page
    .getByLabel(o('received.file'))
    .setInputFiles(path.join(import.meta.dirname, 'files/national-review.pdf'));
  await page.getByLabel(o('received.receivedOn')).fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel(o('received.language')).selectOption('ar');
  await page.getByRole('checkbox', { name: /^الهدف ٧:/ }).check();
  await page.getByRole('checkbox', { name: /^الهدف ٢٣:/ }).check();
  await page.getByRole('button', { name: o('received.submit') }).click();
  await expect(page).toHaveURL(`${cycleUrl}/tracker?notice=received`);
  await expect(page.getByText(o('received.notice'))).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'وردت تقارير ١ من ٢٢ دولة' })).toBeVisible();
  const received = page.getByRole('row').filter({ hasText: 'سالم الحارثي' });
  await expect(received).toContainText(msg('ar', 'reviews.status.submitted'));
  await expect(received).toContainText('وردت إلى الأمانة في');
  await expectAccessible(page);
  const cycleId = cycleUrl.split('/').pop()!;
  await signOut(page);

  // An NGO writes a free-form parallel review and tags it with objective 6.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(`/ar/reviews/new?cycle=${cycleId}`);
  const parallelForm = page
    .locator('form')
    .filter({ has: page.locator('input[name="kind"][value="parallel"]') });
  await parallelForm.getByRole('radio', { name: e('field.freeForm') }).check();
  await parallelForm
    .getByLabel(e('field.titleAr'), { exact: true })
    .fill('استعراض موازٍ حر: العمال المهاجرون');
  await parallelForm.getByRole('button', { name: e('new.startParallel') }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/[0-9a-f-]{36}\/edit\?created=1$/);
  const reviewUrl = page.url().replace(/\/edit\?.*$/, '');
  await page.getByRole('checkbox', { name: /^الهدف ٦:/ }).check();
  await page.getByRole('button', { name: e('objectiveTags.save') }).click();
  await expect(page.getByText(e('notice.objectivesSaved'))).toBeVisible();
  await page.goto(`${reviewUrl}/sections/body`);
  const bodyLabel = e('field.bodyIn').replace('{language}', e('lang.ar'));
  await page.getByLabel(bodyLabel, { exact: true }).fill(ngoQuote);
  await page.getByRole('button', { name: e('section.save') }).click();
  await expect(page.getByText(e('notice.saved'))).toBeVisible();
  await page.goto(`${reviewUrl}/edit`);
  await page.getByRole('button', { name: e('edit.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/mine\?submitted=1$/);
  await signOut(page);

  // The secretariat adds objective 7 to the authors' tags and publishes it.
  await signInAs(page, 'las@marsad.test');
  await page.goto(`${reviewUrl}/moderate`);
  await expect(page.getByRole('checkbox', { name: /^الهدف ٦:/ })).toBeDisabled();
  await page.getByRole('checkbox', { name: /^الهدف ٧:/ }).check();
  await page.getByRole('button', { name: e('objectiveTags.save') }).click();
  await expect(page.getByRole('checkbox', { name: /^الهدف ٧:/ })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('button', { name: e('moderate.action.publish') }).click();
  await expect(page).toHaveURL(/done=publish/);

  // Quoted in the synthesis under objective 6 (and 7, the secretariat's tag).
  await page.goto(`${cycleUrl}/synthesis?draft=1`);
  await expect(page.locator('#objective-6')).toContainText(ngoQuote);
  await expect(page.locator('#objective-7')).toContainText(ngoQuote);
  const objectiveTitle = ((await page.locator('#objective-6-title').textContent()) ?? '').trim();
  await page.goto(`${cycleUrl}/synthesis/edit`);
  await page.getByRole('button', { name: /^حفظ النسخة .+ ونشرها$/ }).click();
  await expect(page.getByText(/^نُشرت النسخة ١ من التقرير/)).toBeVisible();
  await expect(page.locator('#objective-6')).toContainText(ngoQuote);
  await expectAccessible(page);
  await expectNoOverflowAt360(page);

  // The DOCX: a table of contents (entries linking to the headings' bookmarks, page numbers as
  // PAGEREF fields; docx-kit.ts), the objective's title in a heading with its bookmark.
  const docx = await page.request.get(`/api/v1/review-cycles/${cycleId}/synthesis.docx?lang=ar`);
  expect(docx.status()).toBe(200);
  const xml = strFromU8(unzipSync(new Uint8Array(await docx.body()))['word/document.xml']!);
  expect(xml).toContain('w:anchor="toc_objective_6"');
  expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGEREF toc_objective_6\b/);
  const headings = [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
    .map((m) => m[0])
    .filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p) && p.includes('w:name="toc_objective_6"'))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  expect(headings).toContain(objectiveTitle);
  expect(xml).toContain(ngoQuote);

  // Forwarded to the IMRF from the cycle page, then listed as a regional input on the meeting's page.
  await page.goto(cycleUrl);
  await page
    .getByLabel(c('forwarding.meeting'))
    .selectOption({ label: 'منتدى استعراض الهجرة الدولية 2022 (بيانات تجريبية)' });
  await page.getByLabel(c('forwarding.date')).fill(new Date().toISOString().slice(0, 10));
  await page.getByRole('button', { name: c('forwarding.submit') }).click();
  await expect(page.getByText(c('cycle.notice.forwarded'))).toBeVisible();
  await expectAccessible(page);
  await expectNoOverflowAt360(page);
  await page
    .getByRole('region', { name: c('forwarding.title') })
    .getByRole('link', { name: 'منتدى استعراض الهجرة الدولية 2022 (بيانات تجريبية)' })
    .first()
    .click();
  const inputs = page.getByRole('region', { name: msg('ar', 'meetings.regionalInputs.title') });
  await expect(inputs).toContainText('الاستعراض الإقليمي الرابع');
  await expectAccessible(page);
  await expectNoOverflowAt360(page);
});
