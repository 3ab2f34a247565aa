import type { Page } from '@playwright/test';
import { demoReviewIds } from '../../seed/demo-review-ids';
import { msg } from './catalog';
import { demoPassword, expect, expectSignedIn, signOutFromMenu, test } from './fixtures';

/** Every public page (lists, and one of each kind of record found through them). */
const publicPages = [
  '/ar',
  '/ar/objectives',
  '/ar/objectives/7',
  '/ar/principles',
  '/ar/thematic-areas',
  '/ar/countries',
  '/ar/countries/JOR',
  '/ar/regions',
  '/ar/regions/LAS',
  '/ar/search?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9',
  '/ar/sign-in',
  '/ar/sign-up',
  '/ar/forgot-password',
  '/ar/pledges',
  '/ar/pledges/dashboard',
  '/ar/reviews',
  '/ar/plans',
  '/ar/plans/JOR',
  '/ar/coverage',
  '/ar/open-data',
  '/ar/meetings',
  '/ar/statements',
  '/ar/hub',
  '/ar/hub/resources',
  '/ar/funding',
  '/ar/funding/concept-notes',
  '/ar/hub/practices',
  '/ar/hub/calls',
  '/ar/hub/discussions',
  '/ar/hub/experts',
  '/ar/indicators',
  '/ar/champions',
  '/ar/mechanisms',
  '/ar/mechanisms/arcp',
  '/ar/networks',
  '/ar/regional-actors',
  '/ar/glossary',
  '/en',
  '/en/pledges',
  '/en/reviews',
  '/en/coverage',
  `/ar/reviews/cycles/${demoReviewIds.firstCycle}/outcome`,
  `/ar/reviews/cycles/${demoReviewIds.firstCycle}/outcome/paragraphs/para_2`,
];

/** Record pages reached from a list: the first link whose path matches. */
const recordPages: [list: string, link: RegExp, suffix?: string][] = [
  ['/ar/principles', /^\/ar\/principles\/[^/]+$/],
  ['/ar/pledges', /^\/ar\/pledges\/[0-9a-f-]{36}$/],
  ['/ar/reviews', /^\/ar\/reviews\/[0-9a-f-]{36}$/],
  ['/ar/reviews', /^\/ar\/reviews\/cycles\/[0-9a-f-]{36}$/],
  ['/ar/open-data', /^\/ar\/open-data\/[^/]+$/],
  ['/ar/meetings', /^\/ar\/meetings\/[0-9a-f-]{36}$/],
  ['/ar/meetings', /^\/ar\/meetings\/[0-9a-f-]{36}$/, '/side-events'],
  ['/ar/hub/practices', /^\/ar\/hub\/practices\/[0-9a-f-]{36}$/],
  ['/ar/hub/discussions', /^\/ar\/hub\/discussions\/[0-9a-f-]{36}$/],
  ['/ar/hub/experts', /^\/ar\/hub\/experts\/[0-9a-f-]{36}$/],
  ['/ar/indicators', /^\/ar\/indicators\/[A-Z]-\d+$/],
  ['/ar/champions', /^\/ar\/champions\/[A-Z]{3}$/],
  ['/ar/hub/resources', /^\/ar\/hub\/resources\/[0-9a-f-]{36}$/],
];

/** The main pages of signed-in work, as the secretariat sees them (most queues and editors). */
const signedInPages = [
  '/ar/account',
  '/ar/reviews/mine',
  '/ar/pledges/mine',
  '/ar/pledges/new',
  '/ar/pledges/review',
  '/ar/pledges/support',
  '/ar/pledges/import',
  '/ar/reviews/templates',
  '/ar/reviews/new',
  '/ar/hub/editor',
  '/ar/hub/reviews',
  '/ar/hub/resources/upload',
  '/ar/meetings/new',
  '/ar/funding/decisions',
  '/ar/funding/concept-notes/new',
  '/ar/admin',
  '/ar/admin/users',
  '/ar/admin/audit',
  '/ar/admin/reference',
  '/ar/organisations',
];
const signedInRecordPages: [list: string, link: RegExp, suffix?: string][] = [
  ['/ar/reviews', /^\/ar\/reviews\/cycles\/[0-9a-f-]{36}$/, '/tracker'],
  ['/ar/reviews', /^\/ar\/reviews\/cycles\/[0-9a-f-]{36}$/, '/contributions'],
];
/** A focal point's own review in preparation, as its editor sees it. */
const focalPointRecordPages: [list: string, link: RegExp, suffix?: string][] = [
  ['/ar/reviews/mine', /^\/ar\/reviews\/[0-9a-f-]{36}\/edit$/],
];

