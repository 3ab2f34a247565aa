import { e2ePort } from '../../playwright.config';
import { expect, test } from './fixtures';
import { measurePage, overBudget, resolvePublicPages, weightBudget, weightTable } from './page-weight';

const baseUrl = `http://localhost:${e2ePort}`;

test(`every public page stays within the budget (JS ≤ ${weightBudget.jsBytes / 1024} KB, HTML ≤ ${weightBudget.htmlBytes / 1024} KB compressed)`, async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const pages = await resolvePublicPages(browser, baseUrl);
  const rows = [];
  for (const p of pages) rows.push(await measurePage(browser, baseUrl, p));
  const over = rows.filter((r) => overBudget(r).length > 0);
  expect(
    over.map((r) => `${decodeURI(r.path)}: ${overBudget(r).join('; ')}`),
    weightTable(rows),
  ).toEqual([]);
});
