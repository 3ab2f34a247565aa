import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/accounts';
import { pledges } from '#db/schema/pledges';
import { syncContent } from '~/modules/content/sync-content.server';
import { createPledge } from '~/modules/pledges/create-pledge.server';
import { pledgeContent } from '~/modules/pledges/pledge-content.server';
import { validPledgeInput } from '~/modules/pledges/test-fixtures';
import { person } from '~/modules/reviews/authoring/test-people';
import { anonymousSubject } from '~/permissions/resolver';
import { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createMeeting } from '../create-meeting.server';
import { saveSession } from '../save-session.server';
import { setMeetingStatus } from '../set-meeting-status.server';
import { fourPanelForms, meetingInput, sessionInput } from '../test-fixtures';
import { addDocumentComment } from './add-document-comment.server';
import { adoptMeetingDocument } from './adopt-document.server';
import { createMeetingDocument } from './create-document.server';
import {
  getDocumentParagraph,
  getDocumentWorkspace,
  getPublishedDocument,
  listMeetingDocuments,
} from './get-documents.server';
import { saveMeetingDocument } from './save-document.server';
import { setCommentPeriod } from './set-comment-period.server';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const declaration = (operative: string[]) => ({
  kind: 'progress-declaration',
  title: { ar: 'إعلان التقدم المحرز (نص تجريبي)', en: 'Progress Declaration (sample text)' },
  body: {
    ar: `إذ نشير إلى الاتفاق العالمي\n\n---\n\n${operative.join('\n\n')}`,
    en: '',
  },
});

const now = new Date('2026-03-01T10:00:00Z');

