import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/accounts';
import { forwardingEntityType } from '#db/schema/review-forwarding-values';
import { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createCyclePeople } from '../cycles/test-fixtures';
import { forwardToImrf } from './forward-to-imrf.server';
import { imrfMeetingOptions, listCycleForwardings, listRegionalInputs } from './forwarding-records.server';
import { createPublishedMeeting, cycleWithPublishedDocuments } from './test-fixtures';
import { withdrawForwarding } from './withdraw-forwarding.server';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const fieldCodes = (error: AppError) =>
  Object.fromEntries(
    Object.entries(error.details?.fieldErrors ?? {}).map(([path, errors]) => [
      path,
      errors.map((e) => e.code),
    ]),
  );

for (const store of testStores) {
  describe(`forwarding to the IMRF (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;
    let people: Awaited<ReturnType<typeof createCyclePeople>>;

    beforeAll(async () => {
      people = await createCyclePeople(db());
    });

    it('records the published synthesis and outcome for the IMRF meeting, audited, listed both ways', async () => {
      const cycle = await cycleWithPublishedDocuments(db(), people.las.subject);
      const imrf = await createPublishedMeeting(db(), people.admin.subject);
      expect((await imrfMeetingOptions(db())).map((m) => m.id)).toContain(imrf.id);
      const rows = await forwardToImrf({
        subject: people.las.subject,
        cycleId: cycle.id,
        input: {
          documents: ['synthesis', 'outcome'],
          meetingId: imrf.id,
          forwardedOn: '٢٠٢٦-٠٣-٠٣',
          note: { ar: 'مع التحية' },
        },
      });
      expect(rows.map((r) => [r.document, r.documentVersion, r.forwardedOn])).toEqual([
        ['synthesis', 1, '2026-03-03'],
        ['outcome', 1, '2026-03-03'],
      ]);
      const listed = (await listCycleForwardings(db(), [cycle.id])).get(cycle.id)!;
      expect(listed).toHaveLength(2);
      expect(listed[0]!.forum.meetingTitle?.en).toBe('International Migration Review Forum 2026');
      const inputs = await listRegionalInputs(db(), imrf.id);
      expect(inputs.map((i) => [i.cycleId, i.regionId, i.document])).toEqual([
        [cycle.id, 'LAS', 'outcome'],
        [cycle.id, 'LAS', 'synthesis'],
      ]);
      const audit = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, forwardingEntityType), eq(auditLog.entityId, rows[0]!.id)));
      expect(audit.map((a) => [a.action, a.actorId])).toEqual([
        ['review_forwarding.create', people.las.user.id],
      ]);
    });

    it('is refused to anyone but the cycle’s secretariat', async () => {
      const cycle = await cycleWithPublishedDocuments(db(), people.las.subject, { outcome: false });
      const input = { documents: 'synthesis', forumName: 'IMRF 2026', forwardedOn: '2026-03-03' };
      for (const who of ['escwa', 'network', 'focalJor', 'plain', 'anonymous'] as const) {
        const error = await refusal(
          forwardToImrf({ subject: people[who].subject, cycleId: cycle.id, input }),
        );
        expect([who, error.code]).toEqual([who, 'forbidden']);
      }
      const admin = await forwardToImrf({ subject: people.admin.subject, cycleId: cycle.id, input });
      expect(admin[0]!.forumName).toBe('IMRF 2026');
    });

    it('refuses an unpublished document, a meeting that is not the IMRF, a missing forum, a duplicate', async () => {
      const cycle = await cycleWithPublishedDocuments(db(), people.las.subject, { outcome: false });
      const subject = people.las.subject;
      const base = { forwardedOn: '2026-03-03', forumName: 'IMRF 2026' };
      const unpublished = await refusal(
        forwardToImrf({
          subject,
          cycleId: cycle.id,
          input: { ...base, documents: ['synthesis', 'outcome'] },
        }),
      );
      expect(fieldCodes(unpublished)).toEqual({ documents: ['forwardingNotPublished'] });
      expect(unpublished.params).toEqual({ document: 'outcome' });

      const conference = await createPublishedMeeting(db(), people.admin.subject, 'review-conference');
      const wrongKind = await refusal(
        forwardToImrf({
          subject,
          cycleId: cycle.id,
          input: { documents: 'synthesis', meetingId: conference.id, forwardedOn: '2026-03-03' },
        }),
      );
      expect(fieldCodes(wrongKind)).toEqual({ meetingId: ['forwardingMeetingNotImrf'] });
      const unknown = await refusal(
        forwardToImrf({
          subject,
          cycleId: cycle.id,
          input: { documents: 'synthesis', meetingId: crypto.randomUUID(), forwardedOn: '2026-03-03' },
        }),
      );
      expect(fieldCodes(unknown)).toEqual({ meetingId: ['forwardingMeetingUnknown'] });
      const noForum = await refusal(
        forwardToImrf({
          subject,
          cycleId: cycle.id,
          input: { documents: 'synthesis', forwardedOn: '2026-03-03' },
        }),
      );
      expect(fieldCodes(noForum)).toEqual({ forumName: ['forwardingForumRequired'] });

      await forwardToImrf({ subject, cycleId: cycle.id, input: { ...base, documents: 'synthesis' } });
      const duplicate = await refusal(
        forwardToImrf({
          subject,
          cycleId: cycle.id,
          input: { ...base, forumName: 'imrf 2026', documents: 'synthesis' },
        }),
      );
      expect(fieldCodes(duplicate)).toEqual({ documents: ['forwardingDuplicate'] });
      expect(duplicate.status).toBe(409);
      // Another forum is another forwarding.
      await forwardToImrf({
        subject,
        cycleId: cycle.id,
        input: { ...base, forumName: 'IMRF 2030', documents: 'synthesis' },
      });
    });

    it('is withdrawn by the secretariat: off the lists, audited, and may be forwarded again', async () => {
      const cycle = await cycleWithPublishedDocuments(db(), people.las.subject, { outcome: false });
      const imrf = await createPublishedMeeting(db(), people.admin.subject);
      const input = { documents: 'synthesis', meetingId: imrf.id, forwardedOn: '2026-03-03' };
      const [row] = await forwardToImrf({ subject: people.las.subject, cycleId: cycle.id, input });
      expect(
        (
          await refusal(
            withdrawForwarding({ subject: people.escwa.subject, cycleId: cycle.id, forwardingId: row!.id }),
          )
        ).code,
      ).toBe('forbidden');
      await withdrawForwarding({ subject: people.las.subject, cycleId: cycle.id, forwardingId: row!.id });
      expect((await listCycleForwardings(db(), [cycle.id])).get(cycle.id)).toBeUndefined();
      expect(await listRegionalInputs(db(), imrf.id)).toEqual([]);
      expect(
        (
          await refusal(
            withdrawForwarding({ subject: people.las.subject, cycleId: cycle.id, forwardingId: row!.id }),
          )
        ).code,
      ).toBe('notFound');
      const audit = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, forwardingEntityType), eq(auditLog.entityId, row!.id)));
      expect(audit.map((a) => a.action).sort()).toEqual([
        'review_forwarding.create',
        'review_forwarding.withdraw',
      ]);
      const again = await forwardToImrf({ subject: people.las.subject, cycleId: cycle.id, input });
      expect(again[0]!.documentVersion).toBe(1);
    });
  });
}
