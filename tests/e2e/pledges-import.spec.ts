import type { Page } from '@playwright/test';
import { csvDocument } from '../../app/platform/csv';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, test } from './fixtures';

const title = 'مراكز خدمات متكاملة للعمال المهاجرين في عمّان والزرقاء';
const description =
  'تلتزم الوزارة بافتتاح مركزين متكاملين لخدمات العمال المهاجرين في عمّان والزرقاء، وتدريب مئتي مفتش عمل على التوظيف العادل، ونشر إحصاءات فصلية عن رسوم التوظيف التي يدفعها العمال المهاجرون مصنفة حسب الجنس والجنسية، ورد كل رسم يثبت أنه فُرض دون وجه حق، وتقديم تقرير سنوي عن التقدم المحرز إلى اللجنة الوطنية للهجرة ونشره على موقعها باللغتين العربية والإنجليزية.';

/** A CSV of one pledge (the import's columns), with overrides; UTF-8 with a byte order mark. */
function csv(overrides: Record<string, string> = {}) {
  const row: Record<string, string> = {
    external_id: 'un-platform-4711',
    pledger_type: 'state',
    pledger: 'JOR',
    status: 'published',
    published_date: '2025-03-01',
    original_language: 'ar',
    title_ar: title,
    description_ar: description,
    kind: 'individual',
    forms: 'policy',
    objectives: '6;7',
    level: 'national',
    countries: 'JOR',
    start_date: '2025-01-01',
    end_date: '2029-12-31',
    indicator_1_name_ar: 'المراكز العاملة',
    indicator_1_unit: 'مركز',
    indicator_1_baseline: '٠',
    indicator_1_target: '٢',
    indicator_1_due_date: '2027-12-31',
    ...overrides,
  };
  return Buffer.from(csvDocument([Object.keys(row), Object.values(row)]), 'utf8');
}

async function upload(page: Page, bytes: Buffer) {
  await page.getByLabel(msg('ar', 'pledges-import.upload.file')).setInputFiles({
    name: 'pledges.csv',
    mimeType: 'text/csv',
    buffer: bytes,
  });
  await page.getByRole('button', { name: msg('ar', 'pledges-import.upload.submit') }).click();
  await expect(page).toHaveURL(/\/ar\/pledges\/import\?import=[0-9a-f-]+$/);
}

test('the secretariat imports pledges: a bad file is reported, a good one lands in the registry', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill('network@marsad.test');
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);

  await page.goto('/ar/pledges');
  await page.getByRole('link', { name: msg('ar', 'pledges-import.registry.link') }).click();
  await expect(page.locator('h1')).toHaveText(msg('ar', 'pledges-import.title'));
  await expectAccessible(page);

  // An end date before the start date: refused, nothing imported, the reason in Arabic.
  await upload(page, csv({ end_date: '2024-12-31' }));
  await expect(page.getByRole('alert')).toContainText('لم يُستورد شيء');
  const report = page.getByRole('table', { name: msg('ar', 'pledges-import.report.caption') });
  await expect(report).toContainText(msg('ar', 'errors.datesOutOfOrder'));
  await expect(report).toContainText('un-platform-4711');
  await expect(report).toContainText('end_date');
  await expect(page.getByRole('link', { name: msg('ar', 'pledges-import.report.download') })).toBeVisible();
  await expectAccessible(page);

  // Corrected: imported, and public in the registry, marked as imported.
  await upload(page, csv());
  await expect(page.getByRole('status').filter({ hasText: 'تم الاستيراد' })).toBeVisible();
  await page.getByRole('link', { name: msg('ar', 'pledges-import.result.registry') }).click();
  await page.goto('/ar/pledges?objective=7&country=JOR');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(item).toBeVisible();
  await expect(item).toContainText(msg('ar', 'pledges-import.badge.imported'));
  await expectAccessible(page);
});
