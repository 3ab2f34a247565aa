import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/accounts';
import { reviewTemplates } from '#db/schema/reviews';
import { createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createCyclePeople } from '../cycles/test-fixtures';
import { loadTemplateSections } from '../review-records.server';
import { standardTemplateSections } from '../standard-template';
import { createTemplate } from './create-template.server';
import { getTemplate } from './get-template.server';
import { listTemplates } from './list-templates.server';
import { moveTemplateSection } from './move-template-section.server';
import { newTemplateVersion } from './new-template-version.server';
import { publishTemplate } from './publish-template.server';
import { removeTemplateSection } from './remove-template-section.server';
import { saveTemplateSection } from './save-template-section.server';
import { sectionKeyFor, templatePublishIssues } from './template-rules';
import { updateTemplate } from './update-template.server';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const issueCodes = (error: AppError) =>
  Object.values(error.details?.fieldErrors ?? {}).flatMap((errors) => errors.map((e) => e.code));

describe('template rules', () => {
  it('refuses to publish without objective sections, with a repeated objective or an untitled section', () => {
    expect(templatePublishIssues(standardTemplateSections())).toEqual([]);
    const intro = standardTemplateSections().filter((s) => s.kind !== 'objective');
    expect(templatePublishIssues(intro).map((i) => i.code)).toEqual(['templateWithoutObjectives']);
    const seven = { key: 'x', kind: 'objective' as const, objective: 7, title: { en: 'Seven' } };
    const issues = templatePublishIssues([
      seven,
      { ...seven, key: 'y' },
      { ...seven, key: 'z', objective: 8, title: {} },
    ]);
    expect(issues).toEqual([
      { field: 'sections', code: 'templateObjectiveRepeated', params: { objective: 7 } },
      { field: 'sections', code: 'templateSectionTitleRequired', params: { position: 3 } },
    ]);
  });

  it('keys objective sections by objective and numbers repeated kinds', () => {
    expect(sectionKeyFor({ kind: 'objective', objective: 4 }, new Set())).toBe('objective-4');
    expect(sectionKeyFor({ kind: 'challenges', objective: null }, new Set())).toBe('challenges');
    expect(
      sectionKeyFor({ kind: 'challenges', objective: null }, new Set(['challenges', 'challenges-2'])),
    ).toBe('challenges-3');
  });
});

