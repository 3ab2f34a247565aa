import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, contentItems, files, hubResources, organisationMembers } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { countPublicContent } from '~/modules/content/count-content.server';
import { canReadContent } from '~/modules/content/read-rule';
import { canReadResource } from '~/modules/hub/hub-policy';
import { loadActiveAssignments, loadResource } from '~/modules/hub/resources/resource-records.server';
import { RESOURCE_FILE_MAX_BYTES, resourceFileKinds } from '~/modules/hub/resources/resource-schema';
import { reviseResource } from '~/modules/hub/resources/revise-resource.server';
import { submitResource } from '~/modules/hub/resources/submit-resource.server';
import { answerConflict, submitReview } from '~/modules/hub/review/answer-review.server';
import { addTieBreakReviewer, assignPanel, replaceReviewer } from '~/modules/hub/review/assign-panel.server';
import { decideResource } from '~/modules/hub/review/decide-resource.server';
import { loadRoster, saveReviewer } from '~/modules/hub/review/roster.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { multipartRequest, textPdf } from '~/platform/uploads/test-files';
import { resourceInput } from './hub-fixtures';
import { testStores, useTestPlatform } from './platform';

const pdfUpload = async (lines = ['Fair recruitment and decent work']) =>
  (
    await parseUpload(
      multipartRequest({}, { file: { bytes: textPdf(lines), name: 'دليل.pdf', type: 'application/pdf' } }),
      {
        field: 'file',
        maxBytes: RESOURCE_FILE_MAX_BYTES,
        allowed: resourceFileKinds,
      },
    )
  ).file;

