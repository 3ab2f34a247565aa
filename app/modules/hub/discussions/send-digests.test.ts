import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { roleAssignments } from '#db/schema/accounts';
import { jobs } from '#db/schema/jobs';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import type { Subject } from '~/permissions/resolver';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { createSpace } from './create-space.server';
import { followSpace } from './follow-space.server';
import { getSpace } from './get-space.server';
import { hidePost } from './hide-post.server';
import { postReply } from './post-reply.server';
import { sendDiscussionDigests } from './send-digests.server';

const at = (iso: string) => new Date(iso);

for (const store of testStores) {
  describe(`discussion digests (${store})`, () => {
    const platform = useTestPlatform(store);
    const subjectOf = async (id: string): Promise<Subject> => ({ userId: id, grants: await loadGrants(id) });
    const users: Record<string, { id: string; email: string; subject: Subject }> = {};

    beforeAll(async () => {
      const { db } = platform().database;
      const make = async (
        name: string,
        roles: { role: 'network_secretariat' | 'focal_point'; scopeId?: string }[] = [],
      ) => {
        const u = await createUser(db, { roles, locale: 'ar' });
        users[name] = { id: u.id, email: u.email, subject: await subjectOf(u.id) };
      };
      await make('editor', [{ role: 'network_secretariat' }]);
      await make('alice');
      await make('daily');
      await make('weekly');
      await make('focal', [{ role: 'focal_point', scopeId: 'JOR' }]);
      await make('formerFocal', [{ role: 'focal_point', scopeId: 'JOR' }]);
      await make('otherFocal', [{ role: 'focal_point', scopeId: 'JOR' }]);
    });

    const mailsTo = async (email: string) =>
      (await db().select().from(jobs).where(eq(jobs.kind, 'mail.send')))
        .map((j) => j.payload as { to: string; text: string })
        .filter((m) => m.to === email);
    const db = () => platform().database.db;

    it('sends daily and weekly digests of the posts each follower may read, never hidden or own posts, batch by batch', async () => {
      const input = (over: Record<string, unknown>) => ({
        title: { ar: 'مساحة', en: 'Space' },
        originalLanguage: 'ar',
        languages: ['ar'],
        audience: 'public',
        opensOn: '2026-03-01',
        closesOn: '2026-03-31',
        questions: [{ ar: 'السؤال الأول' }],
        ...over,
      });
      const open = await createSpace({ db: db(), subject: users.editor!.subject, input: input({}) });
      const grouped = await createSpace({
        db: db(),
        subject: users.editor!.subject,
        input: input({ audience: 'groups', audienceGroups: ['role:focal_point@country:JOR'] }),
      });
      const followAt = at('2026-03-09T06:00:00Z');
      const follow = (who: string, spaceId: string, frequency: 'daily' | 'weekly') =>
        followSpace({ db: db(), subject: users[who]!.subject, spaceId, input: { frequency }, now: followAt });
      await follow('daily', open.id, 'daily');
      await follow('weekly', open.id, 'weekly');
      await follow('focal', grouped.id, 'daily');
      await follow('formerFocal', grouped.id, 'daily');
      await follow('otherFocal', grouped.id, 'daily');
      const post = async (who: string, spaceId: string, body: string, now: Date) => {
        // The editor opens the space (a follower who opens it would move their own last look).
        const { questions } = await getSpace({ db: db(), subject: users.editor!.subject, spaceId, now });
        return postReply({
          db: db(),
          subject: users[who]!.subject,
          spaceId,
          now,
          input: { questionId: questions[0]!.id, body, format: 'plain', language: 'ar' },
        });
      };
      await post('alice', open.id, 'مشاركة عامة جديدة', at('2026-03-10T10:00:00Z'));
      await post('daily', open.id, 'مشاركتي أنا', at('2026-03-10T11:00:00Z'));
      const abusive = await post('alice', open.id, 'كلام مخفي', at('2026-03-10T12:00:00Z'));
      await hidePost({
        db: db(),
        subject: users.editor!.subject,
        postId: abusive.id,
        input: { reason: 'إساءة' },
        now: at('2026-03-10T13:00:00Z'),
      });
      await post('focal', grouped.id, 'مشاركة للمجموعة', at('2026-03-10T10:00:00Z'));
      // The former focal point leaves the audience: the space's posts are no longer theirs to read.
      await db()
        .delete(roleAssignments)
        .where(
          and(eq(roleAssignments.userId, users.formerFocal!.id), eq(roleAssignments.role, 'focal_point')),
        );

      const run = (iso: string) =>
        sendDiscussionDigests({ db: db(), now: at(iso), baseUrl: 'https://marsad.test', batchSize: 1 });
      // 23 hours after following is not yet a day (less the hour of slack).
      expect(await run('2026-03-10T04:59:59Z')).toEqual({ sent: 0, due: 0 });
      // The next morning: the four daily follows are due (claimed one per batch), two have news.
      expect(await run('2026-03-11T06:00:00Z')).toEqual({ sent: 2, due: 4 });
      const daily = await mailsTo(users.daily!.email);
      expect(daily).toHaveLength(1);
      expect(daily[0]!.text).toContain('مشاركة عامة جديدة');
      expect(daily[0]!.text).not.toContain('مشاركتي أنا');
      expect(daily[0]!.text).not.toContain('كلام مخفي');
      expect(daily[0]!.text).toContain(`https://marsad.test/ar/hub/discussions/${open.id}`);
      // The focal point wrote the group's only post: nothing new for them; the former one is told nothing.
      expect(await mailsTo(users.focal!.email)).toEqual([]);
      expect(await mailsTo(users.formerFocal!.email)).toEqual([]);
      expect((await mailsTo(users.otherFocal!.email))[0]?.text).toContain('مشاركة للمجموعة');
      expect(await mailsTo(users.weekly!.email)).toEqual([]);
      // Run again the same day: nothing is due, nothing is sent twice.
      expect(await run('2026-03-11T07:00:00Z')).toEqual({ sent: 0, due: 0 });
      // A week after following (less the hour), the weekly digest tells the week's readable posts.
      await post('focal', grouped.id, 'مشاركة ثانية للمجموعة', at('2026-03-12T10:00:00Z'));
      const week = await sendDiscussionDigests({
        db: db(),
        now: at('2026-03-16T05:00:00Z'),
        baseUrl: 'https://marsad.test',
      });
      expect(week.due).toBe(5);
      const weekly = await mailsTo(users.weekly!.email);
      expect(weekly).toHaveLength(1);
      expect(weekly[0]!.text).toContain('مشاركة عامة جديدة');
      expect(weekly[0]!.text).toContain('مشاركتي أنا');
      expect(weekly[0]!.text).not.toContain('كلام مخفي');
      expect(await mailsTo(users.formerFocal!.email)).toEqual([]);
      expect(await mailsTo(users.otherFocal!.email)).toHaveLength(2);
      const [{ n }] = (
        await db().execute<{ n: number }>(
          sql`select count(*)::int as n from hub_discussion_follows where last_sent_at = ${'2026-03-16T05:00:00Z'}::timestamptz`,
        )
      ).rows as [{ n: number }];
      expect(Number(n)).toBe(5);
    });
  });
}