for (const store of testStores) {
  describe(`templates (${store})`, () => {
    const platform = useTestPlatform(store);
    let people: Awaited<ReturnType<typeof createCyclePeople>>;

    beforeAll(async () => {
      people = await createCyclePeople(platform().database.db);
    });

    it('only cycle managers (regional secretariats, admins) create, read and edit templates', async () => {
      const input = { title: { ar: 'نموذج', en: 'Template' } };
      for (const who of ['anonymous', 'focalJor', 'network', 'plain'] as const) {
        expect((await refusal(createTemplate({ subject: people[who].subject, input }))).code).toBe(
          'forbidden',
        );
      }
      const mine = await createTemplate({ subject: people.las.subject, input });
      for (const who of ['anonymous', 'focalJor', 'network'] as const) {
        expect((await refusal(getTemplate({ subject: people[who].subject, templateId: mine.id }))).code).toBe(
          'forbidden',
        );
      }
      // Templates are shared between regions: another region's secretariat and admins work on them too.
      await updateTemplate({
        subject: people.escwa.subject,
        templateId: mine.id,
        expectedVersion: 1,
        input: { title: { en: 'Shared template' } },
      });
      const detail = await getTemplate({ subject: people.admin.subject, templateId: mine.id });
      expect(detail.template.title).toEqual({ en: 'Shared template' });
    });

    it('starts a new template from the standard one, as a draft version 1, audited', async () => {
      const db = platform().database.db;
      const template = await createTemplate({
        subject: people.las.subject,
        input: { title: { ar: 'النموذج الإرشادي ٢٠٢٤', en: ' Guidance 2024 ' } },
      });
      expect(template).toMatchObject({ status: 'draft', versionNumber: 1, familyId: template.id });
      expect(template.title).toEqual({ ar: 'النموذج الإرشادي ٢٠٢٤', en: 'Guidance 2024' });
      const sections = await loadTemplateSections(db, template.id);
      expect(sections.map((s) => s.key)).toEqual(standardTemplateSections().map((s) => s.key));
      expect(sections.filter((s) => s.kind === 'objective')).toHaveLength(23);
      const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, template.id));
      expect(audit.map((a) => a.action)).toEqual(['review_template.create']);
    });

    it('edits a draft: sections added, changed, moved and removed; stale saves refused', async () => {
      const db = platform().database.db;
      const subject = people.las.subject;
      const template = await createTemplate({ subject, input: { title: { en: 'Editable' } } });
      const [intro, consultation] = await loadTemplateSections(db, template.id);

      const changed = await saveTemplateSection({
        subject,
        templateId: template.id,
        expectedVersion: 1,
        sectionId: intro!.id,
        input: {
          kind: 'introduction',
          titleIgnored: 'x',
          title: { ar: 'مقدمة', en: 'Introduction' },
          guidance: { en: 'Say who wrote the review.' },
          required: 'on',
          fields: ['dataAvailable', 'dataAvailable'],
        },
      });
      expect(changed).toMatchObject({ key: 'introduction', required: true, fields: ['dataAvailable'] });
      expect(changed.guidance).toEqual({ en: 'Say who wrote the review.' });

      // The form was opened on version 1; the template is at 2 now.
      const stale = await refusal(
        saveTemplateSection({
          subject,
          templateId: template.id,
          expectedVersion: 1,
          input: { kind: 'other', title: { en: 'Late' } },
        }),
      );
      expect(stale.code).toBe('staleVersion');

      const added = await saveTemplateSection({
        subject,
        templateId: template.id,
        expectedVersion: 2,
        input: { kind: 'challenges', title: { en: 'More challenges' } },
      });
      expect(added.key).toBe('challenges-2');
      const sections = await loadTemplateSections(db, template.id);
      expect(sections.at(-1)!.id).toBe(added.id);

      const repeated = await refusal(
        saveTemplateSection({
          subject,
          templateId: template.id,
          expectedVersion: 3,
          input: { kind: 'objective', objective: '7', title: { en: 'Objective 7 again' } },
        }),
      );
      expect(repeated).toMatchObject({ code: 'templateObjectiveRepeated', status: 422 });
      expect(repeated.params).toMatchObject({ objective: 7 });

      await moveTemplateSection({
        subject,
        templateId: template.id,
        expectedVersion: 3,
        sectionId: consultation!.id,
        direction: 'up',
      });
      await removeTemplateSection({
        subject,
        templateId: template.id,
        expectedVersion: 4,
        sectionId: intro!.id,
      });
      const after = await loadTemplateSections(db, template.id);
      expect(after[0]!.key).toBe('consultation');
      expect(after.map((s) => s.key)).not.toContain('introduction');
      expect(after.map((s) => s.position)).toEqual(after.map((s) => s.position).sort((a, b) => a - b));
      const [row] = await db.select().from(reviewTemplates).where(eq(reviewTemplates.id, template.id));
      expect(row!.version).toBe(5);
    });

    it('refuses to publish a template without objective sections, giving the reasons', async () => {
      const db = platform().database.db;
      const noObjectives = await createReviewTemplate(db, {
        status: 'draft',
        publishedAt: null,
        sections: standardTemplateSections().filter((s) => s.kind !== 'objective'),
      });
      const error = await refusal(
        publishTemplate({ subject: people.las.subject, templateId: noObjectives.id, expectedVersion: 1 }),
      );
      expect(error).toMatchObject({ code: 'templateWithoutObjectives', status: 422 });
      expect(issueCodes(error)).toEqual(['templateWithoutObjectives']);
      const [row] = await db.select().from(reviewTemplates).where(eq(reviewTemplates.id, noObjectives.id));
      expect(row!.status).toBe('draft');
    });

    it('publishes a draft; editing a published version makes the next draft version, the pinned one stays', async () => {
      const db = platform().database.db;
      const subject = people.las.subject;
      const v1 = await createTemplate({ subject, input: { title: { en: 'Versioned' } } });
      const published = await publishTemplate({ subject, templateId: v1.id, expectedVersion: 1 });
      expect(published.status).toBe('published');
      expect(
        (
          await refusal(
            updateTemplate({ subject, templateId: v1.id, expectedVersion: 2, input: { title: { en: 'x' } } }),
          )
        ).code,
      ).toBe('templateNotDraft');
      const cycle = await createReviewCycle(db, { templateId: v1.id });

      const { template: v2, created } = await newTemplateVersion({ subject, templateId: v1.id });
      expect(created).toBe(true);
      expect(v2).toMatchObject({ familyId: v1.id, versionNumber: 2, status: 'draft' });
      // A second "edit" finds the open draft instead of making another.
      expect((await newTemplateVersion({ subject, templateId: v1.id })).template.id).toBe(v2.id);

      const v2Sections = await loadTemplateSections(db, v2.id);
      await saveTemplateSection({
        subject,
        templateId: v2.id,
        expectedVersion: 1,
        sectionId: v2Sections[0]!.id,
        input: { kind: 'introduction', title: { en: 'Introduction (revised)' } },
      });
      const v1Sections = await loadTemplateSections(db, v1.id);
      expect(v1Sections[0]!.title).toEqual(standardTemplateSections()[0]!.title);
      const detail = await getTemplate({ subject, templateId: v1.id });
      expect(detail.cycles.map((c) => c.id)).toEqual([cycle.id]);
      expect(detail.versions.map((v) => [v.versionNumber, v.status, v.cycleCount])).toEqual([
        [2, 'draft', 0],
        [1, 'published', 1],
      ]);
      const families = await listTemplates();
      const family = families.find((f) => f.familyId === v1.id)!;
      expect(family.versions.map((v) => v.versionNumber)).toEqual([2, 1]);
      expect(family.versions[1]!.sectionCount).toBe(standardTemplateSections().length);
    });
  });
}
