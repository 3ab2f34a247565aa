import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingWorkshopMaterials } from '#db/schema/index';
import errorsAr from '~/locales/ar/errors.json';
import registrationAr from '~/locales/ar/registration.json';
import workshopsAr from '~/locales/ar/workshops.json';
import { createMeeting } from '~/modules/meetings/create-meeting.server';
import { setMeetingStatus } from '~/modules/meetings/set-meeting-status.server';
import { meetingInput } from '~/modules/meetings/test-fixtures';
import { answerInvitation } from '~/modules/meetings/workshops/answer-invitation.server';
import { inviteFocalPoints } from '~/modules/meetings/workshops/invite-focal-points.server';
import { markAttendance } from '~/modules/meetings/workshops/mark-attendance.server';
import { saveWorkshopStates } from '~/modules/meetings/workshops/save-workshop-states.server';
import { person } from '~/modules/reviews/authoring/test-people';
import { minimalDocx, mzExecutable, textPdf } from '~/platform/uploads/test-files';
import { formField, postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
/** The workshop runs 28–29 March 2026 (Paris time, the fixtures' zone). */
const before = new Date('2026-03-02T09:00:00Z');
const firstDay = new Date('2026-03-28T15:00:00Z');

/**
 * A focal-point workshop over HTTP: its participant exports carry attendance day by day in the
 * reader's language, and its materials are uploaded as real files (type-sniffed, size-limited),
 * stored, listed and downloadable by whom their visibility allows.
 */
describe('workshop exports and materials over HTTP', () => {
  const platform = useTestPlatform();
  let organiser: string;
  let participant: string;
  let outsider: string;
  let meetingId: string;

  beforeAll(async () => {
    const { db } = platform().database;
    const las = await person(db, [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
    const focal = await person(db, [{ role: 'focal_point', scopeId: 'TUN' }], { name: 'Focal Tunisia' });
    const meeting = await createMeeting({
      subject: las.subject,
      input: meetingInput({ kind: 'workshop', startsOn: '2026-03-28', endsOn: '2026-03-29' }),
    });
    meetingId = meeting.id;
    await setMeetingStatus({ subject: las.subject, meetingId, expectedVersion: 1, status: 'published' });
    await saveWorkshopStates({
      subject: las.subject,
      meetingId,
      expectedVersion: 1,
      input: { states: ['TUN'] },
    });
    await inviteFocalPoints({ subject: las.subject, meetingId, now: before });
    const { registration } = await answerInvitation({
      subject: focal.subject,
      meetingId,
      expectedVersion: 1,
      input: { answer: 'accept' },
      now: before,
    });
    await markAttendance({
      subject: las.subject,
      meetingId,
      input: { day: '2026-03-28', marks: { [registration!.id]: 'attended' } },
      now: firstDay,
    });
    organiser = await signIn(las.id);
    participant = await signIn(focal.id);
    outsider = await signIn((await person(db)).id);
  });

  it('exports attendance per day of the workshop in the reader’s language, CSV and XLSX', async () => {
    const csv = await request(`/en/meetings/${meetingId}/participants.csv`, { session: organiser });
    expect(csv.status).toBe(200);
    const [heading, row] = parse(await csv.text(), { bom: true }) as string[][];
    const first = heading!.indexOf('Attendance, Mar 28, 2026');
    expect(first).toBeGreaterThan(0);
    expect(heading![first + 1]).toBe('Attendance, Mar 29, 2026');
    expect(row![heading!.indexOf('Name')]).toBe('Focal Tunisia');
    expect([row![first], row![first + 1]]).toEqual(['Attended', '']);

    const xlsx = await request(`/ar/meetings/${meetingId}/participants.xlsx`, { session: organiser });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const headings = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const day = headings.findIndex((h) =>
      h.startsWith(registrationAr['export.col.attendance'].split('{')[0]!),
    );
    expect(day).toBeGreaterThan(0);
    expect(headings[day]).toContain('٢٨');
    expect(headings[day + 1]).toContain('٢٩');
    const cells = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(cells[day]).toBe(workshopsAr['attendance.mark.attended']);
    expect(cells[day + 1] ?? null).toBeNull();

    // The participants themselves may not export the list.
    expect(
      (await request(`/ar/meetings/${meetingId}/participants.csv`, { session: participant })).status,
    ).toBe(404);
  });

  it('stores real PDF and DOCX materials, refuses a disguised or oversized file, and lists each to whom it may', async () => {
    const upload = (
      session: string,
      file: { bytes: Uint8Array; name: string; type?: string },
      title: string,
      visibility: string,
    ) =>
      postFile(`/ar/meetings/${meetingId}/workshop/materials/upload`, session, file, {
        intent: 'addMaterial',
        'title.ar': title,
        'title.en': '',
        visibility,
      });
    const pdf = textPdf(['Focal point training: the guidance template']);
    const docx = minimalDocx('دليل المنسقين الوطنيين');

    // Outsiders are refused before the upload is read.
    expect((await upload(outsider, { bytes: pdf, name: 'x.pdf' }, 'مادة', 'public')).status).toBe(403);

    const disguised = await upload(
      organiser,
      { bytes: mzExecutable(), name: 'slides.pdf', type: 'application/pdf' },
      'ملف متنكر',
      'public',
    );
    expect(disguised.status).toBe(415);
    const disguisedHtml = visible(await disguised.text());
    expect(formField(disguisedHtml, 'file').error).toContain(errorsAr.fileTypeMismatch.split('.')[0]!);
    expect(formField(disguisedHtml, 'title.ar').input).toContain('value="ملف متنكر"');

    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(pdf);
    const oversized = await upload(
      organiser,
      { bytes: big, name: 'big.pdf', type: 'application/pdf' },
      'كبير',
      'public',
    );
    expect([400, 413]).toContain(oversized.status);

    const participantsOnly = await upload(
      organiser,
      { bytes: pdf, name: 'training.pdf', type: 'application/pdf' },
      'عرض التدريب للمشاركين',
      'participants',
    );
    expect(participantsOnly.status).toBe(302);
    const open = await upload(
      organiser,
      { bytes: docx, name: 'guide.docx' },
      'دليل المنسقين المنشور',
      'public',
    );
    expect(open.status).toBe(302);
    expect(open.headers.get('location')).toBe(`/ar/meetings/${meetingId}/workshop?notice=materialAdded`);

    const { db } = platform().database;
    const stored = await db
      .select({ visibility: meetingWorkshopMaterials.visibility, fileId: meetingWorkshopMaterials.fileId })
      .from(meetingWorkshopMaterials)
      .where(eq(meetingWorkshopMaterials.meetingId, meetingId));
    expect(stored).toHaveLength(2);
    const fileOf = (visibility: string) => stored.find((m) => m.visibility === visibility)!.fileId!;

    const page = async (session?: string) =>
      visible(await (await request(`/ar/meetings/${meetingId}/workshop`, { session })).text());
    const publicPage = await page();
    expect(publicPage).toContain('دليل المنسقين المنشور');
    expect(publicPage).not.toContain('عرض التدريب للمشاركين');
    const participantPage = await page(participant);
    expect(participantPage).toContain('دليل المنسقين المنشور');
    expect(participantPage).toContain('عرض التدريب للمشاركين');

    const download = (fileId: string, session?: string) => request(`/ar/files/${fileId}`, { session });
    const publicFile = await download(fileOf('public'));
    expect(publicFile.status).toBe(200);
    expect(Buffer.from(await publicFile.arrayBuffer()).equals(docx)).toBe(true);
    expect((await download(fileOf('participants'))).status).toBe(404);
    expect((await download(fileOf('participants'), outsider)).status).toBe(404);
    const privateFile = await download(fileOf('participants'), participant);
    expect(privateFile.status).toBe(200);
    expect(privateFile.headers.get('content-type')).toContain('application/pdf');
  });
});
