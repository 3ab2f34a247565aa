import type { Browser, Page } from '@playwright/test';
import { e2ePort } from '../../playwright.config';
import { msg } from './catalog';
import { demoPassword, expect, test } from './fixtures';

/**
 * The one number policy, seen as a reader sees it: every public page reachable from the home page
 * and the main signed-in pages, in Arabic, with Arabic-Indic digits chosen and then Latin ones.
 * A digit of the other system fails the walk unless it sits in a URL, an e-mail address, code
 * (`<code>`, `<kbd>`, `<samp>`, `<pre>`, `data-verbatim`), a form field, text in English (a
 * `lang="en"` fallback), what people wrote (`<bdi>`, `data-user-text`), or a document symbol or
 * code such as "73/195", "15(a)", "M49" or "GCM-O01".
 */

type Digits = 'arab' | 'latn';
const latin = /[0-9]/;
const arabicIndic = /[\u0660-\u0669\u06F0-\u06F9]/;

/** Links not to follow: downloads, feeds, sign-out, and pages that only change state. */
const skipped = /\.(csv|xlsx|docx|pdf|xml|atom|json)(\?|$)|\/files\/|\/feeds\/|\/sign-out|\/api\//;

/** One page per route shape is enough: the same template with other data says nothing new. */
function shapeOf(path: string): string {
  return path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')
    .replace(/\/\d+(?=\/|$)/g, '/:n')
    .replace(/\/(countries|plans)\/[a-z]{3}(?=\/|$)/gi, '/$1/:iso3');
}

/** The text of the page a reader sees that breaks the digits rule, with what it sits in. */
async function offendingText(page: Page, digits: Digits): Promise<string[]> {
  return page.evaluate(
    ({ digits, latinSource, arabicSource }) => {
      const wrong = new RegExp(digits === 'arab' ? latinSource : arabicSource);
      // Code, form fields, and what people wrote (inside <bdi>, as every user text is): the page
      // cannot choose the digits of someone's text.
      const verbatim =
        'script, style, noscript, code, kbd, samp, pre, textarea, select, bdi, [data-verbatim], [data-user-text]';
      const allowed = [
        /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\?\w+=\w+/g, // URLs, queries, e-mail addresses
        /\b[A-Z]{1,6}(\/[A-Z0-9.]+)+|\b\d+\/\d+\b/g, // UN document symbols: A/RES/73/195, 73/195
        /\b\d+\([a-z]\)/g, // paragraph references: 15(a)
        /\b(ISO|SDG)\s?[\d-]+/g, // named standards: ISO 3166-1, ISO 8601
        /\b\d{1,2}\.[0-9a-z]{1,2}(?=:)/g, // SDG targets before their label: «10.7: …»
        /[\w-]*(?:[A-Za-z][\w-]*\d|\d[\w-]*[A-Za-z])[\w-]*/g, // codes mixing letters and digits: M49, GCM-O01, iso3
      ];
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!wrong.test(text)) continue;
        const parent = node.parentElement;
        if (!parent || parent.closest(verbatim)) continue;
        if ((parent.closest('[lang]')?.getAttribute('lang') ?? 'ar') !== 'ar') continue;
        const style = getComputedStyle(parent);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const rest = allowed.reduce((t, re) => t.replace(re, ' '), text);
        if (wrong.test(rest)) out.push(`<${parent.tagName.toLowerCase()}> ${text.trim().slice(0, 80)}`);
      }
      // Accessible names are read too.
      for (const el of document.querySelectorAll('[aria-label]')) {
        const label = el.getAttribute('aria-label') ?? '';
        if (wrong.test(label) && !el.closest('[lang="en"]')) out.push(`[aria-label] ${label}`);
      }
      return out;
    },
    { digits, latinSource: latin.source, arabicSource: arabicIndic.source },
  );
}

async function readerWith(browser: Browser, digits: Digits) {
  const context = await browser.newContext({ locale: 'ar' });
  await context.addCookies([
    { name: 'marsad_digits', value: digits, domain: 'localhost', path: '/', httpOnly: false },
  ]);
  return context;
}

