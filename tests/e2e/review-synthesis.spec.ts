import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, signOutFromMenu, test } from './fixtures';

/** A demo cycle of the Arab region with published national reviews (sample data), found through the open API. */
async function cycleWithPublishedReviews(page: Page): Promise<string> {
  const cycles = (await (await page.request.get('/api/v1/review-cycles')).json()) as {
    data: { id: string }[];
  };
  for (const cycle of cycles.data) {
    const reviews = (await (
      await page.request.get(`/api/v1/reviews?cycle=${cycle.id}&kind=national`)
    ).json()) as { page: { total: number } };
    if (reviews.page.total > 0) return cycle.id;
  }
  throw new Error('the demo data has no cycle with published national reviews');
}

const introduction =
  'يجمع هذا التقرير ما ورد في الاستعراضات الوطنية الطوعية للدول العربية، ويبيّن الأهداف الأقل تناولًا في المنطقة.';

test('the secretariat writes and publishes the regional synthesis; the public reads and downloads it, in Arabic', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const cycleId = await cycleWithPublishedReviews(page);
  const synthesis = `/ar/reviews/cycles/${cycleId}/synthesis`;

  await signInAs(page, 'las@marsad.test');
  await page.goto(`${synthesis}/edit`);
  await expect(
    page.getByRole('heading', { level: 1, name: msg('ar', 'reviews-synthesis.edit.title') }),
  ).toBeVisible();
  await expectAccessible(page);
  const introLabel = msg('ar', 'reviews-synthesis.edit.inLanguage.ar').replace(
    '{field}',
    msg('ar', 'reviews-synthesis.section.introduction'),
  );
  await page.getByLabel(introLabel, { exact: true }).fill(introduction);
  // The secretariat previews the draft before publishing: compiled live, with the coverage matrix.
  await page.getByRole('button', { name: msg('ar', 'reviews-synthesis.edit.save') }).click();
  await expect(page).toHaveURL(/\/synthesis\/edit\?saved=1$/);
  await page.getByRole('link', { name: msg('ar', 'reviews-synthesis.preview.link') }).click();
  await expect(page.getByText(msg('ar', 'reviews-synthesis.preview.notice'))).toBeVisible();
  await expect(page.getByText(introduction)).toBeVisible();
  // The figures of the migration patterns and trends: one added through the form.
  await page.goto(`${synthesis}/edit`);
  await page.getByRole('link', { name: msg('ar', 'reviews-synthesis.figures.link') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: msg('ar', 'reviews-synthesis.figures.title') }),
  ).toBeVisible();
  await expectAccessible(page);
  const add = page.getByRole('region', { name: msg('ar', 'reviews-synthesis.figures.addTitle') });
  await add.getByLabel(msg('ar', 'reviews-synthesis.figures.field.country')).selectOption({ index: 1 });
  await add.getByLabel(msg('ar', 'reviews-synthesis.figures.field.year')).fill('٢٠٢٤');
  await add.getByLabel(msg('ar', 'reviews-synthesis.figures.field.value'), { exact: true }).fill('٣٬٥٠٠٬٠٠٠');
  await add
    .getByLabel(msg('ar', 'reviews-synthesis.figures.field.source'), { exact: true })
    .fill('UN DESA 2024');
  await add.getByRole('button', { name: msg('ar', 'reviews-synthesis.figures.add') }).click();
  await expect(page).toHaveURL(/\/synthesis\/figures\?done=recorded$/);
  await expect(page.getByText(msg('ar', 'reviews-synthesis.figures.done.recorded'))).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${synthesis}/edit`);
  await page.getByRole('button', { name: /^حفظ النسخة .+ ونشرها$/ }).click();
  await expect(page).toHaveURL(/\/synthesis\?version=\d+&published=1$/);
  // The header's menus close when a new page is rendered: wait for the published report first.
  await expect(
    page.getByRole('heading', { level: 2, name: msg('ar', 'reviews-synthesis.section.trends') }),
  ).toBeVisible();
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: msg('ar', 'common.signIn') })).toBeVisible();

  // The public page: the latest version with the narrative and the coverage matrix.
  await page.goto(synthesis);
  await expect(page.getByText(introduction)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: msg('ar', 'reviews-synthesis.section.coverage') }),
  ).toBeVisible();
  const matrix = page.getByRole('table', { name: msg('ar', 'reviews-synthesis.section.coverage') });
  await expect(matrix.getByRole('columnheader')).toHaveCount(24);
  expect(await matrix.getByRole('rowheader').count()).toBeGreaterThan(1);
  await expect(
    page.getByRole('link', { name: msg('ar', 'reviews-synthesis.extract.source') }).first(),
  ).toBeVisible();
  // Migration patterns and trends: the figure in Arabic-Indic digits, the table scrolling within a phone's width.
  const trends = page.getByRole('table', {
    name: msg('ar', 'reviews-synthesis.trends.indicator.migrant_stock'),
  });
  await expect(trends.getByRole('cell', { name: '٣٬٥٠٠٬٠٠٠' }).first()).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The Word download.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: msg('ar', 'reviews-synthesis.download.docx') }).click();
  const download = await downloading;
  // Named after the cycle (Content-Disposition filename*), with the version.
  expect(download.suggestedFilename()).toMatch(/ — v\d+\.docx$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // The PDF: printed by Chromium on the server where installed, else the print view.
  const pdfUrl = await page
    .getByRole('link', { name: msg('ar', 'reviews-synthesis.download.pdf') })
    .getAttribute('href');
  const pdf = await page.request.get(pdfUrl!, { maxRedirects: 0 });
  if (pdf.status() === 200) {
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  } else {
    expect(pdf.status()).toBe(302);
    expect(pdf.headers().location).toContain('print=1');
  }
});
