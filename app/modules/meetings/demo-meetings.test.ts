import { describe, expect, it } from 'vitest';
import { seedDemoMeetings } from '#seed/demo-meetings';
import { createUser } from '#seed/factories';
import { anonymousSubject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { useTestPlatform } from '../../../tests/platform';
import { getMeeting } from './get-meeting.server';
import { listMeetings } from './list-meetings.server';
import { getPublishedDocument } from './outcome/get-documents.server';
import { getWorkshop } from './workshops/get-workshop.server';

describe('sample meetings', () => {
  const platform = useTestPlatform();
  it('load the IMRF 2022 round tables and an Arab regional review covering 23/23, once', async () => {
    const db = platform().database.db as Db;
    await createUser(db, { email: 'network@marsad.test', roles: [{ role: 'network_secretariat' }] });
    expect(await seedDemoMeetings(db)).toBe(true);
    expect(await seedDemoMeetings(db)).toBe(false);
    const { items } = await listMeetings({ subject: anonymousSubject });
    expect(items.map((i) => i.meeting.kind).sort()).toEqual([
      'imrf',
      'mechanism-meeting',
      'review-conference',
      'workshop',
    ]);
    expect(items.every((i) => i.meeting.isSample)).toBe(true);
    const imrf = items.find((i) => i.meeting.kind === 'imrf')!;
    // Round tables 3 and 4 ran in parallel: order them by number.
    const tables = imrf.sessions
      .filter((s) => s.kind === 'round-table')
      .sort((a, b) => (a.title.en! < b.title.en! ? -1 : 1));
    expect(tables.map((t) => t.objectives)).toEqual([
      [2, 5, 6, 12, 18],
      [4, 8, 9, 10, 11, 13, 21],
      [14, 15, 16, 19, 20, 22],
      [1, 3, 7, 17, 23],
    ]);
    expect(tables.map((t) => t.coChairs)).toEqual([['EGY', 'DEU'], [], [], ['MAR', 'AZE']]);
    const review = items.find((i) => i.meeting.kind === 'review-conference')!;
    const view = await getMeeting({ subject: anonymousSubject, meetingId: review.meeting.id });
    expect(view.coverage?.covered).toHaveLength(23);
    // The IMRF's sample Progress Declaration is adopted and says it is sample text.
    const declaration = await getPublishedDocument({
      subject: anonymousSubject,
      meetingId: imrf.meeting.id,
      documentId: 'outcome',
    });
    expect(declaration.document).toMatchObject({ kind: 'progress-declaration', isSample: true });
    expect(declaration.paragraphs.map((p) => p.eId)).toEqual([
      'preamble__para_1',
      'preamble__para_2',
      'para_1',
      'para_2',
      'para_3',
      'para_4',
    ]);
    expect(declaration.paragraphs[0]!.en).toMatch(/^Sample text/);
    // The focal-point workshop is closed with a record flagged as sample, public as aggregates.
    const workshop = items.find((i) => i.meeting.kind === 'workshop')!;
    const { record } = await getWorkshop({ subject: anonymousSubject, meetingId: workshop.meeting.id });
    expect(record).toMatchObject({ isSample: true, trainedTotal: 14, heldFrom: '2020-06-15' });
  }, 60_000);
});
