import { msg } from './catalog';
import { expect, expectAccessible, test } from './fixtures';

test('/ redirects to Arabic by default and to English by Accept-Language', async ({ browser }) => {
  const ar = await browser.newContext({ locale: 'ar', extraHTTPHeaders: { 'accept-language': 'ar' } });
  const arPage = await ar.newPage();
  await arPage.goto('/');
  await expect(arPage).toHaveURL(/\/ar$/);
  await expect(arPage.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(arPage.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(arPage);
  await ar.close();
  const en = await browser.newContext({
    locale: 'en-GB',
    extraHTTPHeaders: { 'accept-language': 'en-GB,en;q=0.9' },
  });
  const enPage = await en.newPage();
  await enPage.goto('/');
  await expect(enPage).toHaveURL(/\/en$/);
  await expect(enPage.locator('html')).toHaveAttribute('dir', 'ltr');
  await en.close();
});

test('a reader browses the objectives in Arabic, then switches to English on the same page', async ({
  page,
}) => {
  await page.goto('/ar/objectives');
  await expectAccessible(page);
  await expect(page.getByRole('link', { name: /جمع واستخدام بيانات دقيقة ومصنفة/ })).toBeVisible();
  await page.goto('/ar/objectives/7');
  await expect(page.locator('main header')).toContainText('٧');
  await expectAccessible(page);

  await page.getByRole('link', { name: msg('ar', 'common.switchLanguage') }).click();
  await expect(page).toHaveURL(/\/en\/objectives\/7$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('h1')).toContainText('vulnerabilities');
  await expectAccessible(page);
});

test('principles, countries with a region filter, a country and a region', async ({ page }) => {
  await page.goto('/ar/principles');
  await expectAccessible(page);
  await page.goto('/ar/countries?region=LAS');
  await expect(page.getByRole('link', { name: 'الأردن' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'فرنسا' })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto('/ar/countries/JOR');
  await expectAccessible(page);
  await page.goto('/en/regions/LAS');
  await expect(page.getByRole('link', { name: 'Jordan' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/ar/thematic-areas');
  await expectAccessible(page);
  await page.goto('/ar/regions');
  await expectAccessible(page);
});

test('unknown pages answer 404 in the language of the URL', async ({ page }) => {
  const ar = await page.goto('/ar/no-such-page');
  expect(ar?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
  await expectAccessible(page);
  const en = await page.goto('/en/objectives/24');
  expect(en?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the digits preference switches Arabic pages to Latin digits and back', async ({ page }) => {
  await page.goto('/ar/objectives/7');
  const header = page.locator('main header');
  await expect(header).toContainText('٧');
  await page.getByRole('button', { name: msg('ar', 'common.digits.latn') }).click();
  await expect(header).toContainText('7');
  await expect(header).not.toContainText('٧');
  await page.getByRole('button', { name: msg('ar', 'common.digits.arab') }).click();
  await expect(header).toContainText('٧');
});