for (const store of testStores) {
  describe(`meeting documents (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function setUp() {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const focalJor = await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }]);
      const focalFra = await person(db(), [{ role: 'focal_point', scopeId: 'FRA' }]);
      const stakeholder = await person(db());
      const meeting = await createMeeting({ subject: las.subject, input: meetingInput({ kind: 'imrf' }) });
      return { las, focalJor, focalFra, stakeholder, meeting };
    }

    it('keeps paragraph ids across versions, takes comments on paragraphs during the period, adopts and publishes', async () => {
      const { las, focalJor, focalFra, stakeholder, meeting } = await setUp();
      const common = { meetingId: meeting.id };
      const doc = await createMeetingDocument({
        subject: las.subject,
        ...common,
        input: declaration(['نلتزم بتعزيز البيانات', 'نلتزم بحماية العمال المهاجرين']),
      });
      expect(doc).toMatchObject({
        kind: 'progress-declaration',
        isOutcome: true,
        status: 'drafting',
        latestVersion: 1,
      });
      // One outcome per meeting.
      const second = await refusal(
        createMeetingDocument({ subject: las.subject, ...common, input: declaration(['نص']) }),
      );
      expect([second.code, second.status]).toEqual(['documentOutcomeExists', 409]);
      // A paragraph inserted before the others and a corrected one: identifiers hold.
      const saved = await saveMeetingDocument({
        subject: las.subject,
        ...common,
        documentId: doc.id,
        expectedVersion: doc.version,
        input: declaration([
          'نرحب بالاستعراضات الوطنية الطوعية',
          'نلتزم بتعزيز البيانات',
          'نلتزم بحماية العمال المهاجرين وأسرهم',
        ]),
      });
      expect(saved.latestVersion).toBe(2);
      const stale = await refusal(
        saveMeetingDocument({
          subject: las.subject,
          ...common,
          documentId: doc.id,
          expectedVersion: doc.version,
          input: declaration(['x']),
        }),
      );
      expect(stale.code).toBe('staleVersion');

      // A draft meeting's documents are its organisers' alone (404 to others).
      expect(
        (await refusal(getDocumentWorkspace({ subject: focalJor.subject, ...common, documentId: doc.id })))
          .status,
      ).toBe(404);
      const published = await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        status: 'published',
      });
      expect(published.status).toBe('published');
      // Drafting: the partners have no workspace yet, and no one comments.
      expect(
        (await refusal(getDocumentWorkspace({ subject: focalJor.subject, ...common, documentId: doc.id })))
          .status,
      ).toBe(403);
      const closed = await refusal(
        addDocumentComment({
          subject: las.subject,
          ...common,
          documentId: doc.id,
          input: { body: 'x' },
          now,
        }),
      );
      expect(closed.code).toBe('commentPeriodNotOpen');
      const past = await refusal(
        setCommentPeriod({
          subject: las.subject,
          ...common,
          documentId: doc.id,
          expectedVersion: saved.version,
          open: true,
          input: { closesOn: '2026-02-01' },
          now,
        }),
      );
      expect(past.code).toBe('commentPeriodInPast');
      const open = await setCommentPeriod({
        subject: las.subject,
        ...common,
        documentId: doc.id,
        expectedVersion: saved.version,
        open: true,
        input: { closesOn: '2026-03-10' },
        now,
      });
      expect(open).toMatchObject({ status: 'comment', commentsCloseOn: '2026-03-10' });

      // A focal point of a participating state (Jordan) comments on a paragraph; France's may not.
      const comment = await addDocumentComment({
        subject: focalJor.subject,
        ...common,
        documentId: doc.id,
        input: { body: 'يرجى ذكر المسارات النظامية.', paragraph: 'para_2' },
        now,
      });
      expect(comment).toMatchObject({ versionNumber: 2, paragraphId: 'para_2' });
      const unknown = await refusal(
        addDocumentComment({
          subject: focalJor.subject,
          ...common,
          documentId: doc.id,
          input: { body: 'x', paragraph: 'para_9' },
          now,
        }),
      );
      expect(unknown.code).toBe('outcomeParagraphUnknown');
      for (const who of [focalFra, stakeholder]) {
        const e = await refusal(
          addDocumentComment({
            subject: who.subject,
            ...common,
            documentId: doc.id,
            input: { body: 'x' },
            now,
          }),
        );
        expect(e.status).toBe(403);
      }
      // After the last day of the period, no more comments.
      const late = await refusal(
        addDocumentComment({
          subject: focalJor.subject,
          ...common,
          documentId: doc.id,
          input: { body: 'x' },
          now: new Date('2026-03-11T12:00:00Z'),
        }),
      );
      expect(late.code).toBe('commentPeriodNotOpen');
      const workspace = await getDocumentWorkspace({
        subject: focalJor.subject,
        ...common,
        documentId: doc.id,
        now,
      });
      expect(workspace.latestParagraphs.map((p) => p.eId)).toEqual([
        'preamble__para_1',
        'para_3',
        'para_1',
        'para_2',
      ]);
      expect(workspace.comments.map((c) => c.paragraphId)).toEqual(['para_2']);
      expect(workspace.canComment).toBe(true);
      expect(workspace.canDraft).toBe(false);

      // Not public until adopted (and the meeting published).
      expect(
        (await refusal(getPublishedDocument({ subject: anonymousSubject, ...common, documentId: 'outcome' })))
          .status,
      ).toBe(404);
      await adoptMeetingDocument({
        subject: las.subject,
        ...common,
        documentId: doc.id,
        expectedVersion: open.version,
      });
      const page = await getPublishedDocument({
        subject: anonymousSubject,
        ...common,
        documentId: 'outcome',
      });
      expect(page.path).toBe(`/meetings/${meeting.id}/outcome`);
      expect(page.paragraphs.map((p) => [p.eId, p.number])).toEqual([
        ['preamble__para_1', 1],
        ['para_3', 1],
        ['para_1', 2],
        ['para_2', 3],
      ]);
      const listed = await listMeetingDocuments({ subject: anonymousSubject, ...common });
      expect(listed.published.map((d) => d.path)).toEqual([`/meetings/${meeting.id}/outcome`]);
      expect(listed.workspace).toEqual([]);
      const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, doc.id));
      expect(audit.map((a) => a.action).sort()).toEqual([
        'meeting_document.adopt',
        'meeting_document.comment',
        'meeting_document.comments_open',
        'meeting_document.create',
        'meeting_document.save',
      ]);

      // A pledge cites the declaration's paragraph; the paragraph page lists it once public.
      const link = `https://marsad.example/ar/meetings/${meeting.id}/outcome/paragraphs/para_2`;
      const wrong = await refusal(
        createPledge({
          subject: focalJor.subject,
          countryIso3: 'JOR',
          input: { ...validPledgeInput, citations: `/ar/meetings/${meeting.id}/outcome#para_8` },
        }),
      );
      expect(wrong.code).toBe('paragraphLinkUnknown');
      const pledge = await createPledge({
        subject: focalJor.subject,
        countryIso3: 'JOR',
        input: { ...validPledgeInput, citations: link },
      });
      const cited = () =>
        getDocumentParagraph({ subject: anonymousSubject, ...common, documentId: 'outcome', eId: 'para_2' });
      expect((await cited()).citedBy).toEqual([]);
      await db().update(pledges).set({ status: 'published' }).where(eq(pledges.id, pledge.id));
      await syncContent(db(), pledgeContent, [pledge.id]);
      expect((await cited()).citedBy.map((c) => [c.type, c.id])).toEqual([['pledge', pledge.id]]);
      expect((await cited()).paragraph).toMatchObject({ eId: 'para_2', number: 3 });
      expect(
        (
          await refusal(
            getDocumentParagraph({
              subject: anonymousSubject,
              ...common,
              documentId: 'outcome',
              eId: 'para_9',
            }),
          )
        ).status,
      ).toBe(404);
    });

    it('gives a round table one co-chairs’ summary at its own address', async () => {
      const { las, meeting } = await setUp();
      const panel = await saveSession({
        subject: las.subject,
        meetingId: meeting.id,
        input: sessionInput(fourPanelForms[0]!),
      });
      const table = await saveSession({
        subject: las.subject,
        meetingId: meeting.id,
        input: sessionInput(fourPanelForms[1]!, { kind: 'round-table', coChairs: ['JOR', 'EGY'] }),
      });
      const summary = (sessionId: string) => ({
        kind: 'co-chairs-summary',
        sessionId,
        title: { ar: 'موجز الرئيسين المشاركين' },
        body: { ar: 'ناقشت المائدة المستديرة البيانات.\n\nأوصت بتعزيز التعاون.' },
      });
      const notTable = await refusal(
        createMeetingDocument({ subject: las.subject, meetingId: meeting.id, input: summary(panel.id) }),
      );
      expect(notTable.code).toBe('documentSessionRequired');
      const doc = await createMeetingDocument({
        subject: las.subject,
        meetingId: meeting.id,
        input: summary(table.id),
      });
      expect(doc).toMatchObject({ sessionId: table.id, isOutcome: false });
      const twice = await refusal(
        createMeetingDocument({ subject: las.subject, meetingId: meeting.id, input: summary(table.id) }),
      );
      expect(twice.code).toBe('documentSessionHasSummary');
      await adoptMeetingDocument({
        subject: las.subject,
        meetingId: meeting.id,
        documentId: doc.id,
        expectedVersion: doc.version,
      });
      await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        status: 'published',
      });
      const page = await getPublishedDocument({
        subject: anonymousSubject,
        meetingId: meeting.id,
        documentId: doc.id,
      });
      expect(page.path).toBe(`/meetings/${meeting.id}/summaries/${doc.id}`);
      expect(page.session?.coChairs).toEqual(['JOR', 'EGY']);
      // The summary is not the meeting's outcome.
      expect(
        (
          await refusal(
            getPublishedDocument({ subject: anonymousSubject, meetingId: meeting.id, documentId: 'outcome' }),
          )
        ).status,
      ).toBe(404);
    });
  });
}
