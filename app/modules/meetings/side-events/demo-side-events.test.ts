import { describe, expect, it } from 'vitest';
import { seedDemoMeetings } from '#seed/demo-meetings';
import { seedDemoSideEvents } from '#seed/demo-side-events';
import { createUser } from '#seed/factories';
import { anonymousSubject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { useTestPlatform } from '../../../../tests/platform';
import { listMeetings } from '../list-meetings.server';
import { listSideEvents } from './list-side-events.server';

describe('sample side events', () => {
  const platform = useTestPlatform();
  it('give the sample IMRF three labelled proposals, one accepted into its agenda, once', async () => {
    const db = platform().database.db as Db;
    await createUser(db, { email: 'network@marsad.test', roles: [{ role: 'network_secretariat' }] });
    // Without the sample meetings and accounts there is nothing to attach them to.
    expect(await seedDemoSideEvents(db)).toBe(false);
    await createUser(db, { email: 'ngo@marsad.test' });
    await createUser(db, { email: 'focal.jo@marsad.test', roles: [{ role: 'focal_point', scopeId: 'JOR' }] });
    expect(await seedDemoMeetings(db)).toBe(true);
    expect(await seedDemoSideEvents(db)).toBe(true);
    expect(await seedDemoSideEvents(db)).toBe(false);
    const imrf = (await listMeetings({ subject: anonymousSubject })).items.find(
      (i) => i.meeting.kind === 'imrf',
    )!;
    const view = await listSideEvents({ subject: anonymousSubject, meetingId: imrf.meeting.id });
    expect(view.programme).toHaveLength(1);
    expect(view.programme[0]).toMatchObject({ isSample: true, status: 'accepted' });
    expect(view.programme[0]!.title.en).toContain('(sample data)');
    expect(view.programme[0]!.slot?.room).toBe('Conference Room 11');
    // The accepted one is in the agenda, as a side-event session.
    expect(imrf.sessions.filter((s) => s.kind === 'side-event')).toHaveLength(1);
    const organisers = await listSideEvents({
      subject: { userId: null, grants: [{ role: 'network_secretariat', scopeType: 'global', scopeId: '' }] },
      meetingId: imrf.meeting.id,
    });
    expect(organisers.queue?.map((p) => p.status).sort()).toEqual(['accepted', 'pending', 'pending']);
    expect(organisers.queue?.every((p) => p.isSample)).toBe(true);
  });
});
