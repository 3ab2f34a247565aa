import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { e2eDataDir } from '../../playwright.config';
import { msg } from './catalog';

export const demoPassword = 'marsad-demo-2026';

/** Fails on any moderate, serious or critical axe violation of the current page (minor ones are advice). */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const failing = results.violations.filter((v) => v.impact !== 'minor' && v.impact != null);
  expect(
    failing.map(
      (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
    `axe on ${page.url()}`,
  ).toEqual([]);
}

/** The header's menu of the signed-in person's own work ("عملي"), where signing out lives too. */
export function myWorkMenu(page: Page, locale: 'ar' | 'en' = 'ar') {
  return page.locator('header summary', { hasText: msg(locale, 'common.nav.myWork') });
}

/** Signed in: the header shows the "my work" menu instead of the sign-in link. */
export async function expectSignedIn(page: Page, locale: 'ar' | 'en' = 'ar') {
  await expect(myWorkMenu(page, locale)).toBeVisible();
}

/** Signs in on the Arabic sign-in page with the demo password and waits for the signed-in header. */
export async function signInAs(page: Page, email: string) {
  await page.goto('/ar/sign-in');
  await page.getByLabel(msg('ar', 'accounts.field.email')).fill(email);
  await page.getByLabel(msg('ar', 'accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: msg('ar', 'accounts.signIn.submit') }).click();
  await expectSignedIn(page);
}

/**
 * Opens the "my work" menu and signs out, and waits until the page says so: a navigation started
 * before the sign-out's redirect lands would race it (and lose to it on a busy machine).
 */
export async function signOutFromMenu(page: Page, locale: 'ar' | 'en' = 'ar') {
  await myWorkMenu(page, locale).click();
  await page.getByRole('button', { name: msg(locale, 'common.signOut') }).click();
  await expect(myWorkMenu(page, locale)).toHaveCount(0);
}

/** The newest outbox message sent to this address (the server writes mail to DATA_DIR/outbox). */
export async function latestMailTo(address: string): Promise<{ subject: string; text: string }> {
  const dir = path.join(e2eDataDir, 'outbox');
  for (let attempt = 0; attempt < 50; attempt++) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort().reverse() : [];
    for (const f of files) {
      const mail = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as {
        to: string;
        subject: string;
        text: string;
      };
      if (mail.to.toLowerCase() === address.toLowerCase()) return mail;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${address} in ${dir}`);
}

export function linkIn(text: string): string {
  const m = /https?:\/\/\S+/.exec(text);
  if (!m) throw new Error('no link in mail');
  return m[0];
}

export const test = base;
export { expect };
