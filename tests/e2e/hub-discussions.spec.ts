import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, signOutFromMenu, test } from './fixtures';

const m = (key: string) => msg('ar', key);
const spaceTitle = 'مشاورة إقليمية: الاعتراف بمهارات العمال المهاجرين في المنطقة العربية';

async function signInAs(page: Page, email: string) {
  await page.goto('/ar/sign-in');
  await page.getByLabel(m('accounts.field.email')).fill(email);
  await page.getByLabel(m('accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: m('accounts.signIn.submit') }).click();
  await expectSignedIn(page);
}

async function openSpace(page: Page) {
  await page.goto('/ar/hub/discussions');
  await page.getByRole('link', { name: spaceTitle }).click();
  await expect(page.getByRole('heading', { name: spaceTitle, level: 1 })).toBeVisible();
}

test('a reply is posted, reported by another reader, hidden by a moderator with the reason in its place, and leaves search, in Arabic', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // A word no other content has, so search answers for this post only.
  const word = `وسمفريد${'abcdefghij'
    .split('')
    .sort(() => Math.random() - 0.5)
    .join('')
    .slice(0, 6)}`;
  const body = `نقترح اعتماد شهادات المهارات المشتركة ${word} بين بلدان المنطقة.`;

  // The sample NGO's administrator answers the first question.
  await signInAs(page, 'ngo@marsad.test');
  await openSpace(page);
  await expectAccessible(page);
  const first = page.locator('#question-1');
  await first.getByText(m('discussions.form.answer')).click();
  await first.getByRole('textbox', { name: m('discussions.form.body') }).fill(body);
  await first.getByRole('button', { name: m('discussions.form.post') }).click();
  await expect(page.getByText(m('discussions.notice.posted'))).toBeVisible();
  const postId = new URL(page.url()).hash.replace('#post-', '');
  expect(postId).toMatch(/^[0-9a-f-]{36}$/);
  const post = page.locator(`#post-${postId}`);
  await expect(post.getByText(word).first()).toBeVisible();
  await page.goto(`/ar/search?q=${encodeURIComponent(word)}`);
  await expect(page.locator(`a[href*="${postId}"]`).first()).toBeVisible();
  await signOutFromMenu(page);

  // Another reader (Jordan's focal point) reports it.
  await signInAs(page, 'focal.jo@marsad.test');
  await openSpace(page);
  await post.getByText(m('discussions.form.report')).click();
  await post
    .getByRole('textbox', { name: m('discussions.form.reportReason') })
    .fill('إعلان تجاري لا صلة له بالنقاش');
  await post.getByRole('button', { name: m('discussions.form.reportSubmit') }).click();
  await expect(page.getByText(m('discussions.notice.reported'))).toBeVisible();
  await signOutFromMenu(page);

  // The Network secretariat (a Hub editor moderates every space) hides it from the report queue.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/hub/discussions/reports');
  await expect(page.getByRole('heading', { name: m('discussions.reports.title') })).toBeVisible();
  await expectAccessible(page);
  const report = page.getByRole('listitem').filter({ hasText: word });
  await expect(report.getByText('إعلان تجاري لا صلة له بالنقاش')).toBeVisible();
  const reason = 'أُخفيت لأنها إعلان تجاري';
  await report.getByLabel(m('discussions.form.hideReason')).fill(reason);
  await report.getByRole('button', { name: m('discussions.form.hideSubmit') }).click();
  await expect(page.getByText(m('discussions.notice.hidden'))).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: word })).toHaveCount(0);
  await signOutFromMenu(page);

  // Anyone sees the reason in the post's place, not its text; search no longer finds it.
  await openSpace(page);
  await expect(post.getByText(reason)).toBeVisible();
  await expect(post.getByText(word)).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`/ar/search?q=${encodeURIComponent(word)}`);
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator(`a[href*="${postId}"]`)).toHaveCount(0);
});
