import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { attachments, auditLog, files } from '#db/schema/index';
import { createReviewCycle } from '#seed/review-factories';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { minimalDocx, minimalPdf, multipartRequest } from '~/platform/uploads/test-files';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { reviewPeople } from '../authoring/test-people';
import { contributionForEdit } from './contribution-for-edit.server';
import { recordContribution } from './record-contribution.server';
import { updateContribution } from './update-contribution.server';

const arcp = {
  kind: 'consultative_process',
  contributor: { ar: 'العملية التشاورية العربية' },
  receivedOn: '2021-01-28',
  text: { ar: 'تدعو العملية التشاورية إلى مسارات نظامية للعمال المهاجرين.' },
  originalLanguage: 'ar',
  objectives: ['5', '6'],
};
const now = new Date('2021-02-01T00:00:00Z');

for (const store of testStores) {
  describe(`correcting a contribution (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;
    const upload = async (bytes: Uint8Array, name: string, type: string) =>
      (
        await parseUpload(multipartRequest({}, { file: { bytes, name, type } }), {
          field: 'file',
          maxBytes: 10 * 1024 * 1024,
          allowed: ['pdf', 'docx'],
          tmpDir: platform().dataDir,
        })
      ).file as never;

    it('applies the recording rules, refuses a stale save, keeps or replaces the file, and is audited', async () => {
      const people = await reviewPeople(db());
      const cycle = await createReviewCycle(db(), { states: ['JOR'] });
      const las = people.lasSecretariat.subject;
      const recorded = await recordContribution({
        subject: las,
        cycleId: cycle.id,
        input: { ...arcp, text: {} },
        upload: await upload(minimalPdf(), 'بيان.pdf', 'application/pdf'),
        now,
      });
      const update = (input: Record<string, unknown>, options: Record<string, unknown> = {}) =>
        updateContribution({
          subject: las,
          cycleId: cycle.id,
          contributionId: recorded.id,
          expectedVersion: 1,
          input: { ...arcp, ...input },
          now,
          ...options,
        });

      // Only the cycle's secretariat; unknown ids are not found.
      await expect(update({}, { subject: people.eceSecretariat.subject })).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(update({}, { subject: people.focalJOR.subject })).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(update({}, { contributionId: cycle.id })).rejects.toMatchObject({ code: 'notFound' });
      await expect(
        contributionForEdit({
          subject: people.eceSecretariat.subject,
          cycleId: cycle.id,
          contributionId: recorded.id,
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      // The same rules as recording, beside their fields.
      await expect(update({ receivedOn: '2021-03-01' })).rejects.toMatchObject({
        code: 'contributionReceivedInFuture',
        details: { fieldErrors: { receivedOn: expect.anything() } },
      });
      await expect(update({ contributor: { en: 'ARCP' } })).rejects.toMatchObject({
        code: 'originalTextRequired',
      });
      // The file on record counts for "text or file".
      const kept = await update({ text: {}, kind: 'regional_network', objectives: ['7', '5', '7'] });
      expect(kept).toMatchObject({ version: 2, kind: 'regional_network', objectives: [5, 7] });

      // A stale save is refused with the row as it is now.
      await expect(update({ text: { ar: 'نص قديم' } })).rejects.toMatchObject({
        code: 'staleVersion',
        status: 409,
        details: { current: { version: 2, kind: 'regional_network' } },
      });

      // A new file replaces the old one.
      const replaced = await update(
        { text: { ar: 'النص المصحح.' } },
        {
          expectedVersion: 2,
          upload: await upload(
            minimalDocx(),
            'البيان المصحح.docx',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ),
        },
      );
      expect(replaced).toMatchObject({ version: 3, text: { ar: 'النص المصحح.' } });
      const attached = await db()
        .select({ name: files.originalName })
        .from(attachments)
        .innerJoin(files, eq(files.id, attachments.fileId))
        .where(and(eq(attachments.entityType, 'review_contribution'), eq(attachments.entityId, recorded.id)));
      expect(attached).toEqual([{ name: 'البيان المصحح.docx' }]);
      const form = await contributionForEdit({
        subject: las,
        cycleId: cycle.id,
        contributionId: recorded.id,
      });
      expect(form).toMatchObject({
        contribution: { version: 3, files: [{ name: 'البيان المصحح.docx' }] },
        values: {
          kind: 'consultative_process',
          'text.ar': 'النص المصحح.',
          'contributor.ar': arcp.contributor.ar,
        },
        objectives: ['5', '6'],
      });

      // With neither text nor a file on record, it is refused.
      await db()
        .delete(attachments)
        .where(and(eq(attachments.entityType, 'review_contribution'), eq(attachments.entityId, recorded.id)));
      await expect(update({ text: {} }, { expectedVersion: 3 })).rejects.toMatchObject({
        code: 'contributionTextOrFile',
        details: { fieldErrors: { 'text.ar': expect.anything() } },
      });

      const trail = await db()
        .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'review_contribution.update'), eq(auditLog.entityId, recorded.id)));
      expect(trail).toHaveLength(2);
      expect(trail.map((t) => (t.after as { version: number }).version).sort()).toEqual([2, 3]);
    });
  });
}
