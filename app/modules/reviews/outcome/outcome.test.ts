import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/accounts';
import { createReviewCycle } from '#seed/review-factories';
import { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createCyclePeople } from '../cycles/test-fixtures';
import { addOutcomeComment } from './add-outcome-comment.server';
import { getOutcomeWorkspace, getPublishedOutcome } from './get-outcome.server';
import { publishOutcome } from './publish-outcome.server';
import { saveOutcome } from './save-outcome.server';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const text = (n: number) => ({
  title: { ar: 'الرسائل الرئيسية', en: 'Key messages' },
  body: {
    ar: `الرسالة الأولى، الصيغة ${n}.\n\nالرسالة الثانية.`,
    en: `First message, draft ${n}.\n\nSecond message.`,
  },
});

for (const store of testStores) {
  describe(`outcome document (${store})`, () => {
    const platform = useTestPlatform(store);
    let people: Awaited<ReturnType<typeof createCyclePeople>>;

    beforeAll(async () => {
      people = await createCyclePeople(platform().database.db);
    });

    it('is drafted by the cycle’s secretariat, each save a version, stale saves refused', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db);
      const subject = people.las.subject;
      const first = await saveOutcome({ subject, cycleId: cycle.id, expectedVersion: 0, input: text(1) });
      expect(first).toMatchObject({ latestVersion: 1, publishedVersion: null, version: 1 });
      const second = await saveOutcome({ subject, cycleId: cycle.id, expectedVersion: 1, input: text(2) });
      expect(second.latestVersion).toBe(2);
      const stale = await refusal(
        saveOutcome({ subject, cycleId: cycle.id, expectedVersion: 1, input: text(3) }),
      );
      expect(stale.code).toBe('staleVersion');
      // Nobody saved before: a second "first save" is stale too, not a second document.
      expect(
        (await refusal(saveOutcome({ subject, cycleId: cycle.id, expectedVersion: 0, input: text(3) }))).code,
      ).toBe('staleVersion');
      const empty = await refusal(
        saveOutcome({ subject, cycleId: cycle.id, expectedVersion: 2, input: { body: { ar: '  ' } } }),
      );
      expect(empty.code).toBe('outcomeBodyRequired');

      const workspace = await getOutcomeWorkspace({ subject, cycleId: cycle.id, versionNumber: 1 });
      expect(workspace.versions.map((v) => v.number)).toEqual([2, 1]);
      expect(workspace.shownVersion!.body.en).toBe('First message, draft 1.\n\nSecond message.');
      expect(workspace.canDraft).toBe(true);
      const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, first.id));
      expect(audit.map((a) => a.action)).toEqual(['review_outcome.save', 'review_outcome.save']);
    });

    it('is commented by the partners (the cycle’s secretariat, the Network secretariat), no one else', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db);
      expect(
        (
          await refusal(
            addOutcomeComment({ subject: people.network.subject, cycleId: cycle.id, input: { body: 'x' } }),
          )
        ).code,
      ).toBe('outcomeNothingToComment');
      await saveOutcome({
        subject: people.las.subject,
        cycleId: cycle.id,
        expectedVersion: 0,
        input: text(1),
      });
      const comment = await addOutcomeComment({
        subject: people.network.subject,
        cycleId: cycle.id,
        input: { body: 'Please mention regular pathways.' },
      });
      expect(comment).toMatchObject({ versionNumber: 1, body: 'Please mention regular pathways.' });
      for (const who of ['anonymous', 'focalJor', 'escwa', 'plain'] as const) {
        const error = await refusal(
          addOutcomeComment({ subject: people[who].subject, cycleId: cycle.id, input: { body: 'x' } }),
        );
        expect([who, error.code]).toEqual([who, 'forbidden']);
        const read = await refusal(getOutcomeWorkspace({ subject: people[who].subject, cycleId: cycle.id }));
        expect([who, read.code]).toEqual([who, 'forbidden']);
      }
      // The Network comments but does not draft.
      const network = await refusal(
        saveOutcome({
          subject: people.network.subject,
          cycleId: cycle.id,
          expectedVersion: 1,
          input: text(2),
        }),
      );
      expect(network.code).toBe('forbidden');
      const workspace = await getOutcomeWorkspace({ subject: people.network.subject, cycleId: cycle.id });
      expect(workspace.canDraft).toBe(false);
      expect(workspace.comments.map((c) => c.body)).toEqual(['Please mention regular pathways.']);
    });

    it('is public once published; later drafts stay private until published', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db);
      const subject = people.las.subject;
      expect((await refusal(publishOutcome({ subject, cycleId: cycle.id, expectedVersion: 0 }))).code).toBe(
        'outcomeNothingToPublish',
      );
      const saved = await saveOutcome({ subject, cycleId: cycle.id, expectedVersion: 0, input: text(1) });
      expect(
        (await refusal(getPublishedOutcome({ subject: people.anonymous.subject, cycleId: cycle.id }))).code,
      ).toBe('notFound');
      expect(
        (
          await refusal(
            publishOutcome({ subject: people.escwa.subject, cycleId: cycle.id, expectedVersion: 1 }),
          )
        ).code,
      ).toBe('forbidden');
      const published = await publishOutcome({ subject, cycleId: cycle.id, expectedVersion: saved.version });
      expect(published.publishedVersion).toBe(1);
      expect(
        (await refusal(publishOutcome({ subject, cycleId: cycle.id, expectedVersion: published.version })))
          .code,
      ).toBe('outcomeAlreadyPublished');
      await saveOutcome({ subject, cycleId: cycle.id, expectedVersion: published.version, input: text(2) });
      const seen = await getPublishedOutcome({ subject: people.anonymous.subject, cycleId: cycle.id });
      expect(seen.version.number).toBe(1);
      expect(seen.version.body.en).toContain('draft 1');
      expect(seen.canEdit).toBe(false);
    });

    it('is not found for a draft cycle except by its secretariat', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db, { status: 'draft' });
      const error = await refusal(
        saveOutcome({ subject: people.escwa.subject, cycleId: cycle.id, expectedVersion: 0, input: text(1) }),
      );
      expect(error.code).toBe('notFound');
      await saveOutcome({
        subject: people.las.subject,
        cycleId: cycle.id,
        expectedVersion: 0,
        input: text(1),
      });
    });
  });
}
