import { addBackgroundNote } from '~/modules/meetings/add-background-note.server';
import { createMeeting } from '~/modules/meetings/create-meeting.server';
import { adoptMeetingDocument } from '~/modules/meetings/outcome/adopt-document.server';
import { createMeetingDocument } from '~/modules/meetings/outcome/create-document.server';
import { recordStatement } from '~/modules/meetings/record-statement.server';
import { saveSession } from '~/modules/meetings/save-session.server';
import { setMeetingStatus } from '~/modules/meetings/set-meeting-status.server';
import { fourPanels, meetingInput, validMeetingInput } from '~/modules/meetings/test-fixtures';
import { type Area, everyone } from './types';

/**
 * Meetings: the calendar (its page and iCalendar feeds) and a published meeting are public (the API too); a draft meeting is found
 * only by its organisers (meetings.test.ts checks the 404); creating and
 * editing follow meetings.manage, narrowed to the meeting's region by the meeting policy.
 */
const organisers = ['admin', 'network_secretariat', 'regional_secretariat'] as const;
export const area: Area = {
  rows: [
    { route: ':lang/meetings', url: () => '/ar/meetings?kind=review-conference', allow: everyone },
    {
      route: ':lang/meetings/calendar.ics',
      url: () => '/ar/meetings/calendar.ics?kind=review-conference&region=LAS',
      allow: everyone,
    },
    {
      route: ':lang/meetings/:id/calendar.ics',
      url: (ids) => `/en/meetings/${ids.publishedMeetingId}/calendar.ics`,
      allow: everyone,
    },
    { route: ':lang/meetings/new', url: () => '/en/meetings/new', allow: organisers },
    { route: ':lang/meetings/:id', url: (ids) => `/ar/meetings/${ids.publishedMeetingId}`, allow: everyone },
    {
      route: ':lang/meetings/:id/edit',
      url: (ids) => `/en/meetings/${ids.draftMeetingId}/edit`,
      allow: organisers,
    },
    // The participant list and its exports: the meeting's organisers only; hidden (404) from everyone else.
    ...['', '.csv', '.xlsx'].map((ext) => ({
      route: `:lang/meetings/:id/participants${ext}`,
      url: (ids: Record<string, string>) => `/en/meetings/${ids.publishedMeetingId}/participants${ext}`,
      allow: organisers,
      refused: [404],
    })),
    // A workshop's page is public with its meeting (record and public materials); the organisers'
    // parts (invitees, attendance) are in the same page for them only (workshops.test.ts).
    {
      route: ':lang/meetings/:id/workshop',
      url: (ids) => `/ar/meetings/${ids.workshopMeetingId}/workshop`,
      allow: everyone,
    },
    // Adding a material (its form shown again when refused): the workshop's organisers only.
    {
      route: ':lang/meetings/:id/workshop/materials/upload',
      url: (ids) => `/en/meetings/${ids.workshopMeetingId}/workshop/materials/upload`,
      allow: organisers,
    },
    // Adopted documents and their paragraphs are public with their meeting.
    {
      route: ':lang/meetings/:id/outcome',
      url: (ids) => `/ar/meetings/${ids.publishedMeetingId}/outcome`,
      allow: everyone,
    },
    {
      route: ':lang/meetings/:id/outcome/paragraphs/:eId',
      url: (ids) => `/ar/meetings/${ids.publishedMeetingId}/outcome/paragraphs/para_1`,
      allow: everyone,
    },
    {
      route: ':lang/meetings/:id/summaries/:documentId',
      url: (ids) => `/en/meetings/${ids.publishedMeetingId}/summaries/${ids.summaryId}`,
      allow: everyone,
    },
    {
      route: ':lang/meetings/:id/summaries/:documentId/paragraphs/:eId',
      url: (ids) => `/en/meetings/${ids.publishedMeetingId}/summaries/${ids.summaryId}/paragraphs/para_2`,
      allow: everyone,
    },
    // The documents' workspace: the organisers, and the focal points of participating states (Jordan).
    {
      route: ':lang/meetings/:id/documents',
      url: (ids) => `/ar/meetings/${ids.publishedMeetingId}/documents`,
      allow: [...organisers, 'focal_point'],
    },
    {
      route: ':lang/meetings/:id/documents/:documentId',
      url: (ids) => `/ar/meetings/${ids.publishedMeetingId}/documents/${ids.outcomeId}`,
      allow: [...organisers, 'focal_point'],
    },
    // A session's background notes and the statement upload form: the meeting's organisers only.
    {
      route: ':lang/meetings/:id/sessions/:sessionId/notes/upload',
      url: (ids) => `/en/meetings/${ids.publishedMeetingId}/sessions/${ids.sessionId}/notes/upload`,
      allow: organisers,
    },
    {
      route: ':lang/meetings/:id/statements/upload',
      url: (ids) => `/ar/meetings/${ids.publishedMeetingId}/statements/upload`,
      allow: organisers,
    },
    { route: ':lang/statements', url: () => '/ar/statements?objective=7&language=ar', allow: everyone },
    { route: ':lang/statements/:id', url: (ids) => `/en/statements/${ids.statementId}`, allow: everyone },
    { route: 'api/v1/statements', url: () => '/api/v1/statements?country=JOR', allow: everyone },
    { route: 'api/v1/meetings', url: () => '/api/v1/meetings?kind=review-conference', allow: everyone },
    { route: 'api/v1/meetings.ics', url: () => '/api/v1/meetings.ics?lang=ar&region=LAS', allow: everyone },
    {
      route: 'api/v1/meetings/:id',
      url: (ids) => `/api/v1/meetings/${ids.publishedMeetingId}`,
      allow: everyone,
    },
  ],
  async setup({ db, userIds }) {
    const subject = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const published = await createMeeting({ db, subject, input: validMeetingInput });
    const session = await saveSession({ db, subject, meetingId: published.id, input: fourPanels[0] });
    const note = await addBackgroundNote({
      db,
      subject,
      meetingId: published.id,
      sessionId: session.id,
      input: { title: { en: 'Concept note' }, url: 'https://example.org/concept-note' },
    });
    const statement = await recordStatement({
      db,
      subject,
      meetingId: published.id,
      input: {
        speakerKind: 'state',
        countryIso3: 'JOR',
        language: 'ar',
        deliveredOn: '2026-03-29',
        body: { ar: 'بيان' },
      },
    });
    await setMeetingStatus({ db, subject, meetingId: published.id, expectedVersion: 1, status: 'published' });
    const [outcome, summary] = [
      await createMeetingDocument({
        db,
        subject,
        meetingId: published.id,
        input: {
          kind: 'conference-outcome',
          title: { ar: 'الرسائل الرئيسية' },
          body: { ar: 'أولى.\n\nثانية.' },
        },
      }),
      await createMeetingDocument({
        db,
        subject,
        meetingId: published.id,
        input: { kind: 'chairs-summary', title: { ar: 'موجز الرئيس' }, body: { ar: 'أولى.\n\nثانية.' } },
      }),
    ];
    for (const doc of [outcome, summary]) {
      await adoptMeetingDocument({
        db,
        subject,
        meetingId: published.id,
        documentId: doc.id,
        expectedVersion: 1,
      });
    }
    const draft = await createMeeting({ db, subject, input: validMeetingInput });
    const workshop = await createMeeting({ db, subject, input: meetingInput({ kind: 'workshop' }) });
    await setMeetingStatus({ db, subject, meetingId: workshop.id, expectedVersion: 1, status: 'published' });
    return {
      publishedMeetingId: published.id,
      draftMeetingId: draft.id,
      workshopMeetingId: workshop.id,
      statementId: statement.id,
      sessionId: session.id,
      backgroundNoteId: note.id,
      outcomeId: outcome.id,
      summaryId: summary.id,
    };
  },
};
