import { and, eq } from 'drizzle-orm';
import { meetings, users } from '#db/schema/index';
import { meetingSideEvents } from '#db/schema/meeting-side-events';
import { acceptSideEvent } from '~/modules/meetings/side-events/accept-side-event.server';
import { proposeSideEvent } from '~/modules/meetings/side-events/propose-side-event.server';
import { saveSideEventSettings } from '~/modules/meetings/side-events/save-side-event-settings.server';
import type { Subject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';

/**
 * Sample side-event proposals for the sample IMRF 2022, labelled as such: three proposals by the
 * sample organisation and Jordan's focal point, sent in April 2022 while proposals were open, one
 * accepted into the agenda, the others awaiting a decision. Titles, organisers and times are
 * invented. Once: nothing when the meeting already has sample proposals, or is missing.
 */
export async function seedDemoSideEvents(db: Db): Promise<boolean> {
  const [imrf] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.kind, 'imrf'), eq(meetings.isSample, true)))
    .limit(1);
  if (!imrf) return false;
  const [existing] = await db
    .select({ id: meetingSideEvents.id })
    .from(meetingSideEvents)
    .where(and(eq(meetingSideEvents.meetingId, imrf.id), eq(meetingSideEvents.isSample, true)))
    .limit(1);
  if (existing) return false;
  const idOf = async (email: string) =>
    (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1))[0]?.id;
  const [network, ngo, focal] = await Promise.all([
    idOf('network@marsad.test'),
    idOf('ngo@marsad.test'),
    idOf('focal.jo@marsad.test'),
  ]);
  if (!network || !ngo || !focal) return false;
  const organiser: Subject = {
    userId: network,
    grants: [{ role: 'network_secretariat', scopeType: 'global', scopeId: '' }],
  };
  await saveSideEventSettings({
    db,
    subject: organiser,
    meetingId: imrf.id,
    expectedVersion: 0,
    input: { open: 'on', closesOn: '2022-04-30' },
  });
  const now = new Date('2022-04-15T12:00:00Z');
  const propose = (userId: string, input: Record<string, unknown>) =>
    proposeSideEvent({ db, subject: { userId, grants: [] }, meetingId: imrf.id, input, now, isSample: true });
  const accepted = await propose(ngo, {
    title: {
      ar: 'العاملات المهاجرات في قطاع الرعاية (بيانات تجريبية)',
      en: 'Migrant women in care work (sample data)',
    },
    proposingOrganisation: 'منظمة مجتمع مدني (تجريبي)',
    organisers: ['شبكة تجريبية للنقابات', 'Sample Migrant Workers Network'],
    description:
      'فعالية تجريبية: حوار مع عاملات مهاجرات عن الحماية الاجتماعية والعمل اللائق في قطاع الرعاية. Sample event: a dialogue with migrant women on social protection and decent work in care.',
    objectives: ['6', '7', '22'],
    format: 'hybrid',
    preferredDay: '2022-05-18',
    languages: ['ar', 'en'],
  });
  await propose(focal, {
    title: {
      ar: 'خطط التنفيذ الوطنية: تجربة الأردن (بيانات تجريبية)',
      en: 'National implementation plans: the experience of Jordan (sample data)',
    },
    proposingOrganisation: 'وزارة تجريبية — الأردن',
    organisers: ['Sample UN country network'],
    description:
      'فعالية تجريبية: كيف أُعدّت خطة التنفيذ الوطنية مع أصحاب المصلحة. Sample event: building a national implementation plan with stakeholders.',
    objectives: ['1', '23'],
    format: 'in-person',
    preferredDay: '2022-05-19',
    languages: ['ar'],
  });
  await propose(ngo, {
    title: { en: 'Data on remittance costs (sample data)' },
    proposingOrganisation: 'منظمة مجتمع مدني (تجريبي)',
    organisers: [],
    description: 'Sample event: what the cost of sending remittances says about objective 20.',
    objectives: ['20'],
    format: 'online',
    preferredDay: '2022-05-17',
    languages: ['en'],
  });
  await acceptSideEvent({
    db,
    subject: organiser,
    meetingId: imrf.id,
    proposalId: accepted.id,
    expectedVersion: accepted.version,
    input: { day: '2022-05-18', startTime: '13:15', endTime: '14:30', room: 'Conference Room 11' },
    notify: false,
  });
  return true;
}
