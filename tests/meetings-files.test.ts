import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { files, meetingBackgroundNotes, meetingStatements } from '#db/schema/index';
import { createUser } from '#seed/factories';
import meetingErrorsEn from '~/locales/en/errors.meetings.json';
import { createMeeting } from '~/modules/meetings/create-meeting.server';
import { adoptMeetingDocument } from '~/modules/meetings/outcome/adopt-document.server';
import { createMeetingDocument } from '~/modules/meetings/outcome/create-document.server';
import { saveSession } from '~/modules/meetings/save-session.server';
import { setMeetingStatus } from '~/modules/meetings/set-meeting-status.server';
import { fourPanels, validMeetingInput, validStatementForm } from '~/modules/meetings/test-fixtures';
import { mzExecutable, textPdf } from '~/platform/uploads/test-files';
import { formField, postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers read by path
type Json = Record<string, any>;
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
const admin = {
  userId: '',
  grants: [{ role: 'network_secretariat' as const, scopeType: 'global' as const, scopeId: '' }],
};

/**
 * Files on meetings over HTTP: a session's background notes (a file or a link, listed under the
 * session on the agenda, in the API, downloadable with the meeting), and a statement given as a file
 * whose text is kept for search. Outsiders are refused before the upload is read.
 */
describe('background notes and statement files', () => {
  const platform = useTestPlatform();
  let organiser: string;
  let outsider: string;
  let meetingId: string;
  let draftId: string;
  let sessionId: string;
  let draftSessionId: string;

  beforeAll(async () => {
    const { db } = platform().database;
    const las = await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] });
    organiser = await signIn(las.id);
    outsider = await signIn((await createUser(db)).id);
    const subject = { ...admin, userId: las.id };
    const meeting = await createMeeting({ db, subject, input: validMeetingInput });
    sessionId = (await saveSession({ db, subject, meetingId: meeting.id, input: fourPanels[0] })).id;
    await setMeetingStatus({ db, subject, meetingId: meeting.id, expectedVersion: 1, status: 'published' });
    const summary = await createMeetingDocument({
      db,
      subject,
      meetingId: meeting.id,
      input: { kind: 'chairs-summary', title: { ar: 'موجز الرئيس' }, body: { ar: 'أولى.\n\nثانية.' } },
    });
    await adoptMeetingDocument({
      db,
      subject,
      meetingId: meeting.id,
      documentId: summary.id,
      expectedVersion: 1,
    });
    // A second document that stays a draft: never in the API.
    await createMeetingDocument({
      db,
      subject,
      meetingId: meeting.id,
      input: { kind: 'conference-outcome', title: { ar: 'مسودة' }, body: { ar: 'نص.' } },
    });
    meetingId = meeting.id;
    const draft = await createMeeting({ db, subject, input: validMeetingInput });
    draftId = draft.id;
    draftSessionId = (await saveSession({ db, subject, meetingId: draft.id, input: fourPanels[0] })).id;
  });

  const notesPath = (meeting: string, session: string) =>
    `/en/meetings/${meeting}/sessions/${session}/notes/upload`;
  const pdf = (text: string) => ({
    bytes: textPdf([text]),
    name: 'concept-note.pdf',
    type: 'application/pdf',
  });

  it('adds a file note and a link note, shown under the session, in the API and downloadable', async () => {
    const { db } = platform().database;
    const added = await postFile(
      notesPath(meetingId, sessionId),
      organiser,
      pdf('Concept note for panel one'),
      {
        'title.ar': 'مذكرة مفاهيمية',
        'title.en': 'Concept note',
      },
    );
    expect(added.status).toBe(302);
    const link = await postFile(
      notesPath(meetingId, sessionId),
      organiser,
      { bytes: new Uint8Array(), name: '', type: 'application/octet-stream' },
      { 'title.en': 'Programme', url: 'https://example.org/programme' },
    );
    expect(link.status).toBe(302);
    const notes = await db
      .select()
      .from(meetingBackgroundNotes)
      .where(eq(meetingBackgroundNotes.sessionId, sessionId));
    expect(notes.map((n) => n.title.en).sort()).toEqual(['Concept note', 'Programme']);
    const fileNote = notes.find((n) => n.fileId)!;

    const page = visible(await (await request(`/ar/meetings/${meetingId}`)).text());
    expect(page).toContain(`/ar/files/${fileNote.fileId}`);
    expect(page).toContain('https://example.org/programme');
    const download = await request(`/ar/files/${fileNote.fileId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');

    const api = (await (await request(`/api/v1/meetings/${meetingId}`)).json()) as Json;
    const session = api.data.sessions.find((s: Json) => s.id === sessionId);
    expect(session.backgroundNotes).toEqual(
      expect.arrayContaining([
        {
          id: fileNote.id,
          title: { ar: 'مذكرة مفاهيمية', en: 'Concept note' },
          kind: 'file',
          url: `/ar/files/${fileNote.fileId}`,
          fileName: 'concept-note.pdf',
        },
        expect.objectContaining({ kind: 'link', url: 'https://example.org/programme', fileName: null }),
      ]),
    );
    // Only the adopted summary: the draft outcome is nobody's business outside the workspace.
    expect(api.data.documents).toEqual([
      expect.objectContaining({
        kind: 'chairs-summary',
        status: 'adopted',
        title: { ar: 'موجز الرئيس', en: null },
      }),
    ]);
    expect(api.data.documents[0].url).toMatch(new RegExp(`^/ar/meetings/${meetingId}/summaries/`));
  });

  it('refuses a note without a title, with both a file and a link, or with a program, keeping what was typed', async () => {
    const { db } = platform().database;
    const before = (await db.select().from(files)).length;
    const both = await postFile(notesPath(meetingId, sessionId), organiser, pdf('x'), {
      'title.en': 'Both at once',
      url: 'https://example.org/both',
    });
    expect(both.status).toBe(400);
    const bothHtml = visible(await both.text());
    expect(formField(bothHtml, 'file').error).toBe(meetingErrorsEn.backgroundNoteFileOrLink);
    expect(formField(bothHtml, 'title.en').input).toContain('value="Both at once"');
    const untitled = await postFile(notesPath(meetingId, sessionId), organiser, pdf('x'), { 'title.en': '' });
    expect(untitled.status).toBe(400);
    expect(formField(visible(await untitled.text()), 'title.ar').error).toBe(
      meetingErrorsEn.backgroundNoteTitleRequired,
    );
    const program = await postFile(
      notesPath(meetingId, sessionId),
      organiser,
      { bytes: mzExecutable(), name: 'note.pdf', type: 'application/pdf' },
      { 'title.en': 'Not a PDF' },
    );
    expect(program.status).toBe(415);
    expect((await db.select().from(files)).length).toBe(before);
  });

  it('refuses outsiders before reading the upload, and keeps a draft meeting’s notes from the public', async () => {
    const { db } = platform().database;
    const before = (await db.select().from(files)).length;
    const outside = await postFile(notesPath(meetingId, sessionId), outsider, pdf('x'), {
      'title.en': 'Mine',
    });
    expect(outside.status).toBe(403);
    const statement = await postFile(`/en/meetings/${meetingId}/statements/upload`, outsider, pdf('x'), {
      ...validStatementForm,
      objectives: '5',
    });
    expect(statement.status).toBe(403);
    expect((await request(notesPath(meetingId, sessionId), { session: outsider })).status).toBe(403);
    expect((await request(notesPath(draftId, draftSessionId), { session: outsider })).status).toBe(404);
    expect((await db.select().from(files)).length).toBe(before);

    const draftNote = await postFile(notesPath(draftId, draftSessionId), organiser, pdf('Draft note'), {
      'title.en': 'Draft note',
    });
    expect(draftNote.status).toBe(302);
    const [note] = await db
      .select()
      .from(meetingBackgroundNotes)
      .where(eq(meetingBackgroundNotes.sessionId, draftSessionId));
    expect((await request(`/ar/files/${note!.fileId}`)).status).toBe(404);
    expect((await request(`/ar/files/${note!.fileId}`, { session: outsider })).status).toBe(404);
    expect((await request(`/ar/files/${note!.fileId}`, { session: organiser })).status).toBe(200);
    expect((await request(`/api/v1/meetings/${draftId}`)).status).toBe(404);
  });

  it('removes a note at the version seen, refusing a stale one', async () => {
    const { db } = platform().database;
    const [note] = await db
      .select()
      .from(meetingBackgroundNotes)
      .where(eq(meetingBackgroundNotes.sessionId, sessionId));
    const stale = await request(notesPath(meetingId, sessionId), {
      session: organiser,
      form: { intent: 'remove', noteId: note!.id, version: '7' },
    });
    expect(stale.status).toBe(409);
    const removed = await request(notesPath(meetingId, sessionId), {
      session: organiser,
      form: { intent: 'remove', noteId: note!.id, version: String(note!.version) },
    });
    expect(removed.status).toBe(302);
    const left = await db
      .select()
      .from(meetingBackgroundNotes)
      .where(eq(meetingBackgroundNotes.id, note!.id));
    expect(left).toEqual([]);
  });

  it('records a statement given as a file only, downloadable, its text kept for search', async () => {
    const { db } = platform().database;
    const path = `/en/meetings/${meetingId}/statements/upload`;
    const silent = await postFile(
      path,
      organiser,
      { bytes: new Uint8Array(), name: '', type: 'application/octet-stream' },
      // As the meeting page's form sends it (its intent names the form that shows the refusal).
      { intent: 'statement', ...validStatementForm, 'body.ar': '', objectives: '5' },
    );
    expect(silent.status).toBe(400);
    const silentHtml = visible(await silent.text());
    expect(formField(silentHtml, 'body.ar').error).toBe(meetingErrorsEn.statementTextRequired);
    expect(formField(silentHtml, 'title.ar').input).toContain(`value="${validStatementForm['title.ar']}"`);

    const recorded = await postFile(path, organiser, pdf('Jordan protects migrant workers'), {
      ...validStatementForm,
      'body.ar': '',
      objectives: '5',
    });
    expect(recorded.status).toBe(302);
    expect(recorded.headers.get('location')).toBe(`/en/meetings/${meetingId}?notice=statementRecorded`);
    const [statement] = await db
      .select()
      .from(meetingStatements)
      .where(eq(meetingStatements.meetingId, meetingId));
    expect(statement?.fileId).toBeTruthy();
    expect(statement?.extractedText).toContain('Jordan protects migrant workers');
    const page = visible(await (await request(`/en/statements/${statement!.id}`)).text());
    expect(page).toContain(`/en/files/${statement!.fileId}`);
    expect((await request(`/en/files/${statement!.fileId}`)).status).toBe(200);
  });
});
