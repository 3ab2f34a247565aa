import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

/** Messages of errors.funding.json (msg() reads one file per namespace). */
const fundingErrorsAr = JSON.parse(
  fs.readFileSync(new URL('../../app/locales/ar/errors.funding.json', import.meta.url), 'utf8'),
) as Record<string, string>;

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

/** The public count of one content type on Jordan's country profile. */
async function jordanCount(page: Page, type: 'concept_note' | 'programme') {
  await page.goto('/ar/countries/JOR');
  const label = msg('ar', `content.type.${type}.other`);
  const value = page
    .locator('section[aria-labelledby=country-content] dt', { hasText: label })
    .locator('+ dd');
  return Number((await value.textContent())?.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));
}

/**
 * Jordan's focal point submits a concept note in Arabic (a note with one government entity is refused
 * with the reason, keeping what was typed); the fund's secretariat records the steering committee's
 * decision, screens the note, admits it to the pipeline, selects it and funds it; the public fund
 * dashboard and Jordan's country profile then count it.
 */
test('a concept note goes from submission to a funded programme, in Arabic', async ({ page }) => {
  test.setTimeout(150_000);
  const notesBefore = await jordanCount(page, 'concept_note');
  const programmesBefore = await jordanCount(page, 'programme');
  await page.goto('/ar/funding');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'funding.title'));
  await expectAccessible(page);
  const fundedBefore = Number(await page.locator('[data-stage=funded] strong').getAttribute('data-n'));

  await signInAs(page, 'focal.jo@marsad.test');
  await page.goto('/ar/funding');
  await page
    .getByRole('link', { name: msg('ar', 'funding.nav.newNote') })
    .first()
    .click();
  await expect(page).toHaveURL(/\/ar\/funding\/concept-notes\/new$/);
  await expectAccessible(page);
  const title = `حماية العمال المهاجرين في قطاع الزراعة ${Date.now()}`;
  await page.getByLabel(msg('ar', 'funding.form.titleAr')).fill(title);
  await page.getByLabel(msg('ar', 'funding.form.summaryAr')).fill('برنامج مشترك لتحسين ظروف عمل المهاجرين.');
  await page.getByLabel(msg('ar', 'funding.form.thematicArea')).selectOption('4');
  await page.getByRole('checkbox', { name: /^٦\./ }).check();
  await page.getByLabel(msg('ar', 'funding.form.unOrganisations')).fill('IOM\nILO');
  await page.getByLabel(msg('ar', 'funding.form.governmentEntities')).fill('وزارة العمل');
  await page.getByLabel(msg('ar', 'funding.form.budget')).fill('١٬٥٠٠٬٠٠٠');
  await page.getByLabel(msg('ar', 'funding.form.duration')).fill('٢٤');
  for (const key of ['genderMarker', 'humanRightsMarker', 'childSensitivityMarker']) {
    await page.getByLabel(msg('ar', `funding.form.${key}`)).selectOption('2');
  }
  await page.getByRole('button', { name: msg('ar', 'funding.form.submit') }).click();
  await expect(page.getByText(fundingErrorsAr.governmentEntitiesTooFew!)).toBeVisible();
  await expect(page.getByLabel(msg('ar', 'funding.form.titleAr'))).toHaveValue(title);
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'funding.form.governmentEntities')).fill('وزارة العمل\nوزارة الزراعة');
  await page.getByRole('button', { name: msg('ar', 'funding.form.submit') }).click();
  await expect(page.getByText(msg('ar', 'funding.note.notice.submitted'))).toBeVisible();
  await expect(page.locator('[data-status]')).toHaveText(msg('ar', 'funding.status.submitted'));
  await expectAccessible(page);
  const noteUrl = page.url().replace(/\?.*$/, '');
  await signOut(page);

  // Not public yet: an anonymous reader finds nothing there.
  const hidden = await page.goto(noteUrl);
  expect(hidden?.status()).toBe(404);

  // The fund's secretariat records the committee's decision and moves the note along.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/funding/decisions');
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'funding.decisions.date')).fill('2026-11-30');
  await page
    .getByLabel(msg('ar', 'funding.decisions.summaryAr'))
    .fill('اختارت اللجنة التوجيهية مذكرة الأردن.');
  await page.getByRole('button', { name: msg('ar', 'funding.decisions.save') }).click();
  await expect(page.getByText(msg('ar', 'funding.decisions.saved'))).toBeVisible();

  await page.goto(noteUrl);
  for (const [move, status] of [
    ['screen', 'screened'],
    ['admit', 'in_pipeline'],
    ['select', 'selected'],
    ['fund', 'funded'],
  ] as const) {
    await page.getByRole('button', { name: msg('ar', `funding.move.${move}`) }).click();
    await expect(page.locator('[data-status]')).toHaveText(msg('ar', `funding.status.${status}`));
  }
  await expectAccessible(page);
  await page.getByRole('link', { name: msg('ar', 'funding.note.programme') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectAccessible(page);
  await signOut(page);

  // The public dashboard and Jordan's profile count it.
  await page.goto('/ar/funding');
  await expect(page.locator('[data-stage=funded] strong')).toHaveAttribute(
    'data-n',
    String(fundedBefore + 1),
  );
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  expect(await jordanCount(page, 'concept_note')).toBe(notesBefore + 1);
  expect(await jordanCount(page, 'programme')).toBe(programmesBefore + 1);
  await expectAccessible(page);

  // The English dashboard at 360 px.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/funding');
  await expectAccessible(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});
