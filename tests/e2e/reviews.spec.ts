import type { Page } from '@playwright/test';
import { minimalPdf } from '../../app/platform/uploads/test-files';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

/** A catalog message with its {placeholders} filled (simple arguments only). */
const fmt = (key: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, v), msg('ar', key));

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

const bodyLabel = fmt('reviews-edit.field.bodyIn', { language: msg('ar', 'reviews-edit.lang.ar') });
const cycleTitle = 'دورة اختبار الاستعراضات الوطنية';
const introduction = 'أعدّت هذا الاستعراض لجنة وطنية تضم وزارات العمل والداخلية والتخطيط.';
const objective7 = 'أنشأت الحكومة آلية إحالة وطنية لحماية المهاجرين في أوضاع هشة.';
const objective7Revised = 'أنشأت الحكومة آلية إحالة وطنية لحماية المهاجرين في أوضاع هشة، وتوسعت في عام 2025.';
const returnComment = 'يرجى إضافة بيانات عن عدد الحالات المحالة.';

/** Writes a section without relying on autosave: fill, press Save, see the notice. */
async function writeSection(page: Page, reviewUrl: string, key: string, text: string) {
  await page.goto(`${reviewUrl}/sections/${key}`);
  await page.getByLabel(bodyLabel, { exact: true }).fill(text);
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.section.save') }).click();
  await expect(page.getByText(msg('ar', 'reviews-edit.notice.saved'))).toBeVisible();
}

test('a voluntary national review goes from draft to published, returned once, in Arabic', async ({
  page,
}) => {
  test.setTimeout(240_000);

  // The LAS secretariat opens a cycle of its own for this test (states of the region checked by default).
  await signInAs(page, 'las@marsad.test');
  await page.goto('/ar/reviews/cycles/new');
  const cycleForm = page.locator('main form');
  await cycleForm.locator('input[name="title.ar"]').fill(cycleTitle);
  await cycleForm.locator('input[name="title.en"]').fill('Test cycle of national reviews');
  await page.locator('select[name=templateId]').selectOption({ index: 1 });
  await page.locator('input[name=submissionDeadline]').fill('2099-06-30');
  await page.getByRole('button', { name: msg('ar', 'reviews-cycles.form.save'), exact: true }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/cycles\/[0-9a-f-]{36}\?notice=created$/);
  const cycleId = page.url().split('/')[6]!.split('?')[0]!;
  await page.getByRole('button', { name: msg('ar', 'reviews-cycles.cycle.action.open') }).click();
  await expect(page.getByText(msg('ar', 'reviews-cycles.cycle.notice.opened'))).toBeVisible();
  await signOut(page);

  // The focal point of Jordan starts the national review from "My reviews".
  await signInAs(page, 'focal.jo@marsad.test');
  await page.goto('/ar/reviews/mine');
  await expectAccessible(page);
  await page.goto(`/ar/reviews/new?cycle=${cycleId}&kind=national&country=JOR`);
  await expectAccessible(page);
  await page
    .getByLabel(msg('ar', 'reviews-edit.field.titleAr'), { exact: true })
    .fill('الاستعراض الوطني الطوعي للأردن');
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.new.startNational') }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/[0-9a-f-]{36}\/edit\?created=1$/);
  const reviewUrl = page.url().replace(/\/edit\?.*$/, '');
  await expect(page.getByText(msg('ar', 'reviews-edit.notice.created'))).toBeVisible();
  await expectAccessible(page);

  // Section one: written and saved with the button.
  await writeSection(page, reviewUrl, 'introduction', introduction);
  await expectAccessible(page);

  // Section two: saved by itself a moment after typing stops.
  await page.goto(`${reviewUrl}/sections/objective-7`);
  await page.getByLabel(msg('ar', 'reviews.field.implementationStatus')).selectOption('in_progress');
  await page.getByLabel(bodyLabel, { exact: true }).fill(objective7);
  const saved = msg('ar', 'reviews-edit.autosave.savedAt').split('{')[0]!.trim();
  await expect(page.locator('[data-autosave]')).toContainText(saved);
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel(bodyLabel, { exact: true })).toHaveValue(objective7);

  // A PDF attached.
  await page.goto(`${reviewUrl}/attachments`);
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'reviews-edit.attachments.file'), { exact: true }).setInputFiles({
    name: 'ملحق-إحصائي.pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf(),
  });
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.attachments.upload') }).click();
  await expect(page.getByText(msg('ar', 'reviews-edit.notice.uploaded'))).toBeVisible();
  await expect(page.getByRole('link', { name: 'ملحق-إحصائي.pdf' })).toBeVisible();
  await page.goto(`${reviewUrl}/editors`);
  await expectAccessible(page);

  // Submitting too early lists the required sections still empty.
  await page.goto(`${reviewUrl}/edit`);
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.edit.submit') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator(`a[href$="/sections/consultation"]`).first()).toBeVisible();
  await expectAccessible(page);
  for (const key of ['consultation', 'principles', 'challenges', 'priorities', 'practices', 'next_steps']) {
    await writeSection(page, reviewUrl, key, `نص قسم ${key} في الاستعراض الوطني.`);
  }
  await page.goto(`${reviewUrl}/edit`);
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.edit.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/mine\?submitted=1$/);
  await signOut(page);

  // The LAS secretariat reads the submitted version and returns it with a comment.
  await signInAs(page, 'las@marsad.test');
  await page.goto(`${reviewUrl}/moderate`);
  await expect(page.getByText(objective7)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'reviews-edit.moderate.comment')).fill(returnComment);
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.moderate.action.return') }).click();
  await expect(page).toHaveURL(/done=return/);
  await signOut(page);

  // The focal point sees the comment, revises objective 7 and submits again.
  await signInAs(page, 'focal.jo@marsad.test');
  await page.goto(`${reviewUrl}/edit`);
  await expect(page.getByText(returnComment)).toBeVisible();
  await writeSection(page, reviewUrl, 'objective-7', objective7Revised);
  await page.goto(`${reviewUrl}/edit`);
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.edit.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/mine\?submitted=1$/);
  await signOut(page);

  // The secretariat compares the two versions and publishes.
  await signInAs(page, 'las@marsad.test');
  await page.goto(`${reviewUrl}/versions`);
  await expect(page.locator('ins').filter({ hasText: '2025' })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${reviewUrl}/moderate`);
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.moderate.action.publish') }).click();
  await expect(page).toHaveURL(/done=publish/);
  await signOut(page);

  // Public now, with its text and attachment.
  await page.goto(reviewUrl);
  await expect(page.locator('h1')).toContainText('الاستعراض الوطني الطوعي للأردن');
  await expect(page.getByText(objective7Revised)).toBeVisible();
  await expect(page.getByText(introduction)).toBeVisible();
  await expect(page.getByRole('link', { name: 'ملحق-إحصائي.pdf' })).toBeVisible();
  await expect(page.getByText(returnComment)).toHaveCount(0);
  await expectAccessible(page);

  // The regional synthesis (compiled live for the secretariat until a version is published) quotes it.
  await signInAs(page, 'las@marsad.test');
  await page.goto(`/ar/reviews/cycles/${cycleId}/synthesis`);
  await expect(page.getByText('نص قسم challenges في الاستعراض الوطني.').first()).toBeVisible();
});
