import { msg } from './catalog';
import { expect, expectAccessible, test } from './fixtures';

test('a reader explores the coverage radar in Arabic and in English, down to a region’s countries', async ({
  page,
}) => {
  await page.goto('/ar/coverage');
  await expect(page.locator('h1')).toHaveText(msg('ar', 'coverage.title'));
  await expect(page.locator('svg[aria-labelledby^="coverage-heatmap"]')).toBeVisible();
  await expectAccessible(page);
  await page.getByText(msg('ar', 'coverage.definitions')).click();
  await expect(page.getByText(msg('ar', 'coverage.definition.public'))).toBeVisible();

  await page.goto('/en/coverage?region=ESCWA');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('#heatmap-heading')).toContainText('Objectives by country');
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectAccessible(page);

  await page.goto('/ar/countries/jor');
  await expect(page.locator('#country-coverage')).toBeVisible();
  await expectAccessible(page);
});

test('a reader finds the open datasets and a dictionary, and revalidates a page with a 304', async ({
  page,
}) => {
  await page.goto('/ar/open-data');
  await expectAccessible(page);
  await page
    .getByRole('link', {
      name: new RegExp(`^${msg('ar', 'open-data.dictionaryLabel').split('{dataset}')[0]}`),
    })
    .first()
    .click();
  await expect(page.locator('table')).toBeVisible();
  await expectAccessible(page);

  // After a reload (revalidated with the page's ETag, 304 when unchanged) the page's scripts still run
  // under its CSP nonce: a client-side language switch works.
  await page.goto('/en/objectives');
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await page.getByRole('link', { name: msg('en', 'common.switchLanguage') }).click();
  await expect(page).toHaveURL(/\/ar\/objectives$/);
});
