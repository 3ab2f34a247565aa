import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, signOutFromMenu, test } from './fixtures';

const m = (key: string) => msg('ar', key);
const p = (key: string) => m(`hub-practices.${key}`);
/** A message of errors.hub-practices.json (a part of the errors namespace the catalog helper does not read). */
const practiceError = (key: string) =>
  (
    JSON.parse(
      fs.readFileSync(
        path.resolve(import.meta.dirname, '../../app/locales/ar/errors.hub-practices.json'),
        'utf8',
      ),
    ) as Record<string, string>
  )[key]!;

async function signInAs(page: Page, email: string) {
  await page.goto('/ar/sign-in');
  await page.getByLabel(m('accounts.field.email')).fill(email);
  await page.getByLabel(m('accounts.field.password')).fill(demoPassword);
  await page.getByRole('button', { name: m('accounts.signIn.submit') }).click();
  await expectSignedIn(page);
}

async function signOut(page: Page) {
  await signOutFromMenu(page);
  await expect(page.getByRole('link', { name: m('common.signIn') })).toBeVisible();
}

const callTheme = 'دعوة لتقديم ممارسات إعادة الإدماج المستدام للعائدين (عيّنة)';

test('a practice submitted to a call goes through clarification, approval and the promising mark, and is found under its objective and in search, in Arabic', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const title = 'برنامج الإرشاد النفسي والاجتماعي للعائدين في المحافظات';
  const contactEmail = 'mona.saleh@example.org';

  // A civil society organisation answers the open call.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto('/ar/hub');
  await page
    .getByRole('link', { name: p('calls.title') })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: p('calls.title') })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: callTheme }).click();
  await expect(page.getByRole('heading', { name: callTheme })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: p('call.submit') }).click();
  await expect(page.getByRole('heading', { name: p('submit.title') })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByLabel(p('form.call'))).toHaveValue(/.+/);
  await page.getByLabel(p('form.titleAr')).fill(title);
  await page
    .getByLabel(p('form.summaryAr'))
    .fill('جلسات إرشاد نفسي واجتماعي للعائدين وأسرهم تقدّمها مراكز الرعاية الأولية بالتعاون مع البلديات.');
  await page.getByLabel(p('form.implementers')).fill('جمعية الإرشاد الأسري');
  await page
    .getByRole('group', { name: p('form.objectives') })
    .locator('input[value="21"]')
    .check();
  await page.getByLabel(p('form.isGlobal')).check();
  await page.getByLabel(p('form.startDate')).fill('2022-02-01');
  await page.getByLabel(p('form.stage')).selectOption('ongoing');
  await page.getByLabel(p('form.results'), { exact: true }).fill('استفادت منها 900 أسرة عائدة خلال عامين.');
  await page
    .getByLabel(p('form.replicability'), { exact: true })
    .fill('تحتاج إلى مرشدين مدرَّبين وشراكة مع البلديات.');
  await page.getByLabel(p('form.contactName')).fill('منى صالح');
  await page.getByLabel(p('form.contactEmail')).fill(contactEmail);
  const criteria = page.getByRole('group', { name: p('form.criteria') });
  await criteria.getByLabel(p('criterion.linked_to_objectives')).check();
  // Missing the second required criterion: refused beside the checklist, everything typed kept.
  await page.getByRole('button', { name: p('submit.submit') }).click();
  await expect(
    page
      .getByRole('group', { name: p('form.criteria') })
      .getByText(practiceError('practiceCriterionRequired')),
  ).toBeVisible();
  await expect(page.getByLabel(p('form.titleAr'))).toHaveValue(title);
  await page
    .getByRole('group', { name: p('form.criteria') })
    .getByLabel(p('criterion.follows_principles'))
    .check();
  await page.getByRole('button', { name: p('submit.submit') }).click();
  await expect(page.getByText(p('notice.submitted'))).toBeVisible();
  await expectAccessible(page);
  const practiceUrl = page.url().replace(/\?.*$/, '');
  await signOut(page);

  // Not public yet.
  expect((await page.goto(practiceUrl))?.status()).toBe(404);

  // The Hub editor asks for clarification.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/hub/practices/queue');
  await expectAccessible(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: p('review.title') })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(p('decision.clarify')).check();
  await page.getByLabel(p('review.message')).fill('ما عدد المرشدين، وكيف قيس أثر الجلسات؟');
  await page.getByRole('button', { name: p('review.submit') }).click();
  await expect(page.getByText(p('notice.decided'))).toBeVisible();
  await signOut(page);

  // The submitter answers and resubmits.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto(practiceUrl);
  await expect(page.getByText('ما عدد المرشدين، وكيف قيس أثر الجلسات؟')).toBeVisible();
  await page.getByRole('link', { name: p('page.edit') }).click();
  await expect(page.getByText(p('edit.clarificationAsked'))).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel(p('form.results'), { exact: true })
    .fill('استفادت منها 900 أسرة عائدة خلال عامين، مع 24 مرشدًا؛ قيس الأثر باستبيان قبل الجلسات وبعدها.');
  await page.getByRole('button', { name: p('edit.resubmit') }).click();
  await expect(page.getByText(p('notice.revised'))).toBeVisible();
  await signOut(page);

  // The editor approves, then marks it promising.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/hub/practices/queue');
  await page.getByRole('link', { name: title }).click();
  await page.getByLabel(p('decision.approve')).check();
  await page.getByRole('button', { name: p('review.submit') }).click();
  await expect(page.getByText(p('notice.decided'))).toBeVisible();
  await page.getByRole('link', { name: p('page.review') }).click();
  await page.getByRole('button', { name: p('review.markPromising') }).click();
  await expect(page.getByText(p('notice.promising'))).toBeVisible();
  // The editors' call pages.
  await page.goto('/ar/hub/calls/new');
  await expectAccessible(page);
  await signOut(page);

  // Anyone finds it under objective 21 (promising first) and in search; no contact in the page.
  await page.goto('/ar/hub/practices?objective=21');
  await expectAccessible(page);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(item.getByText(p('promising'))).toBeVisible();
  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: p('page.contactSignIn') })).toBeVisible();
  expect(await page.content()).not.toContain(contactEmail);
  await expectAccessible(page);
  await page.goto(`/ar/search?q=${encodeURIComponent('الإرشاد النفسي للعائدين')}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  // Listed under its call.
  await page.goto('/ar/hub/calls');
  await page.getByRole('link', { name: callTheme }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});
