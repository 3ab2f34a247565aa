import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, reviewContributions } from '#db/schema/index';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { minimalPdf, multipartRequest } from '~/platform/uploads/test-files';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { reviewPeople } from '../authoring/test-people';
import { publishSynthesis } from '../synthesis/publish-synthesis.server';
import { canReadContributionById } from './can-read-contribution.server';
import { canReadContribution, canRecordContribution } from './contribution-policy';
import { listContributions } from './list-contributions.server';
import { recordContribution } from './record-contribution.server';
import { removeContribution } from './remove-contribution.server';

const arcp = {
  kind: 'consultative_process',
  'contributor.ar': 'العملية التشاورية العربية',
  receivedOn: '2021-01-28',
  'text.ar': 'تدعو العملية التشاورية إلى مسارات نظامية للعمال المهاجرين.',
  originalLanguage: 'ar',
  objectives: ['5', '6'],
};
/** The form's flat names, as formInput would nest them. */
const nested = (form: Record<string, unknown>) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(form)) {
    const [head, tail] = k.split('.');
    if (tail) out[head!] = { ...(out[head!] as object), [tail]: v };
    else out[k] = v;
  }
  return out;
};

describe('contribution policy', () => {
  const las: Subject = {
    userId: 'u',
    grants: [{ role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }],
  };
  it('lets the cycle region secretariat record, and everyone read once the synthesis is published', () => {
    expect(canRecordContribution(las, { regionId: 'LAS' })).toBe(true);
    expect(canRecordContribution(las, { regionId: 'ECE' })).toBe(false);
    expect(canRecordContribution(anonymousSubject, { regionId: 'LAS' })).toBe(false);
    expect(canReadContribution(anonymousSubject, { regionId: 'LAS', synthesisPublished: false })).toBe(false);
    expect(canReadContribution(las, { regionId: 'LAS', synthesisPublished: false })).toBe(true);
    expect(canReadContribution(anonymousSubject, { regionId: 'LAS', synthesisPublished: true })).toBe(true);
  });
});

for (const store of testStores) {
  describe(`recorded contributions (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    it('are recorded by the secretariat with text or a file, listed, public with the synthesis, and removed', async () => {
      const people = await reviewPeople(db());
      const cycle = await createReviewCycle(db(), { states: ['JOR'] });
      const las = people.lasSecretariat.subject;
      const record = (input: Record<string, unknown>, subject = las, upload = null as never) =>
        recordContribution({
          subject,
          cycleId: cycle.id,
          input: nested(input),
          upload,
          now: new Date('2021-02-01T00:00:00Z'),
        });

      await expect(record(arcp, people.eceSecretariat.subject)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(record(arcp, people.focalJOR.subject)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(record({ ...arcp, 'text.ar': '' })).rejects.toMatchObject({
        code: 'contributionTextOrFile',
        details: { fieldErrors: { 'text.ar': expect.anything() } },
      });
      await expect(record({ ...arcp, receivedOn: '2021-03-01' })).rejects.toMatchObject({
        code: 'contributionReceivedInFuture',
      });
      await expect(record({ ...arcp, 'contributor.ar': '', 'contributor.en': 'ARCP' })).rejects.toMatchObject(
        {
          code: 'originalTextRequired',
        },
      );
      await expect(record({ ...arcp, kind: 'lobby' })).rejects.toMatchObject({ code: 'invalidChoice' });

      const statement = await record(arcp);
      expect(statement).toMatchObject({ kind: 'consultative_process', objectives: [5, 6], version: 1 });
      const upload = await parseUpload(
        multipartRequest(
          {},
          { file: { bytes: minimalPdf(), name: 'بيان البرلمان.pdf', type: 'application/pdf' } },
        ),
        { field: 'file', maxBytes: 10 * 1024 * 1024, allowed: ['pdf'], tmpDir: platform().dataDir },
      );
      const parliament = await record(
        { ...arcp, kind: 'parliament', 'contributor.ar': 'البرلمان العربي', 'text.ar': '', objectives: [] },
        las,
        upload.file as never,
      );

      // Before the synthesis: the secretariat sees them, nobody else (nor their files).
      const listed = async (subject: typeof las) =>
        (await listContributions({ subject, cycleId: cycle.id, filters: { type: 'contribution' } })).items;
      expect((await listed(las)).map((i) => i.recorded?.kind)).toEqual([
        'consultative_process',
        'parliament',
      ]);
      expect((await listed(las))[1]!.recorded!.files.map((f) => f.name)).toEqual(['بيان البرلمان.pdf']);
      expect(await listed(anonymousSubject)).toEqual([]);
      expect(await canReadContributionById(anonymousSubject, parliament.id)).toBe(false);
      expect(
        (await listContributions({ subject: las, cycleId: cycle.id, filters: { objective: 6 } })).items.map(
          (i) => i.key,
        ),
      ).toEqual([`contribution-${statement.id}`]);

      await createReview(db(), { cycleId: cycle.id, countryIso3: 'JOR', status: 'published' });
      await publishSynthesis({ subject: las, cycleId: cycle.id, expectedVersion: 0 });
      expect((await listed(anonymousSubject)).map((i) => i.actor)).toEqual(['contributor', 'contributor']);
      expect(await canReadContributionById(anonymousSubject, parliament.id)).toBe(true);

      await expect(
        removeContribution({
          subject: las,
          cycleId: cycle.id,
          contributionId: parliament.id,
          expectedVersion: 2,
        }),
      ).rejects.toMatchObject({ code: 'staleVersion' });
      await expect(
        removeContribution({
          subject: people.eceSecretariat.subject,
          cycleId: cycle.id,
          contributionId: parliament.id,
          expectedVersion: 1,
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await removeContribution({
        subject: las,
        cycleId: cycle.id,
        contributionId: parliament.id,
        expectedVersion: 1,
      });
      expect(await db().select({ id: reviewContributions.id }).from(reviewContributions)).toEqual([
        { id: statement.id },
      ]);
      const trail = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'review_contribution'), eq(auditLog.entityId, parliament.id)));
      expect(trail.map((t) => t.action).sort()).toEqual([
        'file.attach',
        'review_contribution.create',
        'review_contribution.delete',
      ]);
    });
  });
}