/** Walks the pages reachable from `start` (one per route shape, at most `limit`), collecting offences. */
async function walk(page: Page, start: string[], digits: Digits, limit: number): Promise<string[]> {
  const origin = `http://localhost:${e2ePort}`;
  const queue = [...start];
  const seen = new Set<string>();
  const problems: string[] = [];
  let visited = 0;
  while (queue.length && visited < limit) {
    const path = queue.shift()!;
    const shape = shapeOf(path);
    if (seen.has(shape)) continue;
    seen.add(shape);
    const response = await page.goto(path);
    visited++;
    if (!response || response.status() >= 400) {
      // A page that fails to draw would hide its numbers from the walk.
      if (!response || response.status() >= 500) problems.push(`${path}: status ${response?.status()}`);
      continue;
    }
    await expect(page.locator('html')).toHaveAttribute('data-digits', digits);
    for (const problem of await offendingText(page, digits)) problems.push(`${path}: ${problem}`);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      if (!href.startsWith(`${origin}/ar`)) continue;
      const url = new URL(href);
      if (skipped.test(url.pathname) || url.search) continue;
      if (!seen.has(shapeOf(url.pathname))) queue.push(url.pathname);
    }
  }
  expect(visited, 'the walk reached pages').toBeGreaterThan(start.length);
  return problems;
}

async function signIn(page: Page, email: string) {
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill(email);
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

const publicStart = [
  '/ar',
  '/ar/objectives',
  '/ar/principles',
  '/ar/thematic-areas',
  '/ar/countries',
  '/ar/regions',
  '/ar/pledges',
  '/ar/pledges/dashboard',
  '/ar/reviews',
  '/ar/plans',
  '/ar/coverage',
  '/ar/open-data',
  '/ar/meetings',
  '/ar/statements',
  '/ar/hub',
  '/ar/hub/resources',
  '/ar/funding',
  '/ar/search?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9',
  // Pages added since the walk was written (Hub, instruments, indicators), not all linked from the header.
  '/ar/hub/practices',
  '/ar/hub/calls',
  '/ar/hub/discussions',
  '/ar/hub/experts',
  '/ar/indicators',
  '/ar/champions',
  '/ar/mechanisms',
  '/ar/networks',
  '/ar/regional-actors',
  '/ar/glossary',
  // An indicator broken down by age groups, whose bounds are placeholders now.
  '/ar/indicators/P-02',
];

const signedInStart = [
  '/ar/account',
  '/ar/pledges/mine',
  '/ar/pledges/review',
  '/ar/pledges/support',
  '/ar/reviews/mine',
  '/ar/reviews/templates',
  '/ar/hub/editor',
  '/ar/funding/concept-notes',
  '/ar/admin',
  '/ar/admin/users',
  '/ar/admin/audit',
  '/ar/hub/support',
  '/ar/hub/practices/queue',
  '/ar/hub/experts/vetting',
  '/ar/funding/decisions',
  // Import pages: their rules and columns name limits and ranges.
  '/ar/pledges/import',
  '/ar/hub/import',
];

// Arabic-Indic is the default and the choice most readers make: walked widely; Latin more briefly.
const limits = { arab: { public: 80, signedIn: 34 }, latn: { public: 35, signedIn: 20 } };

for (const digits of ['arab', 'latn'] as const) {
  test(`public pages in Arabic show only ${digits} digits`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await readerWith(browser, digits);
    const page = await context.newPage();
    const problems = await walk(page, publicStart, digits, limits[digits].public);
    expect(problems).toEqual([]);
    await context.close();
  });

  test(`the main signed-in pages in Arabic show only ${digits} digits`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await readerWith(browser, digits);
    const page = await context.newPage();
    await signIn(page, 'admin@marsad.test');
    const problems = await walk(page, signedInStart, digits, limits[digits].signedIn);
    expect(problems).toEqual([]);
    await context.close();
  });
}
