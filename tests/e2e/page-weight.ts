import type { Browser } from '@playwright/test';

/**
 * The page-weight budget of public pages (issue 12, point 9) and the one way to measure it, shared by
 * `npm run bench:weight` (bench/weight.ts) and the browser test (tests/e2e/weight.spec.ts): each page
 * is loaded cold in Chromium, every response counted, and the bytes of JavaScript, CSS and HTML summed
 * as transferred (compressed as the server sent them to a browser's Accept-Encoding).
 */
export const weightBudget = { jsBytes: 60 * 1024, htmlBytes: 30 * 1024 };

/** The public pages under the budget; `{cycle}` is the first public review cycle of the demo data. */
export const publicPages = [
  '/ar',
  '/en',
  '/ar/pledges',
  '/ar/pledges/dashboard',
  '/ar/reviews',
  '/ar/reviews/cycles/{cycle}',
  '/ar/reviews/cycles/{cycle}/synthesis',
  '/ar/objectives/7',
  '/ar/countries/JOR',
  '/ar/plans',
  '/ar/hub',
  '/ar/hub/practices',
  '/ar/hub/calls',
  '/ar/meetings',
  '/ar/search?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9',
  '/ar/coverage',
  '/ar/open-data',
  '/ar/glossary',
  '/ar/indicators',
  '/ar/indicators/P-01',
  '/ar/champions',
  '/ar/mechanisms/arcp',
  '/ar/networks',
  '/ar/regional-actors',
];

export interface PageWeight {
  path: string;
  status: number;
  requests: number;
  js: number;
  css: number;
  html: number;
  other: number;
}

/**
 * Fills `{cycle}` from the reviews page: the first cycle linked there whose page links to a
 * published synthesis.
 */
export async function resolvePublicPages(browser: Browser, baseUrl: string): Promise<string[]> {
  const page = await browser.newPage();
  const cycleLinks = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  try {
    await page.goto(`${baseUrl}/ar/reviews`);
    const ids = (await cycleLinks('a[href*="/reviews/cycles/"]'))
      .map((h) => /\/reviews\/cycles\/([0-9a-f-]{36})/.exec(h)?.[1])
      .filter((id): id is string => Boolean(id));
    for (const cycle of new Set(ids)) {
      await page.goto(`${baseUrl}/ar/reviews/cycles/${cycle}`);
      if ((await cycleLinks(`a[href$="/reviews/cycles/${cycle}/synthesis"]`)).length)
        return publicPages.map((p) => p.replace('{cycle}', cycle));
    }
    throw new Error('no review cycle with a published synthesis linked from /ar/reviews');
  } finally {
    await page.close();
  }
}

/** Loads one page in a fresh context (no cache) and adds up what crossed the wire. */
export async function measurePage(browser: Browser, baseUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ locale: path.startsWith('/en') ? 'en' : 'ar' });
  const page = await context.newPage();
  const weight: PageWeight = { path, status: 0, requests: 0, js: 0, css: 0, html: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const bytes = sizes.responseBodySize;
        const type = request.resourceType();
        const contentType = (await response?.headerValue('content-type')) ?? '';
        weight.requests += 1;
        if (type === 'script' || contentType.includes('javascript')) weight.js += bytes;
        else if (type === 'stylesheet' || contentType.includes('text/css')) weight.css += bytes;
        else if (type === 'document') weight.html += bytes;
        else weight.other += bytes;
      })(),
    );
  });
  page.on('requestfailed', () => {
    weight.requests += 1;
  });
  try {
    const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    weight.status = response?.status() ?? 0;
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  return weight;
}

export function overBudget(w: PageWeight): string[] {
  const faults: string[] = [];
  if (w.status !== 200) faults.push(`status ${w.status}`);
  if (w.js > weightBudget.jsBytes) faults.push(`JS ${kb(w.js)} > ${kb(weightBudget.jsBytes)}`);
  if (w.html > weightBudget.htmlBytes) faults.push(`HTML ${kb(w.html)} > ${kb(weightBudget.htmlBytes)}`);
  return faults;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A plain table, one line per page (KB as transferred). */
export function weightTable(rows: PageWeight[]): string {
  const head = ['page', 'JS', 'CSS', 'HTML', 'other', 'requests', 'budget'];
  const lines = rows.map((w) => [
    decodeURI(w.path),
    kb(w.js),
    kb(w.css),
    kb(w.html),
    kb(w.other),
    String(w.requests),
    overBudget(w).join('; ') || 'ok',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [head, ...lines].map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
