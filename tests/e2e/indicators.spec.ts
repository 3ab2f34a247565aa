import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

const fmt = (key: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, v), msg('ar', key));

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

const bodyLabel = fmt('reviews-edit.field.bodyIn', { language: msg('ar', 'reviews-edit.lang.ar') });
const renamed = 'نسبة الأطفال دون الخامسة المسجَّلة ولاداتهم (صيغة الأمانة)';

/**
 * GCM indicators in Arabic: the Network secretariat renames an indicator in the catalogue; Egypt's
 * focal point reports its value from the national review's indicators tab (deletes a mistaken one
 * there too); once the League's secretariat publishes the review, the public indicator page shows
 * the value in the reader's digits, Arabic-Indic or Latin, and at phone width with no sideways scroll.
 */
test('a value reported in a national review reaches the public indicator page once it is published', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);

  // The catalogue, by the Network secretariat.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/indicators/P-04/edit');
  await expectAccessible(page);
  await page.locator('input[name="name.ar"], textarea[name="name.ar"]').fill(renamed);
  await page.getByRole('button', { name: msg('ar', 'indicators.edit.save') }).click();
  await expect(page).not.toHaveURL(/\/edit$/);
  await signOut(page);

  // A cycle of the League's secretariat for this test, and Egypt's national review in it.
  await signInAs(page, 'las@marsad.test');
  await page.goto('/ar/reviews/cycles/new');
  const cycleForm = page.locator('main form');
  await cycleForm.locator('input[name="title.ar"]').fill('دورة اختبار المؤشرات');
  await cycleForm.locator('input[name="title.en"]').fill('Indicators test cycle');
  await page.locator('select[name=templateId]').selectOption({ index: 1 });
  await page.locator('input[name=submissionDeadline]').fill('2099-06-30');
  await page.getByRole('button', { name: msg('ar', 'reviews-cycles.form.save'), exact: true }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/cycles\/[0-9a-f-]{36}\?notice=created$/);
  const cycleId = page.url().split('/')[6]!.split('?')[0]!;
  await page.getByRole('button', { name: msg('ar', 'reviews-cycles.cycle.action.open') }).click();
  await expect(page.getByText(msg('ar', 'reviews-cycles.cycle.notice.opened'))).toBeVisible();
  await signOut(page);

  await signInAs(page, 'focal.eg@marsad.test');
  await page.goto(`/ar/reviews/new?cycle=${cycleId}&kind=national&country=EGY`);
  await page
    .getByLabel(msg('ar', 'reviews-edit.field.titleAr'), { exact: true })
    .fill('استعراض مصر لاختبار المؤشرات');
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.new.startNational') }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/[0-9a-f-]{36}\/edit\?created=1$/);
  const reviewUrl = page.url().replace(/\/edit\?.*$/, '');

  // The indicators tab: choose the indicator (its new name), report a wrong value, delete it, report again.
  await page.goto(`${reviewUrl}/indicators`);
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'indicators.report.chooseIndicator')).selectOption('P-04');
  await page.getByRole('button', { name: msg('ar', 'indicators.report.choose') }).click();
  await expect(page.locator('option[value=P-04]')).toContainText(renamed);
  const report = async (value: string) => {
    await page.getByLabel(msg('ar', 'indicators.report.year'), { exact: true }).fill('٢٠٢٤');
    await page.locator('input[name=value]').fill(value);
    await page.getByRole('button', { name: msg('ar', 'indicators.report.save') }).click();
    await expect(page.getByText(msg('ar', 'reviews-edit.indicators.saved'))).toBeVisible();
  };
  await report('٩٠');
  await page.getByRole('button', { name: msg('ar', 'indicators.report.delete') }).click();
  await expect(page.getByText(msg('ar', 'reviews-edit.indicators.deleted'))).toBeVisible();
  await expect(page.getByText(msg('ar', 'indicators.report.none'))).toBeVisible();
  await page.getByLabel(msg('ar', 'indicators.report.chooseIndicator')).selectOption('P-04');
  await page.getByRole('button', { name: msg('ar', 'indicators.report.choose') }).click();
  await report('٩٦٫٥');
  await expectAccessible(page);

  // Not public while the review is a draft.
  const publicPage = await browser.newContext({ baseURL: page.url().split('/ar/')[0] });
  const reader = await publicPage.newPage();
  await reader.goto('/ar/indicators/P-04');
  await expect(reader.locator('main')).not.toContainText('٩٦٫٥');
  await expect(reader.locator('main')).not.toContainText('96.5');

  // Every required section written, then submitted.
  for (const key of [
    'introduction',
    'consultation',
    'principles',
    'challenges',
    'priorities',
    'practices',
    'next_steps',
  ]) {
    await page.goto(`${reviewUrl}/sections/${key}`);
    await page.getByLabel(bodyLabel, { exact: true }).fill(`نص قسم ${key} في استعراض مصر.`);
    await page.getByRole('button', { name: msg('ar', 'reviews-edit.section.save') }).click();
    await expect(page.getByText(msg('ar', 'reviews-edit.notice.saved'))).toBeVisible();
  }
  await page.goto(`${reviewUrl}/edit`);
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.edit.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/mine\?submitted=1$/);
  await signOut(page);

  await signInAs(page, 'las@marsad.test');
  await page.goto(`${reviewUrl}/moderate`);
  await page.getByRole('button', { name: msg('ar', 'reviews-edit.moderate.action.publish') }).click();
  await expect(page).toHaveURL(/done=publish/);
  await signOut(page);

  // Public now: in the digits the reader chose.
  const host = new URL(page.url()).hostname;
  for (const [digits, shown] of [
    ['arab', '٩٦٫٥٪'],
    ['latn', '96.5٪'],
  ] as const) {
    await publicPage.addCookies([{ name: 'marsad_digits', value: digits, domain: host, path: '/' }]);
    await reader.goto('/ar/indicators/P-04');
    await expect(reader.locator('html')).toHaveAttribute('data-digits', digits);
    await expect(reader.getByRole('heading', { level: 1 })).toContainText(renamed);
    await expect(reader.locator('main')).toContainText('مصر');
    await expect(reader.locator('main')).toContainText(shown);
    await expectAccessible(reader);
  }
  await reader.setViewportSize({ width: 360, height: 800 });
  await reader.goto('/ar/indicators/P-04');
  await expectAccessible(reader);
  expect(
    await reader.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth),
  ).toBe(true);
  await publicPage.close();
});
