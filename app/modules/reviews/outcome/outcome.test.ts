import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/accounts';
import { pledges } from '#db/schema/pledges';
import { createReviewCycle } from '#seed/review-factories';
import { syncContent } from '~/modules/content/sync-content.server';
import { createPledge } from '~/modules/pledges/create-pledge.server';
import { pledgeContent } from '~/modules/pledges/pledge-content.server';
import { validPledgeInput } from '~/modules/pledges/test-fixtures';
import { updatePledge } from '~/modules/pledges/update-pledge.server';
import { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createCyclePeople } from '../cycles/test-fixtures';
import { addOutcomeComment } from './add-outcome-comment.server';
import { getOutcomeParagraph, getOutcomeWorkspace, getPublishedOutcome } from './get-outcome.server';
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

    it('numbers its paragraphs once: corrections and insertions keep them, comments and pledges cite them', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db);
      const subject = people.las.subject;
      const v1 = {
        title: { ar: 'إعلان التقدم' },
        body: {
          ar: 'إذ نشير إلى الاتفاق العالمي\n---\nنلتزم بتعزيز البيانات\n\nنلتزم بحماية العمال المهاجرين',
        },
      };
      const saved = await saveOutcome({ subject, cycleId: cycle.id, expectedVersion: 0, input: v1 });
      const draft = await getOutcomeWorkspace({ subject, cycleId: cycle.id });
      expect(draft.latestParagraphs.map((p) => [p.eId, p.part, p.number])).toEqual([
        ['preamble__para_1', 'preamble', 1],
        ['para_1', 'operative', 1],
        ['para_2', 'operative', 2],
      ]);

      // A partner comments on one paragraph; a paragraph the draft does not have is refused.
      const onParagraph = await addOutcomeComment({
        subject: people.network.subject,
        cycleId: cycle.id,
        input: { body: 'أضيفوا الأسر.', paragraph: 'para_2' },
      });
      expect(onParagraph.paragraphId).toBe('para_2');
      const unknown = await refusal(
        addOutcomeComment({
          subject: people.network.subject,
          cycleId: cycle.id,
          input: { body: 'x', paragraph: 'para_9' },
        }),
      );
      expect([unknown.code, unknown.details?.fieldErrors]).toEqual([
        'outcomeParagraphUnknown',
        { paragraph: [{ code: 'outcomeParagraphUnknown' }] },
      ]);

      // Version 2 inserts a paragraph first and corrects the last: identifiers hold.
      const v2 = {
        title: v1.title,
        body: {
          ar: 'إذ نشير إلى الاتفاق العالمي\n---\nنرحب بالاستعراضات الوطنية\n\nنلتزم بتعزيز البيانات\n\nنلتزم بحماية العمال المهاجرين وأسرهم',
        },
      };
      const second = await saveOutcome({
        subject,
        cycleId: cycle.id,
        expectedVersion: saved.version,
        input: v2,
      });
      await publishOutcome({ subject, cycleId: cycle.id, expectedVersion: second.version });
      const published = await getPublishedOutcome({ subject: people.anonymous.subject, cycleId: cycle.id });
      expect(published.paragraphs.map((p) => [p.eId, p.number, p.ar])).toEqual([
        ['preamble__para_1', 1, 'إذ نشير إلى الاتفاق العالمي'],
        ['para_3', 1, 'نرحب بالاستعراضات الوطنية'],
        ['para_1', 2, 'نلتزم بتعزيز البيانات'],
        ['para_2', 3, 'نلتزم بحماية العمال المهاجرين وأسرهم'],
      ]);

      // A pledge cites paragraph para_2 by its address; a wrong address refuses the save, naming the line.
      const link = `https://marsad.example/ar/reviews/cycles/${cycle.id}/outcome/paragraphs/para_2`;
      const wrong = await refusal(
        createPledge({
          subject: people.focalJor.subject,
          countryIso3: 'JOR',
          input: {
            ...validPledgeInput,
            citations: `${link}\n/ar/reviews/cycles/${cycle.id}/outcome/paragraphs/para_7`,
          },
        }),
      );
      expect([wrong.code, wrong.details?.fieldErrors]).toEqual([
        'paragraphLinkUnknown',
        { citations: [{ code: 'paragraphLinkUnknown', params: { line: 2 } }] },
      ]);
      expect(
        (
          await refusal(
            createPledge({
              subject: people.focalJor.subject,
              countryIso3: 'JOR',
              input: { ...validPledgeInput, citations: 'الفقرة ١٢' },
            }),
          )
        ).code,
      ).toBe('paragraphLinkUnreadable');
      const pledge = await createPledge({
        subject: people.focalJor.subject,
        countryIso3: 'JOR',
        input: { ...validPledgeInput, citations: `${link}\n\n${link}` },
      });
      const cited = () =>
        getOutcomeParagraph({ subject: people.anonymous.subject, cycleId: cycle.id, eId: 'para_2' });
      // A draft pledge is not shown to the public; its pledger sees it.
      expect((await cited()).citedBy).toEqual([]);
      const mine = await getOutcomeParagraph({
        subject: people.focalJor.subject,
        cycleId: cycle.id,
        eId: 'para_2',
      });
      expect(mine.citedBy.map((c) => c.id)).toEqual([pledge.id]);
      await db.update(pledges).set({ status: 'published' }).where(eq(pledges.id, pledge.id));
      await syncContent(db, pledgeContent, [pledge.id]);
      const page = await cited();
      expect(page.paragraph).toMatchObject({ eId: 'para_2', number: 3 });
      expect(page.citedBy).toEqual([
        {
          type: 'pledge',
          id: pledge.id,
          title: { en: validPledgeInput.title.en },
          path: `/pledges/${pledge.id}`,
        },
      ]);
      expect(
        (
          await refusal(
            getOutcomeParagraph({ subject: people.anonymous.subject, cycleId: cycle.id, eId: 'para_9' }),
          )
        ).code,
      ).toBe('notFound');
      expect(
        (
          await refusal(
            getOutcomeParagraph({ subject: people.anonymous.subject, cycleId: cycle.id, eId: '../x' }),
          )
        ).code,
      ).toBe('notFound');

      // Saving the pledge again without the address removes the citation.
      await db.update(pledges).set({ status: 'draft' }).where(eq(pledges.id, pledge.id));
      await updatePledge({
        subject: people.focalJor.subject,
        pledgeId: pledge.id,
        expectedVersion: pledge.version,
        input: { ...validPledgeInput, citations: '' },
      });
      expect(
        (await getOutcomeParagraph({ subject: people.focalJor.subject, cycleId: cycle.id, eId: 'para_2' }))
          .citedBy,
      ).toEqual([]);
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