for (const store of testStores) {
  describe(`hub resources and peer review (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function person(roles: { role: AssignableRole; scopeId?: string }[] = []) {
      const user = await createUser(db(), { roles });
      const subject: Subject = { userId: user.id, grants: await loadGrants(user.id) };
      return { user, subject };
    }
    async function onRoster(
      editor: Subject,
      over: { internal: boolean; regionId: string; organisationId?: string },
    ) {
      const p = await person([{ role: 'peer_reviewer' }]);
      await saveReviewer({
        db: db(),
        subject: editor,
        input: {
          userId: p.user.id,
          internal: over.internal,
          organisationId: over.organisationId ?? null,
          regionId: over.regionId,
          gender: 'female',
          languages: ['ar'],
          objectives: [6],
        },
      });
      return p;
    }
    const readable = async (subject: Subject, id: string) => {
      const [row] = await db()
        .select()
        .from(contentItems)
        .where(and(eq(contentItems.type, 'hub_resource'), eq(contentItems.id, id)));
      return row ? canReadContent(subject, row) : false;
    };
    const review = (recommendation: string, comments = 'تعليق مفصل على المورد') => ({
      relevance: '4',
      evidence: '٣',
      principles: '5',
      usefulness: '4',
      recommendation,
      comments,
    });

    it('takes a submission with a PDF, extracts its text for the index, keeps it private until published', async () => {
      const { subject } = await person();
      const resource = await submitResource({
        db: db(),
        subject,
        input: resourceInput,
        upload: await pdfUpload(),
      });
      expect(resource).toMatchObject({
        status: 'submitted',
        extraction: 'extracted',
        authors: ['أ. باحث', 'B. Author'],
        documentLanguages: ['ar', 'en'],
      });
      expect(resource.fileId).toBeTruthy();
      const [item] = await db().select().from(contentItems).where(eq(contentItems.id, resource.id));
      expect(item).toMatchObject({
        visibility: 'restricted',
        objectives: [6, 7],
        countries: ['JOR'],
        year: 2024,
      });
      expect(item!.body.ar).toContain('Fair recruitment and decent work');
      expect(await readable(subject, resource.id)).toBe(true);
      expect(await readable(anonymousSubject, resource.id)).toBe(false);
      const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, resource.id));
      expect(audit.map((a) => a.action)).toContain('hub.resource.submit');
    });

    it('keeps a file it cannot read and flags it; refuses no file and no link, bad input and anonymous', async () => {
      const { subject } = await person();
      const broken = await parseUpload(
        multipartRequest(
          {},
          { file: { bytes: Buffer.from('%PDF-1.4\nbroken'), name: 'x.pdf', type: 'application/pdf' } },
        ),
        { field: 'file', maxBytes: RESOURCE_FILE_MAX_BYTES, allowed: resourceFileKinds },
      );
      const flagged = await submitResource({ db: db(), subject, input: resourceInput, upload: broken.file });
      expect(flagged.extraction).toBe('unreadable');
      const [file] = await db().select().from(files).where(eq(files.id, flagged.fileId!));
      expect(file).toBeTruthy();
      await expect(submitResource({ db: db(), subject, input: resourceInput })).rejects.toMatchObject({
        code: 'hubFileOrLinkRequired',
      });
      await expect(
        submitResource({
          db: db(),
          subject,
          input: { ...resourceInput, objectives: [], url: 'https://example.org' },
        }),
      ).rejects.toMatchObject({ code: 'hubObjectiveRequired' });
      await expect(
        submitResource({
          db: db(),
          subject,
          input: { ...resourceInput, countries: [], url: 'https://example.org' },
        }),
      ).rejects.toMatchObject({ code: 'hubScopeRequired' });
      await expect(
        submitResource({ db: db(), subject, input: { ...resourceInput, url: 'javascript:alert(1)' } }),
      ).rejects.toMatchObject({ code: 'invalidUrl' });
      await expect(
        submitResource({
          db: db(),
          subject: anonymousSubject,
          input: { ...resourceInput, url: 'https://example.org' },
        }),
      ).rejects.toMatchObject({ status: 403 });
    });

    it('runs the panel: rules, conflicts, hidden identities, tie-break, decision, publication', async () => {
      const editor = await person([{ role: 'network_secretariat' }]);
      const submitterOrg = await createOrganisation(db());
      const submitter = await person();
      await db()
        .insert(organisationMembers)
        .values({ organisationId: submitterOrg.id, userId: submitter.user.id });
      const internal = await onRoster(editor.subject, { internal: true, regionId: 'M49-142' });
      const extA = await onRoster(editor.subject, { internal: false, regionId: 'M49-002' });
      const extB = await onRoster(editor.subject, { internal: false, regionId: 'M49-150' });
      const colleague = await onRoster(editor.subject, {
        internal: false,
        regionId: 'M49-019',
        organisationId: submitterOrg.id,
      });
      const conflicted = await onRoster(editor.subject, { internal: false, regionId: 'M49-019' });
      const tieBreaker = await onRoster(editor.subject, { internal: false, regionId: 'M49-009' });

      const resource = await submitResource({
        db: db(),
        subject: submitter.subject,
        input: { ...resourceInput, url: 'https://example.org/guide' },
        organisationId: submitterOrg.id,
      });
      // Not an editor; panel against the rules; a colleague of the submitter.
      await expect(
        assignPanel({ db: db(), subject: submitter.subject, resourceId: resource.id, reviewerIds: [] }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        assignPanel({
          db: db(),
          subject: editor.subject,
          resourceId: resource.id,
          reviewerIds: [extA.user.id, extB.user.id, conflicted.user.id],
        }),
      ).rejects.toMatchObject({ code: 'hubPanelRules', details: { problems: ['needsInternal'] } });
      await expect(
        assignPanel({
          db: db(),
          subject: editor.subject,
          resourceId: resource.id,
          reviewerIds: [internal.user.id, extA.user.id, colleague.user.id],
        }),
      ).rejects.toMatchObject({ details: { problems: ['sameOrganisation'] } });

      await assignPanel({
        db: db(),
        subject: editor.subject,
        resourceId: resource.id,
        reviewerIds: [internal.user.id, extA.user.id, conflicted.user.id],
        expectedVersion: resource.version,
      });
      const mails = await db().execute<{ n: number }>(
        sql`select count(*)::int as n from jobs where kind = 'mail.send'`,
      );
      expect(Number(mails.rows[0]!.n)).toBeGreaterThanOrEqual(3);
      const panel = await loadActiveAssignments(db(), await loadResource(db(), resource.id));
      const mine = (userId: string) => panel.find((a) => a.reviewerId === userId)!;

      // The resource stays locked to a reviewer until the conflict question is answered.
      expect(await readable(extA.subject, resource.id)).toBe(false);
      await expect(
        submitReview({
          db: db(),
          subject: extA.subject,
          assignmentId: mine(extA.user.id).id,
          input: review('accept'),
        }),
      ).rejects.toMatchObject({ code: 'hubConflictUnanswered' });
      await answerConflict({
        db: db(),
        subject: extA.subject,
        assignmentId: mine(extA.user.id).id,
        input: { conflict: 'none' },
      });
      expect(await readable(extA.subject, resource.id)).toBe(true);
      // Someone else's assignment is not theirs to answer.
      await expect(
        answerConflict({
          db: db(),
          subject: extA.subject,
          assignmentId: mine(internal.user.id).id,
          input: { conflict: 'none' },
        }),
      ).rejects.toMatchObject({ status: 403 });

      // A declared conflict blocks the review; the editor replaces the reviewer, keeping the rules.
      await expect(
        answerConflict({
          db: db(),
          subject: conflicted.subject,
          assignmentId: mine(conflicted.user.id).id,
          input: { conflict: 'declared' },
        }),
      ).rejects.toMatchObject({ code: 'hubConflictTextRequired' });
      await answerConflict({
        db: db(),
        subject: conflicted.subject,
        assignmentId: mine(conflicted.user.id).id,
        input: { conflict: 'declared', conflictText: 'شاركتُ في إعداد الدليل' },
      });
      await expect(
        submitReview({
          db: db(),
          subject: conflicted.subject,
          assignmentId: mine(conflicted.user.id).id,
          input: review('accept'),
        }),
      ).rejects.toMatchObject({ code: 'hubConflictBlocksReview' });
      expect(await readable(conflicted.subject, resource.id)).toBe(false);
      await expect(
        replaceReviewer({
          db: db(),
          subject: editor.subject,
          assignmentId: mine(conflicted.user.id).id,
          reviewerId: colleague.user.id,
        }),
      ).rejects.toMatchObject({ details: { problems: ['sameOrganisation'] } });
      const replacement = await replaceReviewer({
        db: db(),
        subject: editor.subject,
        assignmentId: mine(conflicted.user.id).id,
        reviewerId: extB.user.id,
      });

      for (const [p, assignmentId] of [
        [internal, mine(internal.user.id).id],
        [extB, replacement.id],
      ] as const) {
        await answerConflict({ db: db(), subject: p.subject, assignmentId, input: { conflict: 'none' } });
      }
      await submitReview({
        db: db(),
        subject: internal.subject,
        assignmentId: mine(internal.user.id).id,
        input: review('accept'),
      });
      await expect(
        submitReview({
          db: db(),
          subject: extA.subject,
          assignmentId: mine(extA.user.id).id,
          input: review('reject', ''),
        }),
      ).rejects.toMatchObject({ code: 'hubCommentsRequired' });
      await submitReview({
        db: db(),
        subject: extA.subject,
        assignmentId: mine(extA.user.id).id,
        input: review('accept'),
      });
      await expect(
        decideResource({
          db: db(),
          subject: editor.subject,
          resourceId: resource.id,
          input: { decision: 'publish' },
        }),
      ).rejects.toMatchObject({ code: 'hubPanelNotReady', params: { state: 'awaiting_reviews' } });
      await submitReview({
        db: db(),
        subject: extB.subject,
        assignmentId: replacement.id,
        input: review('reject'),
      });

      // Two accept, one rejects: a tie-break reviewer is needed before the editor decides.
      await expect(
        decideResource({
          db: db(),
          subject: editor.subject,
          resourceId: resource.id,
          input: { decision: 'publish' },
        }),
      ).rejects.toMatchObject({ code: 'hubPanelNotReady', params: { state: 'needs_tie_break' } });
      await expect(
        addTieBreakReviewer({
          db: db(),
          subject: editor.subject,
          resourceId: resource.id,
          reviewerId: colleague.user.id,
        }),
      ).rejects.toMatchObject({ code: 'hubPanelRules' });
      const tie = await addTieBreakReviewer({
        db: db(),
        subject: editor.subject,
        resourceId: resource.id,
        reviewerId: tieBreaker.user.id,
      });
      await answerConflict({
        db: db(),
        subject: tieBreaker.subject,
        assignmentId: tie.id,
        input: { conflict: 'none' },
      });
      await submitReview({
        db: db(),
        subject: tieBreaker.subject,
        assignmentId: tie.id,
        input: review('accept'),
      });
      await expect(
        addTieBreakReviewer({
          db: db(),
          subject: editor.subject,
          resourceId: resource.id,
          reviewerId: colleague.user.id,
        }),
      ).rejects.toMatchObject({ code: 'hubTieBreakNotNeeded' });

      const before = await countPublicContent({ db: db(), objective: 6 });
      const current = await loadResource(db(), resource.id);
      await expect(
        decideResource({
          db: db(),
          subject: editor.subject,
          resourceId: resource.id,
          input: { decision: 'publish' },
          expectedVersion: current.version - 1,
        }),
      ).rejects.toMatchObject({ code: 'staleVersion' });
      const published = await decideResource({
        db: db(),
        subject: editor.subject,
        resourceId: resource.id,
        input: { decision: 'publish', comment: 'مورد مفيد' },
        expectedVersion: current.version,
      });
      expect(published).toMatchObject({ status: 'published', decisionComment: 'مورد مفيد' });
      expect(published.publishedAt).toBeTruthy();
      const after = await countPublicContent({ db: db(), objective: 6 });
      expect(after.byType.hub_resource).toBe(before.byType.hub_resource + 1);
      expect(await readable(anonymousSubject, resource.id)).toBe(true);
      expect(canReadResource(anonymousSubject, published)).toBe(true);

      // The roster knows who carries what.
      const roster = await loadRoster(db());
      expect(roster.find((r) => r.userId === extA.user.id)!.load).toBe(0);
    });

    it('lets the submitter revise after a request to revise, starting a new round', async () => {
      const editor = await person([{ role: 'network_secretariat' }]);
      const submitter = await person();
      const stranger = await person();
      const reviewers = [
        await onRoster(editor.subject, { internal: true, regionId: 'M49-142' }),
        await onRoster(editor.subject, { internal: false, regionId: 'M49-002' }),
        await onRoster(editor.subject, { internal: false, regionId: 'M49-150' }),
      ];
      const resource = await submitResource({
        db: db(),
        subject: submitter.subject,
        input: { ...resourceInput, url: 'https://example.org/x' },
      });
      await assignPanel({
        db: db(),
        subject: editor.subject,
        resourceId: resource.id,
        reviewerIds: reviewers.map((r) => r.user.id),
      });
      await expect(
        reviseResource({
          db: db(),
          subject: submitter.subject,
          resourceId: resource.id,
          input: { ...resourceInput, url: 'https://example.org/x' },
          expectedVersion: 2,
        }),
      ).rejects.toMatchObject({ code: 'hubResourceNotEditable' });
      const panel = await loadActiveAssignments(db(), await loadResource(db(), resource.id));
      for (const r of reviewers) {
        const a = panel.find((x) => x.reviewerId === r.user.id)!;
        await answerConflict({
          db: db(),
          subject: r.subject,
          assignmentId: a.id,
          input: { conflict: 'none' },
        });
        await submitReview({ db: db(), subject: r.subject, assignmentId: a.id, input: review('revise') });
      }
      const decided = await decideResource({
        db: db(),
        subject: editor.subject,
        resourceId: resource.id,
        input: { decision: 'revise', comment: 'يُرجى تحديث البيانات' },
      });
      expect(decided.status).toBe('revision_requested');
      await expect(
        reviseResource({
          db: db(),
          subject: stranger.subject,
          resourceId: resource.id,
          input: resourceInput,
          expectedVersion: decided.version,
        }),
      ).rejects.toMatchObject({ status: 403 });
      const revised = await reviseResource({
        db: db(),
        subject: submitter.subject,
        resourceId: resource.id,
        input: { ...resourceInput, url: 'https://example.org/x2', objectives: ['8'] },
        expectedVersion: decided.version,
      });
      expect(revised).toMatchObject({ status: 'submitted', round: 2, url: 'https://example.org/x2' });
      expect(await loadActiveAssignments(db(), revised)).toEqual([]);
      const [item] = await db().select().from(contentItems).where(eq(contentItems.id, resource.id));
      expect(item!.objectives).toEqual([8]);
      const [row] = await db()
        .select({ v: hubResources.version })
        .from(hubResources)
        .where(eq(hubResources.id, resource.id));
      expect(row!.v).toBe(revised.version);
    });
  });
}