async function firstLink(page: Page, list: string, link: RegExp) {
  await page.goto(list);
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((h) => link.test(h));
}

/** The published synthesis of a demo cycle (its coverage matrix is the widest table of the site). */
async function publishedSynthesis(page: Page): Promise<string> {
  const cycles = (await (await page.request.get('/api/v1/review-cycles')).json()) as {
    data: { id: string }[];
  };
  for (const cycle of cycles.data) {
    const path = `/ar/reviews/cycles/${cycle.id}/synthesis`;
    if ((await page.request.get(path)).ok()) return path;
  }
  throw new Error('the demo data has no published synthesis');
}

/**
 * Loads each page and names what sticks out sideways: the page must not scroll horizontally
 * (document.scrollingElement.scrollWidth ≤ innerWidth); wide content scrolls in its own container.
 */
async function overflowOf(page: Page, path: string) {
  const response = await page.goto(path);
  if (!response || response.status() >= 400) return `${path}: status ${response?.status()}`;
  return page.evaluate((p) => {
    const width = window.innerWidth;
    const scroll = document.scrollingElement?.scrollWidth ?? 0;
    if (scroll <= width) return null;
    // The innermost elements reaching past either edge, to say what to fix.
    const past = [...document.querySelectorAll('body *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && el.checkVisibility() && (r.right > width + 1 || r.left < -1);
    });
    const culprits = past
      .filter((el) => !past.some((other) => other !== el && el.contains(other)))
      .slice(0, 3)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.className}"> ${(el.textContent ?? '').trim().slice(0, 30)}`,
      );
    return `${p}: ${scroll} > ${width} (${culprits.join(', ')})`;
  }, path);
}

async function checkAll(page: Page, paths: string[], records: typeof recordPages) {
  const found: string[] = [...paths];
  for (const [list, link, suffix] of records) {
    const href = await firstLink(page, list, link);
    expect(href, `a link like ${link} on ${list}`).toBeTruthy();
    found.push(`${href}${suffix ?? ''}`);
  }
  const problems: string[] = [];
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of found) {
      const problem = await overflowOf(page, path);
      if (problem) problems.push(`${width}px ${problem}`);
    }
  }
  expect(problems).toEqual([]);
}

test('no public page scrolls sideways on a phone (360 and 390 px)', async ({ page }) => {
  test.setTimeout(300_000);
  await checkAll(page, [...publicPages, await publishedSynthesis(page)], recordPages);
});

async function signInAs(page: Page, email: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill(email);
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);
}

test('no main signed-in page scrolls sideways on a phone (360 and 390 px)', async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, 'admin@marsad.test');
  await checkAll(page, signedInPages, signedInRecordPages);
  await signOutFromMenu(page);
  await signInAs(page, 'focal.eg@marsad.test');
  await checkAll(page, ['/ar/plans/EGY/edit'], focalPointRecordPages);
});

test('the pledge filters wait behind a disclosure on a phone, also without JavaScript; wide screens show them', async ({
  browser,
}) => {
  const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await phone.newPage();
  await page.goto('/ar/pledges');
  const words = page.getByLabel(msg('ar', 'pledges-registry.filter.q'));
  await expect(words).toBeHidden();
  await page.locator('main summary', { hasText: msg('ar', 'pledges-registry.filters') }).click();
  await expect(words).toBeVisible();
  await words.fill('الهجرة');
  await words.press('Enter');
  await expect(page).toHaveURL(/\/ar\/pledges\?q=/);
  // A filter is set: the disclosure comes back open.
  await expect(words).toBeVisible();
  await phone.close();

  const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const desk = await wide.newPage();
  await desk.goto('/ar/pledges');
  await expect(desk.getByLabel(msg('ar', 'pledges-registry.filter.q'))).toBeVisible();
  await expect(desk.locator('main summary', { hasText: msg('ar', 'pledges-registry.filters') })).toBeHidden();
  await wide.close();
});
