import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, myWorkMenu, test } from './fixtures';

async function signInAs(page: Page, email: string, locale: 'ar' | 'en' = 'ar') {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(msg(locale, 'accounts.field.email')).fill(email);
  await page.getByLabel(msg(locale, 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg(locale, 'accounts.signIn.submit') }).click();
  await expectSignedIn(page, locale);
}

/** The header's visible controls all sit on one line (their vertical centres within a few pixels). */
async function expectHeaderOnOneRow(page: Page) {
  const centres = await page.locator('header > div > *').evaluateAll((els) =>
    els
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => r.top + r.height / 2),
  );
  expect(centres.length).toBeGreaterThan(2);
  expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(6);
}

const areaKeys = ['compact', 'reviews', 'pledges', 'knowledge', 'meetings', 'data'] as const;

for (const locale of ['ar', 'en'] as const) {
  test(`${locale}: an administrator's header fits one row at 1280 px, areas and "my work" open from the keyboard`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, 'admin@marsad.test', locale);
    await page.goto(`/${locale}`);
    await expectHeaderOnOneRow(page);
    const nav = page.getByRole('navigation', { name: msg(locale, 'common.nav.label') });
    for (const key of areaKeys)
      await expect(nav.locator('summary', { hasText: msg(locale, `common.nav.area.${key}`) })).toBeVisible();
    await expect(page.getByRole('search', { name: msg(locale, 'common.search.label') })).toBeVisible();

    // Keyboard: Tab from the top reaches the first area; Enter opens it, Tab goes into it, Enter follows.
    const compact = nav.locator('summary', { hasText: msg(locale, 'common.nav.area.compact') });
    for (let i = 0; i < 4 && !(await compact.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(compact).toBeFocused();
    await page.keyboard.press('Enter');
    const objectives = nav.getByRole('link', { name: msg(locale, 'common.nav.objectives') });
    await expect(objectives).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(objectives).toBeHidden();
    await expect(compact).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(objectives).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/objectives$`));
    await expect(objectives).toBeHidden();
    await expect(compact).toHaveClass(/font-bold/);

    // Opening one menu closes the other (the page's script closes a menu on a click outside it).
    await compact.click();
    await myWorkMenu(page, locale).click();
    await expect(objectives).toBeHidden();
    const work = page.locator('header details[open]');
    for (const key of ['myReviews', 'myPledges', 'pledgeQueue', 'hubQueue', 'admin', 'account'])
      await expect(work.getByRole('link', { name: msg(locale, `common.nav.${key}`) })).toBeVisible();
    await expect(work.getByRole('button', { name: msg(locale, 'common.signOut') })).toBeVisible();
    await expectAccessible(page);
    await work.getByRole('link', { name: msg(locale, 'common.nav.myReviews') }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/reviews/mine$`));
  });
}

test('a person without queues sees only their own work in the menu', async ({ page }) => {
  await signInAs(page, 'ngo@marsad.test');
  await myWorkMenu(page).click();
  const work = page.locator('header details[open]');
  await expect(work.getByRole('link', { name: msg('ar', 'common.nav.myPledges') })).toBeVisible();
  await expect(work.getByRole('link', { name: msg('ar', 'common.nav.admin') })).toHaveCount(0);
  await expect(work.getByRole('link', { name: msg('ar', 'common.nav.hubQueue') })).toHaveCount(0);
});

test('on a phone without JavaScript the menu opens, an area opens in it and its links work', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await page.goto('/ar');
  // One navigation for every width: here its areas wait behind the menu button.
  const nav = page.getByRole('navigation', { name: msg('ar', 'common.nav.label') });
  await expect(page.locator('header nav')).toHaveCount(1);
  const area = (key: (typeof areaKeys)[number]) =>
    nav.locator('summary', { hasText: msg('ar', `common.nav.area.${key}`) });
  await expect(area('compact')).toBeHidden();
  const menu = page.locator('header summary', { hasText: msg('ar', 'common.nav.menu') });
  await expect(menu).toBeVisible();
  await expect(page.getByRole('search', { name: msg('ar', 'common.search.label') })).toBeVisible();
  await menu.click();
  for (const key of areaKeys) await expect(area(key)).toBeVisible();
  const meetings = nav.getByRole('link', { name: msg('ar', 'common.nav.meetings') });
  await expect(meetings).toBeHidden();
  await area('meetings').click();
  await expect(meetings).toBeVisible();
  // The areas open in place, one at a time, and the menu stays open around them.
  await area('data').click();
  await expect(meetings).toBeHidden();
  await expect(nav.getByRole('link', { name: msg('ar', 'common.nav.coverage') })).toBeVisible();
  await area('meetings').click();
  await meetings.click();
  await expect(page).toHaveURL(/\/ar\/meetings$/);
  await context.close();
});

test('without JavaScript the areas stand in a row on a wide screen, no menu button', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/ar');
  await expect(page.locator('header summary', { hasText: msg('ar', 'common.nav.menu') })).toBeHidden();
  const nav = page.getByRole('navigation', { name: msg('ar', 'common.nav.label') });
  for (const key of areaKeys)
    await expect(nav.locator('summary', { hasText: msg('ar', `common.nav.area.${key}`) })).toBeVisible();
  await expectHeaderOnOneRow(page);
  await nav.locator('summary', { hasText: msg('ar', 'common.nav.area.pledges') }).click();
  await nav.getByRole('link', { name: msg('ar', 'common.nav.pledgeRegistry') }).click();
  await expect(page).toHaveURL(/\/ar\/pledges$/);
  await context.close();
});

test('the open phone menu passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/en');
  await page.locator('header summary', { hasText: msg('en', 'common.nav.menu') }).click();
  await page.locator('header summary', { hasText: msg('en', 'common.nav.area.data') }).click();
  await expect(
    page.getByRole('banner').getByRole('link', { name: msg('en', 'common.nav.openData') }),
  ).toBeVisible();
  await expectAccessible(page);
});
