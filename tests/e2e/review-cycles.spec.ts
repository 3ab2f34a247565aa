import { demoReviewIds } from '../../seed/demo-review-ids';
import { msg } from './catalog';
import { expect, expectAccessible, signInAs, test } from './fixtures';

const t = (key: string) => msg('ar', `reviews-cycles.${key}`);

test('the public reads the regional review cycles, in Arabic', async ({ page }) => {
  await page.goto('/ar/reviews');
  await expect(page.getByRole('heading', { level: 1, name: t('index.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: /الاستعراض الإقليمي الأول/ }).first()).toBeVisible();
  await expectAccessible(page);

  const cycle = `/ar/reviews/cycles/${demoReviewIds.firstCycle}`;
  await page.goto(cycle);
  await expect(page.getByText('الحوار متعدد أصحاب المصلحة (الجزء الأول)')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${cycle}/contributions`);
  await expect(
    page.getByRole('link', { name: /استعراض موازٍ: أوضاع العمال المهاجرين في لبنان/ }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(t('contributions.filter.type')).selectOption('consultation_summary');
  await page.getByRole('button', { name: t('filter.apply') }).click();
  await expect(page).toHaveURL(/type=consultation_summary/);
  await expect(page.getByText('دُعي أكثر من خمسمئة', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: /الاستعراض الوطني الطوعي للأردن/ })).toHaveCount(0);

  await page.goto(`${cycle}/outcome`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'الرسائل الرئيسية للاستعراض الإقليمي الأول' }),
  ).toBeVisible();
  await expectAccessible(page);
});

test('the LAS secretariat creates a cycle from a template, adds a milestone, opens it and sees the tracker', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, 'las@marsad.test');

  await page.goto('/ar/reviews/templates');
  await expectAccessible(page);
  await page.goto(`/ar/reviews/templates/${demoReviewIds.template}`);
  await expect(page.getByRole('button', { name: t('template.newVersion') })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/ar/reviews');
  await page.getByRole('link', { name: t('index.newCycle') }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/cycles\/new$/);
  await expectAccessible(page);

  const title = 'الاستعراض الإقليمي الثالث للاتفاق العالمي في المنطقة العربية';
  const field = (name: string) => page.locator(`[name="${name}"]`);
  await field('title.ar').fill(title);
  await field('title.en').fill('Third Arab regional review');
  await page.getByLabel(t('field.partnersAr')).fill('جامعة الدول العربية، الإسكوا، المنظمة الدولية للهجرة');
  await page.getByLabel(t('field.template')).selectOption(demoReviewIds.template);
  await page.getByLabel(t('field.deadline')).fill('2099-05-31');
  await field('milestones[0].kind').selectOption('workshop');
  await field('milestones[0].title.ar').fill('ورشة عمل لجهات الاتصال الوطنية');
  await field('milestones[0].startsOn').fill('2099-02-10');
  // Without JavaScript too: the form comes back with one more milestone row, nothing lost.
  await page.getByRole('button', { name: t('form.addMilestone') }).click();
  await expect(field('milestones[2].kind')).toBeVisible();
  await expect(field('title.ar')).toHaveValue(title);
  await expect(field('milestones[0].title.ar')).toHaveValue('ورشة عمل لجهات الاتصال الوطنية');
  await field('milestones[2].kind').selectOption('review_conference');
  await field('milestones[2].title.ar').fill('مؤتمر الاستعراض الإقليمي الثالث');
  await field('milestones[2].startsOn').fill('2099-07-01');
  // A milestone ending before it starts is refused beside its own row; what was typed stays.
  await field('milestones[2].endsOn').fill('2099-06-30');
  await page.getByRole('button', { name: t('form.save'), exact: true }).click();
  await expect(field('milestones[2].endsOn')).toHaveAccessibleDescription(
    msg('ar', 'errors.datesOutOfOrder'),
  );
  await expect(field('milestones[2].title.ar')).toHaveValue('مؤتمر الاستعراض الإقليمي الثالث');
  await expect(field('title.ar')).toHaveValue(title);
  await field('milestones[2].endsOn').fill('2099-07-02');
  await page.getByRole('button', { name: t('form.save'), exact: true }).click();

  await expect(page).toHaveURL(/\/ar\/reviews\/cycles\/[0-9a-f-]+\?notice=created$/);
  await expect(page.getByText(t('cycle.notice.created'))).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'مؤتمر الاستعراض الإقليمي الثالث' }),
  ).toBeVisible();
  await expectAccessible(page);
  const cycleUrl = page.url().replace(/\?.*$/, '');

  await page.getByRole('button', { name: t('cycle.action.open') }).click();
  await expect(page.getByText(t('cycle.notice.opened'))).toBeVisible();

  await page.getByRole('link', { name: t('tabs.tracker') }).click();
  await expect(page).toHaveURL(`${cycleUrl}/tracker`);
  await expect(page.getByRole('heading', { level: 2, name: /من ٢٢/ })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(23);
  await expectAccessible(page);

  await page.goto(`${cycleUrl}/edit`);
  await expect(page.locator('[name="title.ar"]')).toHaveValue(title);
  await expectAccessible(page);

  await page.goto(`${cycleUrl}/outcome/edit`);
  await page.getByLabel(t('outcomeEdit.field.bodyAr')).fill('رسالة أولى.\n\nرسالة ثانية.');
  await page.getByRole('button', { name: t('outcomeEdit.save') }).click();
  await expect(page.getByText(t('outcomeEdit.notice.saved'))).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${cycleUrl}/contributions`);
  await expectAccessible(page);

  // A contribution recorded, corrected, then removed after the confirmation.
  await page.getByRole('link', { name: t('contribution.recordLink') }).click();
  await page.locator('[name="contributor.ar"]').fill('البرلمان العربي');
  await page.getByLabel(t('contribution.field.receivedOn')).fill('2026-01-15');
  await page.getByLabel(t('contribution.field.text.ar')).fill('بيان أول للبرلمان العربي.');
  await page.getByRole('button', { name: t('contribution.record') }).click();
  await expect(page.getByText(t('contribution.recorded'))).toBeVisible();
  await page
    .getByRole('link', { name: /^تصحيح/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('contribution.editTitle') })).toBeVisible();
  await expect(page.getByLabel(t('contribution.field.text.ar'))).toHaveValue('بيان أول للبرلمان العربي.');
  await expectAccessible(page);
  await page.getByLabel(t('contribution.field.text.ar')).fill('بيان مصحح للبرلمان العربي.');
  await page.getByRole('button', { name: t('contribution.save') }).click();
  await expect(page.getByText(t('contribution.updated'))).toBeVisible();
  await expect(page.getByText('بيان مصحح للبرلمان العربي.')).toBeVisible();
  await page
    .getByRole('link', { name: /^حذف المساهمة/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: t('contribution.removeTitle') })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: t('contribution.removeConfirm') }).click();
  await expect(page.getByText(t('contribution.removed'))).toBeVisible();
  await expect(page.getByText('بيان مصحح للبرلمان العربي.')).toHaveCount(0);
});
