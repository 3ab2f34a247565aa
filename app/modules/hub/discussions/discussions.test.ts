import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentItems } from '#db/schema/content';
import { hubDiscussionFollows, hubDiscussionPostVersions } from '#db/schema/hub-discussions';
import { auditLog } from '#db/schema/index';
import { jobs } from '#db/schema/jobs';
import { createOrganisation, createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { countPublicContent } from '~/modules/content/count-content.server';
import { searchContent } from '~/modules/search/search-content.server';
import type { Subject } from '~/permissions/resolver';
import type { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createSpace } from './create-space.server';
import { editPost } from './edit-post.server';
import { editSpace } from './edit-space.server';
import { followSpace, unfollowSpace } from './follow-space.server';
import { getSpace } from './get-space.server';
import { hidePost } from './hide-post.server';
import { listSpaces } from './list-spaces.server';
import { postReply } from './post-reply.server';
import { publishSummary } from './publish-summary.server';
import { reportPost } from './report-post.server';
import { reportQueue } from './report-queue.server';
import { sendDiscussionDigests } from './send-digests.server';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return `${(error as AppError).code}:${(error as AppError).status}`;
  }
  return 'resolved';
}

const at = (iso: string) => new Date(iso);

for (const store of testStores) {
  describe(`discussion spaces (${store})`, () => {
    const platform = useTestPlatform(store);
    let editor: Subject;
    let moderator: Subject;
    let moderatorEmail: string;
    let alice: Subject;
    let bob: Subject;
    const anonymous: Subject = { userId: null, grants: [] };
    const subjectOf = async (id: string): Promise<Subject> => ({ userId: id, grants: await loadGrants(id) });

    beforeAll(async () => {
      const { db } = platform().database;
      editor = await subjectOf((await createUser(db, { roles: [{ role: 'network_secretariat' }] })).id);
      const mod = await createUser(db);
      moderatorEmail = mod.email;
      moderator = await subjectOf(mod.id);
      alice = await subjectOf((await createUser(db, { locale: 'ar' })).id);
      bob = await subjectOf((await createUser(db, { locale: 'en' })).id);
    });

    const spaceInput = (over: Record<string, unknown> = {}) => ({
      title: { ar: 'مشاورة حول المسارات النظامية', en: 'Consultation on regular pathways' },
      description: { ar: 'نقاش إقليمي' },
      originalLanguage: 'ar',
      languages: ['ar', 'en'],
      audience: 'public',
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
      questions: [{ ar: 'ما الممارسات الناجحة؟', en: 'What works?' }, { ar: 'ما العوائق؟' }],
      moderators: moderatorEmail,
      objectives: ['5', '6'],
      countries: ['JOR'],
      ...over,
    });
    const open = at('2026-03-10T10:00:00Z');

    it('lets only a Hub editor create a space; unknown moderators and bad dates are refused beside their fields', async () => {
      const { db } = platform().database;
      expect(await codeOf(createSpace({ db, subject: alice, input: spaceInput() }))).toBe('forbidden:403');
      expect(
        await codeOf(
          createSpace({ db, subject: editor, input: spaceInput({ moderators: 'nobody@example.org' }) }),
        ),
      ).toBe('discussionModeratorUnknown:400');
      expect(
        await codeOf(createSpace({ db, subject: editor, input: spaceInput({ closesOn: '2026-02-01' }) })),
      ).toBe('discussionDatesOutOfOrder:400');
      const space = await createSpace({ db, subject: editor, input: spaceInput() });
      expect(space.opensAt).toEqual(at('2026-03-01T00:00:00Z'));
      expect(space.closesAt).toEqual(at('2026-04-01T00:00:00Z'));
      const view = await getSpace({ db, subject: anonymous, spaceId: space.id, now: open });
      expect(view.questions.map((q) => q.number)).toEqual([1, 2]);
      expect(view.space.objectives).toEqual([5, 6]);
      const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, space.id));
      expect(audit?.action).toBe('hub.discussion.create');
    });

    it('takes posts only while open, threads replies at any depth, and edits within the window (versioned)', async () => {
      const { db } = platform().database;
      const space = await createSpace({ db, subject: editor, input: spaceInput() });
      const { questions } = await getSpace({ db, subject: alice, spaceId: space.id, now: open });
      const q1 = questions[0]!.id;
      const post = (subject: Subject, now: Date, extra: Record<string, unknown> = {}) =>
        postReply({
          db,
          subject,
          spaceId: space.id,
          now,
          input: {
            questionId: q1,
            body: 'رأيي أن **التأشيرات** أولوية',
            format: 'markdown',
            language: 'ar',
            ...extra,
          },
        });
      expect(await codeOf(post(alice, at('2026-02-28T23:59:59Z')))).toBe('discussionNotOpen:409');
      expect(await codeOf(post(alice, at('2026-04-01T00:00:00Z')))).toBe('discussionClosed:409');
      expect(await codeOf(post(anonymous, open))).toBe('forbidden:403');
      const root = await post(alice, open);
      const reply = await post(bob, at('2026-03-10T10:01:00Z'), {
        parentId: root.id,
        body: 'I agree',
        format: 'plain',
        language: 'en',
      });
      const deeper = await post(alice, at('2026-03-10T10:02:00Z'), {
        parentId: reply.id,
        body: 'شكرًا',
        format: 'plain',
      });
      expect([root.depth, reply.depth, deeper.depth]).toEqual([0, 1, 2]);
      expect(await codeOf(post(alice, open, { parentId: root.id, questionId: questions[1]!.id }))).toBe(
        'invalidChoice:400',
      );
      const view = await getSpace({ db, subject: bob, spaceId: space.id, now: open });
      const [thread] = view.questions[0]!.threads;
      expect(thread!.post.id).toBe(root.id);
      expect(thread!.replies.map((r) => r.id)).toEqual([reply.id, deeper.id]);
      expect(thread!.replies[1]!.replyToName).not.toBeNull();
      // Editing: the author, within 30 minutes, with the version read.
      const edit = (subject: Subject, now: Date, expectedVersion = 1) =>
        editPost({
          db,
          subject,
          postId: root.id,
          now,
          expectedVersion,
          input: { body: 'نص مصحَّح', format: 'plain' },
        });
      expect(await codeOf(edit(bob, open))).toBe('forbidden:403');
      expect(await codeOf(edit(alice, at('2026-03-10T10:30:01Z')))).toBe('discussionEditWindowOver:409');
      const edited = await edit(alice, at('2026-03-10T10:20:00Z'));
      expect(edited).toMatchObject({ version: 2, body: 'نص مصحَّح', format: 'plain' });
      expect(await codeOf(edit(alice, at('2026-03-10T10:21:00Z'), 1))).toBe('staleVersion:409');
      const versions = await db
        .select()
        .from(hubDiscussionPostVersions)
        .where(eq(hubDiscussionPostVersions.postId, root.id));
      expect(versions).toMatchObject([{ version: 1, format: 'markdown' }]);
    });

    it('reports go to the moderators; a hidden post shows its reason, leaves the index and the digest', async () => {
      const { db } = platform().database;
      const space = await createSpace({ db, subject: editor, input: spaceInput() });
      const { questions } = await getSpace({ db, subject: alice, spaceId: space.id, now: open });
      const input = (body: string) => ({
        questionId: questions[0]!.id,
        body,
        format: 'plain',
        language: 'ar',
      });
      await followSpace({
        db,
        subject: bob,
        spaceId: space.id,
        input: { frequency: 'daily' },
        now: at('2026-03-09T06:00:00Z'),
      });
      const kept = await postReply({
        db,
        subject: alice,
        spaceId: space.id,
        input: input('مشاركة مفيدة عن العمل اللائق'),
        now: open,
      });
      const abusive = await postReply({
        db,
        subject: alice,
        spaceId: space.id,
        input: input('كلام مسيء زرقاوي'),
        now: open,
      });
      const indexed = async (id: string) =>
        (await db.select({ id: contentItems.id }).from(contentItems).where(eq(contentItems.id, id))).length;
      expect(await indexed(abusive.id)).toBe(1);

      expect(
        await codeOf(reportPost({ db, subject: alice, postId: abusive.id, input: { reason: 'x' } })),
      ).toBe('discussionReportOwnPost:409');
      await reportPost({ db, subject: bob, postId: abusive.id, input: { reason: 'إساءة شخصية' } });
      expect(
        await codeOf(reportPost({ db, subject: bob, postId: abusive.id, input: { reason: 'مرة أخرى' } })),
      ).toBe('discussionAlreadyReported:409');
      expect(await codeOf(reportQueue({ db, subject: bob }))).toBe('forbidden:403');
      const queue = await reportQueue({ db, subject: moderator });
      expect(queue.map((r) => r.post.id)).toContain(abusive.id);

      expect(await codeOf(hidePost({ db, subject: bob, postId: abusive.id, input: { reason: 'x' } }))).toBe(
        'forbidden:403',
      );
      // An outsider's empty form is refused as an outsider, not as a bad form (the check comes first).
      expect(await codeOf(hidePost({ db, subject: bob, postId: abusive.id, input: {} }))).toBe(
        'forbidden:403',
      );
      await hidePost({
        db,
        subject: moderator,
        postId: abusive.id,
        input: { reason: 'إساءة إلى مشارك' },
        now: open,
      });
      expect((await reportQueue({ db, subject: moderator })).map((r) => r.post.id)).not.toContain(abusive.id);
      expect(await indexed(abusive.id)).toBe(0);
      expect(await indexed(kept.id)).toBe(1);
      const view = await getSpace({ db, subject: anonymous, spaceId: space.id, now: open });
      const hidden = view.questions[0]!.threads.find((t) => t.post.id === abusive.id)!.post;
      expect(hidden).toMatchObject({ body: null, hidden: { reason: 'إساءة إلى مشارك' } });
      const actions = (await db.select().from(auditLog).where(eq(auditLog.entityId, abusive.id))).map(
        (a) => a.action,
      );
      expect(actions).toEqual(
        expect.arrayContaining([
          'hub.discussion.post',
          'hub.discussion.post.report',
          'hub.discussion.post.hide',
        ]),
      );

      // The digest the next morning tells the kept post only, in Bob's language, with an unfollow link.
      const before = (await db.select().from(jobs)).length;
      const run = await sendDiscussionDigests({
        db,
        now: at('2026-03-11T06:00:00Z'),
        baseUrl: 'https://marsad.test',
      });
      expect(run.sent).toBeGreaterThanOrEqual(1);
      const mails = (await db.select().from(jobs).where(eq(jobs.kind, 'mail.send'))).slice(before);
      const mail = mails
        .map((j) => j.payload as { subject: string; text: string })
        .find((m) => m.text.includes('/unfollow?token='))!;
      expect(mail.subject).toContain('Consultation on regular pathways');
      expect(mail.text).toContain('مشاركة مفيدة');
      expect(mail.text).not.toContain('زرقاوي');
      // Run again the same day: nothing is due, nothing is sent twice.
      expect(
        (await sendDiscussionDigests({ db, now: at('2026-03-11T07:00:00Z'), baseUrl: 'https://marsad.test' }))
          .due,
      ).toBe(0);
      // Opening the space moves the last look; the unfollow link's token ends the follow.
      await getSpace({ db, subject: bob, spaceId: space.id, now: at('2026-03-11T12:00:00Z') });
      const [follow] = await db
        .select()
        .from(hubDiscussionFollows)
        .where(eq(hubDiscussionFollows.spaceId, space.id));
      expect(follow!.lastLookedAt).toEqual(at('2026-03-11T12:00:00Z'));
      expect(await unfollowSpace({ db, token: follow!.unfollowToken })).toBe(true);
      expect(await unfollowSpace({ db, token: follow!.unfollowToken })).toBe(false);
    });

    it('keeps a closed space readable; its moderator publishes a versioned summary; signed-in spaces stay off public lists', async () => {
      const { db } = platform().database;
      const space = await createSpace({ db, subject: editor, input: spaceInput({ audience: 'signed_in' }) });
      const closed = at('2026-04-02T00:00:00Z');
      expect(await codeOf(getSpace({ db, subject: anonymous, spaceId: space.id, now: closed }))).toBe(
        'notFound:404',
      );
      expect((await getSpace({ db, subject: alice, spaceId: space.id, now: closed })).space.phase).toBe(
        'closed',
      );
      const summary = {
        text: { ar: 'خلص المشاركون إلى…', en: 'Participants concluded…' },
        originalLanguage: 'ar',
      };
      expect(
        await codeOf(
          publishSummary({
            db,
            subject: moderator,
            spaceId: space.id,
            input: summary,
            expectedVersion: 0,
            now: open,
          }),
        ),
      ).toBe('discussionNotClosed:409');
      expect(
        await codeOf(
          publishSummary({
            db,
            subject: alice,
            spaceId: space.id,
            input: summary,
            expectedVersion: 0,
            now: closed,
          }),
        ),
      ).toBe('forbidden:403');
      expect(
        await codeOf(
          publishSummary({
            db,
            subject: alice,
            spaceId: space.id,
            input: {},
            expectedVersion: 0,
            now: closed,
          }),
        ),
      ).toBe('forbidden:403');
      await publishSummary({
        db,
        subject: moderator,
        spaceId: space.id,
        input: summary,
        expectedVersion: 0,
        now: closed,
      });
      expect(
        await codeOf(
          publishSummary({
            db,
            subject: moderator,
            spaceId: space.id,
            input: summary,
            expectedVersion: 0,
            now: closed,
          }),
        ),
      ).toBe('staleVersion:409');
      const second = await publishSummary({
        db,
        subject: moderator,
        spaceId: space.id,
        input: summary,
        expectedVersion: 1,
        now: closed,
      });
      expect(second.version).toBe(2);
      const publicIds = (await listSpaces({ db })).items.map((s) => s.id);
      const signedInIds = (await listSpaces({ db, subject: alice })).items.map((s) => s.id);
      expect(publicIds).not.toContain(space.id);
      expect(signedInIds).toContain(space.id);
      // Editing the space: versioned, and dropping a question keeps its number order.
      const edited = await editSpace({
        db,
        subject: editor,
        spaceId: space.id,
        expectedVersion: 1,
        input: spaceInput({ audience: 'public', questions: [{ ar: 'سؤال واحد' }] }),
      });
      expect(edited.version).toBe(2);
      expect(
        (await listSpaces({ db, filters: { objective: 6, language: 'en' } })).items.map((s) => s.id),
      ).toContain(space.id);
      expect(
        await codeOf(
          editSpace({ db, subject: editor, spaceId: space.id, expectedVersion: 1, input: spaceInput() }),
        ),
      ).toBe('staleVersion:409');
      const [row] = await db
        .execute<{ n: number }>(
          sql`select count(*)::int as n from hub_discussion_questions where space_id = ${space.id}`,
        )
        .then((r) => r.rows);
      expect(Number(row!.n)).toBe(1);
    });

    it('marks a summary older than the newest posts (a space reopened after its summary) as stale', async () => {
      const { db } = platform().database;
      const space = await createSpace({ db, subject: editor, input: spaceInput() });
      const { questions } = await getSpace({ db, subject: editor, spaceId: space.id, now: open });
      const post = (body: string, now: Date) =>
        postReply({
          db,
          subject: alice,
          spaceId: space.id,
          now,
          input: { questionId: questions[0]!.id, body, format: 'plain', language: 'ar' },
        });
      await post('قبل الملخص', open);
      const closed = at('2026-04-02T00:00:00Z');
      await publishSummary({
        db,
        subject: moderator,
        spaceId: space.id,
        input: { text: { ar: 'ملخص أول' }, originalLanguage: 'ar' },
        expectedVersion: 0,
        now: closed,
      });
      const summaryAt = async (now: Date) =>
        (await getSpace({ db, subject: anonymous, spaceId: space.id, now })).summary;
      expect((await summaryAt(closed))?.postsSince).toBe(0);
      // The editor extends the closing date; two posts come in after the summary, one is hidden.
      await editSpace({
        db,
        subject: editor,
        spaceId: space.id,
        expectedVersion: 1,
        input: spaceInput({ closesOn: '2026-04-30' }),
      });
      await post('بعد الملخص', at('2026-04-10T10:00:00Z'));
      const hidden = await post('مشاركة مخفية', at('2026-04-10T11:00:00Z'));
      await hidePost({ db, subject: moderator, postId: hidden.id, input: { reason: 'إساءة' } });
      expect((await summaryAt(at('2026-04-11T00:00:00Z')))?.postsSince).toBe(1);
    });

    it('holds a groups space for the focal points of a region and an organisation: nobody else sees, finds, counts or posts in it', async () => {
      const { db } = platform().database;
      const focalJordan = await subjectOf(
        (await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'JOR' }] })).id,
      );
      const focalFrance = await subjectOf(
        (await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'FRA' }] })).id,
      );
      const orgMember = await createUser(db);
      const org = await createOrganisation(db, { members: [{ userId: orgMember.id }] });
      const member = await subjectOf(orgMember.id);
      const groups = ['role:focal_point@region:LAS', `organisation:${org.id}`];
      expect(
        await codeOf(createSpace({ db, subject: editor, input: spaceInput({ audience: 'groups' }) })),
      ).toBe('discussionAudienceGroupsRequired:400');
      expect(
        await codeOf(
          createSpace({
            db,
            subject: editor,
            input: spaceInput({ audience: 'groups', audienceGroups: ['role:focal_point@region:NOWHERE'] }),
          }),
        ),
      ).toBe('discussionAudienceGroupUnknown:400');
      const space = await createSpace({
        db,
        subject: editor,
        input: spaceInput({
          title: { ar: 'مساحة جهات الاتصال العربية للمسارات' },
          audience: 'groups',
          audienceGroups: groups,
          objectives: ['23'],
        }),
      });
      expect(space.audienceGroups).toEqual(groups);
      const { questions, space: shown } = await getSpace({
        db,
        subject: focalJordan,
        spaceId: space.id,
        now: open,
      });
      expect(shown.groups).toEqual([
        { kind: 'role', role: 'focal_point', place: expect.objectContaining({ en: expect.any(String) }) },
        { kind: 'organisation', name: org.name },
      ]);
      const post = (subject: Subject) =>
        postReply({
          db,
          subject,
          spaceId: space.id,
          now: open,
          input: {
            questionId: questions[0]!.id,
            body: 'تنسيق المسارات الموسمية',
            format: 'plain',
            language: 'ar',
          },
        });
      const posted = await post(focalJordan);
      await post(member);
      for (const outsider of [focalFrance, alice]) expect(await codeOf(post(outsider))).toBe('notFound:404');
      for (const outsider of [focalFrance, alice, anonymous])
        expect(await codeOf(getSpace({ db, subject: outsider, spaceId: space.id, now: open }))).toBe(
          'notFound:404',
        );
      expect(await codeOf(getSpace({ db, subject: moderator, spaceId: space.id, now: open }))).toBe(
        'resolved',
      );
      expect(
        await codeOf(followSpace({ db, subject: alice, spaceId: space.id, input: { frequency: 'daily' } })),
      ).toBe('notFound:404');

      const listed = async (subject: Subject) => (await listSpaces({ db, subject })).items.map((s) => s.id);
      expect(await listed(focalJordan)).toContain(space.id);
      expect(await listed(member)).toContain(space.id);
      expect(await listed(editor)).toContain(space.id);
      for (const outsider of [focalFrance, alice, anonymous])
        expect(await listed(outsider)).not.toContain(space.id);
      const [indexed] = await db.select().from(contentItems).where(eq(contentItems.id, posted.id));
      expect(indexed?.visibility).toBe('restricted');
      const found = async (subject: Subject) =>
        (await searchContent({ db, subject, q: 'المسارات الموسمية', locale: 'ar' })).hits.map((h) => h.id);
      expect(await found(focalJordan)).toContain(posted.id);
      expect(await found(alice)).not.toContain(posted.id);
      expect(await found(anonymous)).not.toContain(posted.id);
      const counts = (await countPublicContent({ db, objective: 23 })).byType;
      expect([counts.discussion, counts.discussion_post]).toEqual([0, 0]);

      // Narrowing the audience (versioned, audited) takes the posts away from the organisation at once.
      await editSpace({
        db,
        subject: editor,
        spaceId: space.id,
        expectedVersion: 1,
        input: spaceInput({ audience: 'groups', audienceGroups: ['role:focal_point@country:JOR'] }),
      });
      expect(await listed(member)).not.toContain(space.id);
      expect(await found(member)).not.toContain(posted.id);
      const [audit] = await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'hub.discussion.edit'))
        .orderBy(sql`${auditLog.id} desc`)
        .limit(1);
      expect(JSON.stringify(audit?.before)).toContain(`organisation:${org.id}`);
      expect(JSON.stringify(audit?.after)).not.toContain(`organisation:${org.id}`);
    });
  });
}
