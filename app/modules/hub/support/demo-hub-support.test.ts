import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobs, supportRequests, users } from '#db/schema/index';
import { seedDemo } from '#seed/demo';
import { loadGrants } from '~/modules/accounts/session.server';
import { listExperts } from '~/modules/hub/experts/list-experts.server';
import { useTestPlatform } from '../../../../tests/platform';
import { getHubSupportRequest } from './list-hub-support.server';
import { suggestMatches } from './suggest-matches.server';

describe('sample experts and requests for support (seedDemo)', () => {
  const platform = useTestPlatform();

  it('loads vetted bilingual sample experts and three requests with their timelines, mailing nobody', async () => {
    const db = platform().database.db;
    await seedDemo(db);
    const experts = await listExperts({ db });
    expect(experts.total).toBeGreaterThanOrEqual(4);
    expect(experts.items.every((e) => e.isSample)).toBe(true);
    expect(experts.items.some((e) => e.biography.ar && e.biography.en)).toBe(true);
    expect(JSON.stringify(experts)).not.toContain('@marsad.test');

    const requests = await db.select().from(supportRequests).where(eq(supportRequests.subjectType, 'hub'));
    expect(requests.map((r) => r.status).sort()).toEqual(['accepted', 'closed', 'in_progress']);
    expect(requests.every((r) => r.topic.en?.includes('sample') && r.isSample)).toBe(true);
    expect(await db.select().from(jobs).where(eq(jobs.kind, 'mail.send'))).toEqual([]);

    const [focal] = await db.select().from(users).where(eq(users.email, 'focal.jo@marsad.test'));
    const assigned = requests.find((r) => r.status === 'in_progress')!;
    const view = await getHubSupportRequest({
      db,
      subject: { userId: focal!.id, grants: await loadGrants(focal!.id) },
      requestId: assigned.id,
    });
    expect(view.events.map((e) => e.kind)).toEqual(['created', 'accepted', 'assigned']);
    expect(assigned.assignedExpertId).toBeTruthy();
    // The sample Hub answers it: the assigned expert, resources and practices are suggested.
    const matches = await suggestMatches({
      db,
      request: {
        objectives: assigned.objectives,
        countryIso3: assigned.countryIso3,
        languages: assigned.languages,
      },
    });
    expect(matches.experts.map((m) => m.item.id)).toContain(assigned.assignedExpertId);
    expect(matches.resources.length).toBeGreaterThan(0);
  });
});
