import type { Translated } from '#db/schema/columns';
import {
  type ReviewKind,
  type ReviewStatus,
  reviewCycleStates,
  reviewCycles,
  reviewEditors,
  reviewSections,
  reviews,
  reviewTemplateSections,
  reviewTemplates,
} from '#db/schema/reviews';
import { syncCycleContent } from '~/modules/reviews/cycle-content.server';
import { syncReviewContent } from '~/modules/reviews/review-content.server';
import { standardTemplateSections, type TemplateSectionInput } from '~/modules/reviews/standard-template';
import type { DbOrTx } from '~/platform/db.server';

/**
 * Reviews written straight to the tables (no workflow checks), for tests and the demo seed.
 * The template is the standard guidance template unless sections are given.
 */
export async function createReviewTemplate(
  db: DbOrTx,
  overrides: Partial<typeof reviewTemplates.$inferInsert> & { sections?: TemplateSectionInput[] } = {},
) {
  const { sections = standardTemplateSections(), ...rest } = overrides;
  const id = rest.id ?? crypto.randomUUID();
  const [template] = await db
    .insert(reviewTemplates)
    .values({
      id,
      familyId: id,
      versionNumber: 1,
      title: {
        ar: 'النموذج الإرشادي للاستعراضات الوطنية الطوعية',
        en: 'Guidance template for voluntary national reviews',
      },
      status: 'published',
      publishedAt: new Date(),
      ...rest,
    })
    .returning();
  await db
    .insert(reviewTemplateSections)
    .values(sections.map((s, position) => ({ ...s, templateId: template!.id, position })));
  return template!;
}

export async function createReviewCycle(
  db: DbOrTx,
  overrides: Partial<typeof reviewCycles.$inferInsert> & { states?: string[] } = {},
) {
  const { states = ['JOR', 'EGY'], ...rest } = overrides;
  const templateId = rest.templateId === undefined ? (await createReviewTemplate(db)).id : rest.templateId;
  const [cycle] = await db
    .insert(reviewCycles)
    .values({
      regionId: 'LAS',
      title: { ar: 'الاستعراض الإقليمي العربي', en: 'Arab regional review' },
      partners: { ar: 'جامعة الدول العربية، الإسكوا، المنظمة الدولية للهجرة', en: 'LAS, ESCWA, IOM' },
      status: 'open',
      openedAt: new Date(),
      submissionDeadline: '2099-12-31',
      ...rest,
      templateId,
    })
    .returning();
  if (states.length) {
    await db
      .insert(reviewCycleStates)
      .values(states.map((countryIso3) => ({ cycleId: cycle!.id, countryIso3 })));
  }
  await syncCycleContent(db, cycle!.id);
  return cycle!;
}

export interface SectionAnswer {
  key: string;
  body?: Translated;
  objectiveStatus?: (typeof reviewSections.$inferInsert)['objectiveStatus'];
  measures?: Translated;
  partners?: Translated;
  sdgTargets?: string[];
  sdgTargetsNote?: string | null;
  dataAvailable?: Translated;
}

export async function createReview(
  db: DbOrTx,
  options: {
    cycleId: string;
    kind?: ReviewKind;
    countryIso3?: string | null;
    organisationId?: string | null;
    status?: ReviewStatus;
    sections?: SectionAnswer[];
    coEditorIds?: string[];
  } & Partial<typeof reviews.$inferInsert>,
) {
  const { sections = [], coEditorIds = [], kind = 'national', ...rest } = options;
  const published = rest.status === 'published';
  const [review] = await db
    .insert(reviews)
    .values({
      kind,
      countryIso3: kind === 'national' ? (rest.countryIso3 ?? 'JOR') : (rest.countryIso3 ?? null),
      title: { ar: 'الاستعراض الوطني الطوعي', en: 'Voluntary national review' },
      originalLanguage: 'ar',
      ...(published ? { publishedAt: new Date(), submittedAt: new Date(), submittedVersions: 1 } : {}),
      ...rest,
    })
    .returning();
  if (sections.length) {
    await db
      .insert(reviewSections)
      .values(sections.map(({ key, ...s }) => ({ ...s, sectionKey: key, reviewId: review!.id })));
  }
  if (coEditorIds.length) {
    await db.insert(reviewEditors).values(coEditorIds.map((userId) => ({ reviewId: review!.id, userId })));
  }
  await syncReviewContent(db, [review!.id]);
  return review!;
}
