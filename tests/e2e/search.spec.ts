import { msg } from './catalog';
import { expect, expectAccessible, test } from './fixtures';

test('an Arabic reader gets suggestions in the header box, then searches and narrows by a facet', async ({
  page,
}) => {
  await page.goto('/ar/objectives');
  const box = page.getByRole('search', { name: msg('ar', 'common.search.label') });
  const input = box.getByRole('combobox', { name: msg('ar', 'common.search.label') });
  await input.fill('الإنق');
  const suggestions = box.getByRole('listbox', { name: msg('ar', 'common.search.suggestions') });
  await expect(
    suggestions.getByRole('option', { name: /تنسيق البحث والإنقاذ في البحر/ }).first(),
  ).toBeVisible();
  await expectAccessible(page);

  // The full word with a clitic and diacritics finds the same pledge; the match is marked.
  await input.fill('بالإِنْقاذ');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/ar\/search\?q=/);
  const result = page.getByRole('link', { name: /تنسيق البحث والإنقاذ في البحر/ }).first();
  await expect(result).toBeVisible();
  await expect(result.locator('mark')).toHaveText(['والإنقاذ']);
  await expectAccessible(page);

  const form = page.getByRole('search', { name: msg('ar', 'search.formLabel') });
  await form.getByRole('searchbox', { name: msg('ar', 'search.q') }).fill('المهاجرين');
  await form.getByRole('button', { name: msg('ar', 'search.submit') }).click();
  await expect(page.getByRole('status').first()).toBeVisible();
  const facets = page.getByRole('complementary');
  const pledgeFacet = facets.getByRole('link', { name: msg('ar', 'content.type.pledge.other') });
  await pledgeFacet.click();
  await expect(page).toHaveURL(/type=pledge/);
  await expect(
    page.getByRole('complementary').getByRole('link', { name: msg('ar', 'content.type.pledge.other') }),
  ).toHaveAttribute('aria-current', 'true');
  await expectAccessible(page);
});

test('the header search works without JavaScript, and English finds Arabic material through the vocabulary', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en' });
  const page = await context.newPage();
  await page.goto('/en/pledges');
  await page.getByRole('searchbox', { name: msg('en', 'common.search.label') }).fill('statistics');
  await page.getByRole('button', { name: msg('en', 'common.search.submit') }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=statistics/);
  await expect(
    page.getByRole('link', { name: /Disaggregated migration statistics portal/ }).first(),
  ).toBeVisible();
  await expect(page.getByText(msg('en', 'search.alsoSearched'))).toBeVisible();
  // (axe needs scripts; the same page is checked with them in the other tests.)
  await context.close();
});

test('the search page at 360 pixels, and a query of only common words', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ar/search?q=%D9%85%D9%86%20%D9%81%D9%8A');
  await expect(page.getByText(msg('ar', 'search.onlyStopWords'))).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

/** The header box is a WAI-ARIA combobox on pages that are not hydrated (static-page.js) and on those that are (SearchBox). */
for (const [kind, path] of [
  ['static', '/ar/objectives'],
  ['hydrated', '/ar/sign-in'],
] as const) {
  test(`the header suggestions are a keyboard combobox on a ${kind} page`, async ({ page }) => {
    await page.goto(path);
    const box = page.getByRole('search', { name: msg('ar', 'common.search.label') });
    const input = box.getByRole('combobox', { name: msg('ar', 'common.search.label') });
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await input.fill('الإنق');
    const list = box.getByRole('listbox', { name: msg('ar', 'common.search.suggestions') });
    const options = list.getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).toHaveAttribute('aria-controls', (await list.getAttribute('id')) ?? '');
    // The count is announced (a live region) with how to move through the suggestions.
    await expect(box.getByRole('status')).toContainText('السهم');
    await expectAccessible(page);

    // Down goes to the first suggestion, the focus staying in the box; up from the first goes back to
    // the box; up from the box goes to the last.
    await input.press('ArrowDown');
    const first = options.first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await expect(input).toBeFocused();
    await input.press('ArrowUp');
    await expect(input).not.toHaveAttribute('aria-activedescendant', /.+/);
    await input.press('ArrowUp');
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(page);

    // Escape closes the list and keeps the words.
    await input.press('Escape');
    await expect(list).toBeHidden();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).toHaveValue('الإنق');

    // Enter on a chosen suggestion opens it (not the search page).
    await input.fill('الإنقا');
    await expect(options.first()).toBeVisible();
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect(page).not.toHaveURL(/\/search\?/);
    await expect(page).not.toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/الإنقاذ/);

    // Enter with no suggestion chosen submits the search.
    await page.goto(path);
    await page
      .getByRole('search', { name: msg('ar', 'common.search.label') })
      .getByRole('combobox')
      .fill('الإنقاذ');
    await page
      .getByRole('search', { name: msg('ar', 'common.search.label') })
      .getByRole('combobox')
      .press('Enter');
    await expect(page).toHaveURL(/\/ar\/search\?q=/);
  });
}
