import type { Page } from '@playwright/test';
import { demoReviewIds } from '../../seed/demo-review-ids';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

const description = (lang: 'ar' | 'en') =>
  lang === 'ar'
    ? 'تلتزم الشبكة بتدريب ثلاثمئة من العاملين في المنظمات المحلية على إحالة المهاجرين ضحايا الاتجار والاستغلال إلى خدمات الحماية والرعاية الصحية والقانونية، وإصدار دليل إحالة موحد باللغتين، ومتابعة عدد الحالات المحالة فصلياً ونشر النتائج في تقرير سنوي مفتوح للجمهور والشركاء. '.repeat(
        2,
      )
    : 'The network commits to training three hundred staff of local organisations to refer migrants who are victims of trafficking and exploitation to protection, health and legal services, to publish a bilingual referral guide, and to track the number of referred cases every quarter, publishing the results in an annual report. ';

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();
}

/** Published pledges for objective 7, as the dashboard's CSV reports them. */
async function objective7Count(page: Page): Promise<number> {
  const csv = await (await page.request.get('/en/pledges/dashboard.csv?chart=objectives')).text();
  const line = csv.split('\n').find((l) => l.startsWith('7,'));
  return Number(line?.split(',').at(-1));
}

test('a pledge goes from draft to published and gets a progress update, in Arabic', async ({ page }) => {
  test.setTimeout(120_000);
  const before = await objective7Count(page);
  await page.goto('/ar/pledges/dashboard');
  await expectAccessible(page);

  // The pledge will build on paragraph 2 of the first regional review's outcome document: its
  // page, reached from the ¶ beside it, gives the address to cite.
  await page.goto(`/ar/reviews/cycles/${demoReviewIds.firstCycle}/outcome`);
  await expect(page.locator('#para_2')).toContainText('بيانات الهجرة المصنفة');
  await expectAccessible(page);
  await page.locator('#para_2').getByRole('link').click();
  await expect(page).toHaveURL(/\/outcome\/paragraphs\/para_2$/);
  await expect(page.locator('h1')).toHaveText('الفقرة ٢'); // Arabic-Indic digits, as the reader's default
  await expect(page.getByText(msg('ar', 'documents.paragraph.citedByNone'))).toBeVisible();
  await expectAccessible(page);
  const paragraphUrl = page.url();
  const address = await page.getByLabel(msg('ar', 'documents.paragraph.citeLabel')).inputValue();
  expect(address).toMatch(/\/ar\/reviews\/cycles\/[0-9a-f-]+\/outcome\/paragraphs\/para_2$/);

  await signInAs(page, 'ngo@marsad.test');
  await page.goto('/ar/pledges/new');
  await expectAccessible(page);
  const form = page.locator('main form').first();
  await form.locator('select[name=pledger]').selectOption({ index: 1 });
  await form.locator('input[name="title.ar"]').fill('تدريب العاملين على إحالة ضحايا الاتجار');
  await form.locator('input[name="title.en"]').fill('Training staff to refer trafficking victims');
  await form.locator('textarea[name="description.ar"]').fill(description('ar'));
  await form.locator('textarea[name="description.en"]').fill(description('en'));
  await form.locator('input[name=forms][value=policy]').check();
  await form.locator('input[name=objectives][value="7"]').check();
  await form.locator('select[name=level]').selectOption('national');
  // The country picker: Lebanon found by its first letters, Jordan by its English name; the choice is listed, removable.
  const countrySearch = form.getByLabel(msg('ar', 'common.picker.search')).first();
  await countrySearch.fill('لبن');
  await expect(form.locator('input[name=countries][value=JOR]')).toBeHidden();
  await form.locator('input[name=countries][value=LBN]').check();
  await countrySearch.fill('jordan');
  await form.locator('input[name=countries][value=JOR]').check();
  const removeJordan = form.getByRole('button', {
    name: msg('ar', 'common.picker.remove').replace('{name}', 'الأردن'),
  });
  await removeJordan.click();
  await expect(form.locator('input[name=countries][value=JOR]')).not.toBeChecked();
  await expect(form.locator('input[name=countries][value=LBN]')).toBeChecked();
  await form.locator('input[name=startDate]').fill('2026-01-01');
  await form.locator('input[name=endDate]').fill('2028-12-31');
  await form.getByLabel(msg('ar', 'pledges-form.field.citations')).fill(address);
  await page.getByRole('button', { name: msg('ar', 'pledges-form.save') }).click();
  // Saved as a draft; the quality check explains what is missing.
  await expect(page).toHaveURL(/\/ar\/pledges\/[0-9a-f-]+\/edit\?saved=1$/);
  await expect(page.getByText(msg('ar', 'pledges.quality.noMeasurableTarget'))).toBeVisible();
  await expectAccessible(page);

  await page.locator('input[name="indicators[0].name.ar"]').fill('عدد العاملين المدرَّبين');
  await page.locator('input[name="indicators[0].name.en"]').fill('Staff trained');
  await page.locator('input[name="indicators[0].unit"]').fill('people');
  await page.locator('input[name="indicators[0].baseline"]').fill('0');
  await page.locator('input[name="indicators[0].target"]').fill('300');
  await page.locator('input[name="indicators[0].dueDate"]').fill('2028-06-30');
  const editUrl = page.url().replace(/\?.*$/, '');
  const pledgeUrl = editUrl.replace(/\/edit$/, '');
  await page.getByRole('button', { name: msg('ar', 'pledges-form.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/pledges\/mine\?submitted=1$/);
  await signOut(page);

  // The Network secretariat asks for changes, with a comment.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/pledges/review');
  await expectAccessible(page);
  await page.goto(`${pledgeUrl}/review`);
  await expectAccessible(page);
  await page.getByLabel(msg('ar', 'pledges-form.review.comment')).fill('يرجى توضيح المحافظات المشمولة.');
  await page.getByRole('button', { name: msg('ar', 'pledges-form.review.decision.requestChanges') }).click();
  await expect(page).toHaveURL(/done=requestChanges/);
  await signOut(page);

  // The pledger sees the comment and resubmits.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(editUrl);
  await expect(page.getByText('يرجى توضيح المحافظات المشمولة.')).toBeVisible();
  await page.getByRole('button', { name: msg('ar', 'pledges-form.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/pledges\/mine\?submitted=1$/);
  await signOut(page);

  // Approved, then published.
  await signInAs(page, 'network@marsad.test');
  await page.goto(`${pledgeUrl}/review`);
  await page.getByRole('button', { name: msg('ar', 'pledges-form.review.decision.approve') }).click();
  await expect(page).toHaveURL(/done=approve/);
  await page.getByRole('button', { name: msg('ar', 'pledges-form.review.decision.publish') }).click();
  await expect(page).toHaveURL(/done=publish/);
  await signOut(page);

  // Public now: on its page, and counted on the dashboard.
  await page.goto(pledgeUrl);
  await expect(page.locator('h1')).toContainText('تدريب العاملين على إحالة ضحايا الاتجار');
  await expectAccessible(page);
  expect(await objective7Count(page)).toBe(before + 1);
  // It cites the paragraph, and the paragraph's page lists it.
  await page.getByTestId('citations').getByRole('link').click();
  await expect(page).toHaveURL(paragraphUrl);
  await expect(page.getByRole('link', { name: 'تدريب العاملين على إحالة ضحايا الاتجار' })).toBeVisible();
  await expectAccessible(page);

  // The pledger reports progress.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(`${pledgeUrl}/progress`);
  await expectAccessible(page);
  await page.locator('select[name=status]').selectOption('in_progress');
  await page.locator('input[name$="].value"]').first().fill('١٢٠');
  await page.locator('textarea[name="narrative.ar"]').fill('دُرّب ١٢٠ عاملاً في ثلاث محافظات.');
  await page.getByRole('button', { name: msg('ar', 'pledges-dashboard.progress.submit') }).click();
  await expect(page.getByText(msg('ar', 'pledges-dashboard.progress.added'))).toBeVisible();
  await expect(page.getByText('دُرّب ١٢٠ عاملاً في ثلاث محافظات.')).toBeVisible();

  await page.goto('/ar/pledges?objective=7');
  await expect(page.getByRole('link', { name: 'تدريب العاملين على إحالة ضحايا الاتجار' })).toBeVisible();
  await expectAccessible(page);
});
