import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { zip } from '../../app/platform/uploads/test-files';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, test } from './fixtures';

const sample = path.resolve('seed/hub-import');
const manifest = fs.readFileSync(path.join(sample, 'manifest.csv'), 'utf8');

/** The sample library as the page takes it: one ZIP with the manifest and the files beside it. */
const library = (manifestText = manifest) =>
  zip({
    'manifest.csv': manifestText,
    ...Object.fromEntries(
      fs
        .readdirSync(path.join(sample, 'files'))
        .map((f) => [f, fs.readFileSync(path.join(sample, 'files', f))]),
    ),
  });

async function upload(page: Page, bytes: Buffer) {
  await page.getByLabel(msg('ar', 'hub.import.upload.file')).setInputFiles({
    name: 'library.zip',
    mimeType: 'application/zip',
    buffer: bytes,
  });
  await page.getByRole('button', { name: msg('ar', 'hub.import.upload.submit') }).click();
  await expect(page.getByRole('heading', { name: msg('ar', 'hub.import.result.title') })).toBeVisible();
}

test('a Hub editor imports a library: refused rows are reported in Arabic, then the library is published', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill('network@marsad.test');
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);

  await page.goto('/ar/hub/editor');
  await page.getByRole('link', { name: msg('ar', 'hub.import.link') }).click();
  await expect(page.locator('h1')).toHaveText(msg('ar', 'hub.import.title'));
  await expectAccessible(page);

  // A manifest naming a file the ZIP lacks: nothing imported, the reason by row and column in Arabic.
  await upload(page, library(manifest.replace('remittances-brief.txt', 'gone.txt')));
  await expect(page.getByRole('alert').filter({ hasText: 'لم يُستورد أي شيء' })).toBeVisible();
  const report = page.getByRole('table', { name: msg('ar', 'hub.import.report.caption') });
  await expect(report).toContainText('الملف «gone.txt» ليس بين الملفات المقدَّمة.');
  await expect(report).toContainText('mnh-sample-003');
  await expectAccessible(page);

  // The whole library: three resources created and published, found under their objective.
  await upload(page, library());
  await expect(page.getByRole('status').filter({ hasText: 'تم الاستيراد' })).toContainText('أُنشئت ٣ موارد');
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.goto('/ar/hub/resources?objective=20');
  await expect(
    page.getByRole('link', { name: 'موجز سياسات: خفض تكاليف التحويلات المالية (نموذج)' }),
  ).toBeVisible();
});
