import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

const description =
  'تلتزم الشبكة بتوسيع برنامج لجمع بيانات مصنفة عن العمال المهاجرين في ثلاث محافظات، ونشر نتائجه كل ستة أشهر في تقرير مفتوح للجمهور والشركاء، وتدريب العاملين في البلديات على استعمال هذه البيانات في التخطيط المحلي. '.repeat(
    2,
  );

/**
 * In Arabic: the sample IMRF's Progress Declaration is read paragraph by paragraph; a pledge cites
 * its paragraph 2 by the address the paragraph page gives, and that page then lists the pledge. The
 * Network secretariat opens the meeting's documents and starts a chair's summary. Every page passes axe.
 */
test('a pledge cites a paragraph of the Progress Declaration and the paragraph page lists it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/ar/meetings?kind=imrf');
  await page
    .getByRole('link', { name: /منتدى استعراض الهجرة الدولية 2022/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/ar\/meetings\/[0-9a-f-]+$/);
  const meetingUrl = page.url();
  await page.getByRole('link', { name: 'إعلان التقدم المحرز (نص تجريبي)' }).click();
  await expect(page).toHaveURL(/\/ar\/meetings\/[0-9a-f-]+\/outcome$/);
  await expect(page.locator('#para_2')).toContainText('البيانات المصنفة');
  await expectAccessible(page);
  await page.locator('#para_2').getByRole('link').click();
  await expect(page).toHaveURL(/\/outcome\/paragraphs\/para_2$/);
  await expect(page.locator('h1')).toHaveText('الفقرة ٢');
  await expect(page.getByText(msg('ar', 'documents.paragraph.citedByNone'))).toBeVisible();
  await expectAccessible(page);
  const paragraphUrl = page.url();
  const address = await page.getByLabel(msg('ar', 'documents.paragraph.citeLabel')).inputValue();
  expect(address).toMatch(/\/ar\/meetings\/[0-9a-f-]+\/outcome\/paragraphs\/para_2$/);

  // An NGO's pledge builds on the paragraph.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto('/ar/pledges/new');
  const form = page.locator('main form').first();
  await form.locator('select[name=pledger]').selectOption({ index: 1 });
  await form.locator('input[name="title.ar"]').fill('بيانات مصنفة عن العمال المهاجرين');
  await form.locator('textarea[name="description.ar"]').fill(description);
  await form.locator('input[name=forms][value=policy]').check();
  await form.locator('input[name=objectives][value="1"]').check();
  await form.locator('select[name=level]').selectOption('national');
  await form.getByLabel(msg('ar', 'common.picker.search')).first().fill('لبن');
  await form.locator('input[name=countries][value=LBN]').check();
  await form.locator('input[name=startDate]').fill('2026-01-01');
  await form.locator('input[name=endDate]').fill('2028-12-31');
  await form.getByLabel(msg('ar', 'pledges-form.field.citations')).fill(address);
  await page.getByRole('button', { name: msg('ar', 'pledges-form.save') }).click();
  await expect(page).toHaveURL(/\/ar\/pledges\/[0-9a-f-]+\/edit\?saved=1$/);
  // Its pledger sees it listed on the paragraph's page (the public will once it is published).
  await page.goto(paragraphUrl);
  await expect(page.getByRole('link', { name: 'بيانات مصنفة عن العمال المهاجرين' })).toBeVisible();
  await expectAccessible(page);
  await signOutFromMenu(page);

  // The Network secretariat organises the IMRF: its documents, the declaration's workspace, a new summary.
  await signInAs(page, 'network@marsad.test');
  await page.goto(meetingUrl);
  await page.getByRole('link', { name: msg('ar', 'meetings.documents.workspaceAll') }).click();
  await expect(page).toHaveURL(/\/documents$/);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'إعلان التقدم المحرز (نص تجريبي)' }).click();
  await expect(page.getByText(msg('ar', 'documents.status.adopted')).first()).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await page.getByLabel(msg('ar', 'meetings.documents.field.kind')).selectOption('chairs-summary');
  await page
    .getByLabel(msg('ar', 'meetings.documents.field.titleAr'))
    .fill('موجز رئيس الجمعية العامة (تجريبي)');
  await page
    .getByRole('button', { name: msg('ar', 'meetings.documents.create').replace('{version}', '١') })
    .click();
  // The body is required: refused beside it, in Arabic, the title kept.
  await expect(page.getByText('اكتب نص الوثيقة بالعربية أو بالإنجليزية أو بكلتيهما.').first()).toBeVisible();
  await expect(page.getByLabel(msg('ar', 'meetings.documents.field.titleAr'))).toHaveValue(/موجز رئيس/);
  await page
    .getByLabel(msg('ar', 'meetings.documents.field.bodyAr'))
    .fill('ناقش المنتدى التقدم المحرز.\n\nدعا المشاركون إلى تحسين البيانات.');
  await page
    .getByRole('button', { name: msg('ar', 'meetings.documents.create').replace('{version}', '١') })
    .click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]+\?notice=created$/);
  await expectAccessible(page);
});
