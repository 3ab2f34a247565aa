import type { Page } from '@playwright/test';
import { textPdf } from '../../app/platform/uploads/test-files';
import { msg } from './catalog';
import { demoPassword, expect, expectAccessible, expectSignedIn, signOutFromMenu, test } from './fixtures';

const m = (key: string) => msg('ar', key);

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

/** A reviewer answers the conflict question ("none") and submits a review with a recommendation. */
async function review(page: Page, email: string, title: string, recommendation: 'accept' | 'reject') {
  await signInAs(page, email);
  await page.goto('/ar/hub/reviews');
  await page.getByRole('link', { name: title }).click();
  await page.getByLabel(m('hub.review.conflict.none')).check();
  await page.getByRole('button', { name: m('hub.review.answer') }).click();
  await expect(page.getByRole('heading', { name: m('hub.review.resource') })).toBeVisible();
  for (const criterion of ['relevance', 'evidence', 'principles', 'usefulness']) {
    await page.locator(`input[name="${criterion}"][value="4"]`).check();
  }
  await page.getByLabel(m(`hub.recommendation.${recommendation}`)).check();
  await page
    .getByLabel(m('hub.review.comments'))
    .fill('يستند الدليل إلى أدلة ميدانية من ثلاثة بلدان، ويحتاج قسم البيانات إلى تحديث.');
  await page.getByRole('button', { name: m('hub.review.submit') }).click();
  await expect(page.getByRole('heading', { name: m('hub.review.yours') })).toBeVisible();
  await signOut(page);
}

test('a resource with a PDF goes through peer review with a tie-break and is found under its objective, in Arabic', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const title = 'دليل عملي لحماية العمال المهاجرين من رسوم التوظيف';

  // An organisation's member submits the resource with its PDF.
  await signInAs(page, 'ngo@marsad.test');
  await page.goto('/ar/hub');
  await expectAccessible(page);
  await page
    .getByRole('link', { name: m('hub.submit.title') })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: m('hub.submit.title') })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(m('hub.form.titleAr')).fill(title);
  await page
    .getByLabel(m('hub.form.abstractAr'))
    .fill('يعرض الدليل خطوات عملية للحكومات ووكالات التوظيف للقضاء على تحميل العمال المهاجرين رسوم التوظيف.');
  await page.getByLabel(m('hub.form.type')).selectOption('guidance');
  await page
    .getByRole('group', { name: m('hub.form.documentLanguages') })
    .getByLabel(m('hub.lang.ar'))
    .check();
  await page.getByLabel(m('hub.form.publisher')).fill('الشبكة اللبنانية لحقوق المهاجرين');
  await page
    .getByRole('group', { name: m('hub.form.objectives') })
    .locator('input[value="6"]')
    .check();
  await page.getByLabel(m('hub.form.isGlobal')).check();
  await page.getByLabel(m('hub.form.licence')).selectOption('cc_by');
  // A bad submission first: the publisher missing, everything typed kept.
  await page.getByLabel(m('hub.form.publisher')).fill('');
  await page.getByLabel(m('hub.form.file'), { exact: true }).setInputFiles({
    name: 'دليل-التوظيف-العادل.pdf',
    mimeType: 'application/pdf',
    buffer: textPdf(['Fair recruitment: no fees for migrant workers']),
  });
  await page.getByRole('button', { name: m('hub.submit.submit') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel(m('hub.form.titleAr'))).toHaveValue(title);
  await page.getByLabel(m('hub.form.publisher')).fill('الشبكة اللبنانية لحقوق المهاجرين');
  await page.getByLabel(m('hub.form.file'), { exact: true }).setInputFiles({
    name: 'دليل-التوظيف-العادل.pdf',
    mimeType: 'application/pdf',
    buffer: textPdf(['Fair recruitment: no fees for migrant workers']),
  });
  await page.getByRole('button', { name: m('hub.submit.submit') }).click();
  await expect(page.getByText(m('hub.resource.notice.submitted'))).toBeVisible();
  await expect(page.getByRole('link', { name: /دليل-التوظيف-العادل\.pdf/ })).toBeVisible();
  await expectAccessible(page);
  const resourceUrl = page.url().replace(/\?.*$/, '');
  await signOut(page);

  // Not public yet.
  const hidden = await page.goto(resourceUrl);
  expect(hidden?.status()).toBe(404);

  // The editor assigns one internal and two external reviewers from three regions.
  await signInAs(page, 'network@marsad.test');
  await page.goto('/ar/hub/editor');
  await expectAccessible(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: m('hub.panel.title') })).toBeVisible();
  await expectAccessible(page);
  const boxes = page.getByRole('group', { name: m('hub.panel.choose') }).getByRole('checkbox');
  for (const box of await boxes.all()) await box.uncheck();
  for (const who of ['Sample peer reviewer', 'Sample reviewer, Africa', 'Sample reviewer, Europe']) {
    await page.getByRole('checkbox', { name: new RegExp(who) }).check();
  }
  await page.getByRole('button', { name: m('hub.panel.assign') }).click();
  await expect(page.getByRole('heading', { name: m('hub.panel.members') })).toBeVisible();
  await signOut(page);

  // Two accept, one rejects.
  await review(page, 'reviewer@marsad.test', title, 'accept');
  await review(page, 'reviewer.africa@marsad.test', title, 'accept');
  await review(page, 'reviewer.europe@marsad.test', title, 'reject');

  // The panel disagrees: the editor adds a tie-break reviewer.
  await signInAs(page, 'network@marsad.test');
  await page.goto(`${resourceUrl}/panel`);
  await expect(page.getByText(m('hub.panel.tieBreakNeeded'))).toBeVisible();
  await expect(page.getByRole('button', { name: m('hub.panel.decide') })).toHaveCount(0);
  const select = page.getByLabel(m('hub.panel.tieBreakReviewer'));
  const americas = await select
    .locator('option', { hasText: 'Sample reviewer, Americas' })
    .getAttribute('value');
  await select.selectOption(americas!);
  await page.getByRole('button', { name: m('hub.panel.addTieBreak') }).click();
  await expect(page.getByText(m('hub.panel.tieBreaker'))).toBeVisible();
  await signOut(page);

  await review(page, 'reviewer.americas@marsad.test', title, 'accept');

  // The editor publishes.
  await signInAs(page, 'network@marsad.test');
  await page.goto(`${resourceUrl}/panel`);
  await page.getByLabel(m('hub.decision.publish')).check();
  await page.getByLabel(m('hub.panel.comment')).fill('مورد مفيد للحكومات في المنطقة.');
  await page.getByRole('button', { name: m('hub.panel.decide') }).click();
  await expect(page.getByRole('heading', { name: m('hub.resource.decision') })).toBeVisible();
  await signOut(page);

  // Anyone finds it under objective 6, with a citation to copy.
  await page.goto('/ar/hub/resources?objective=6');
  await expectAccessible(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: m('hub.resource.cite') })).toBeVisible();
  await expect(page.getByLabel(m('hub.resource.cite.bibtex'))).toHaveValue(/@misc\{/);
  await expectAccessible(page);
});
