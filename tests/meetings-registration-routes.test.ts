import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingRegistrations } from '#db/schema/index';
import { createUser } from '#seed/factories';
import errorsAr from '~/locales/ar/errors.registration.json';
import registrationAr from '~/locales/ar/registration.json';
import { createMeeting } from '~/modules/meetings/create-meeting.server';
import { setMeetingStatus } from '~/modules/meetings/set-meeting-status.server';
import { meetingInput } from '~/modules/meetings/test-fixtures';
import { person } from '~/modules/reviews/authoring/test-people';
import { formField, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts. */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

/** A meeting next year, so registration is open whatever day the test runs. */
const nextYear = new Date().getUTCFullYear() + 1;

/**
 * Registration over HTTP: the organisers' settings form (refusals beside their fields, typed input
 * kept), registering and cancelling from the meeting page, the participant list and its CSV/XLSX
 * exports for the organisers only (404 to everyone else, sign-in for visitors).
 */
describe('meeting registration over HTTP', () => {
  const platform = useTestPlatform();
  let organiser: string;
  let alice: { id: string; session: string; email: string };
  let bob: { id: string; session: string; email: string };
  let stranger: string;
  let meetingId: string;

  beforeAll(async () => {
    const { db } = platform().database;
    const las = await person(db, [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
    organiser = await signIn(las.id);
    const ece = await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'ECE' }] });
    stranger = await signIn(ece.id);
    const a = await createUser(db, { name: 'ليلى حداد' });
    const b = await createUser(db, { name: 'Omar Saleh' });
    alice = { id: a.id, session: await signIn(a.id), email: a.email };
    bob = { id: b.id, session: await signIn(b.id), email: b.email };
    const meeting = await createMeeting({
      db,
      subject: las.subject,
      input: meetingInput({ startsOn: `${nextYear}-03-28`, endsOn: `${nextYear}-03-30` }),
    });
    await setMeetingStatus({
      db,
      subject: las.subject,
      meetingId: meeting.id,
      expectedVersion: 1,
      status: 'published',
    });
    meetingId = meeting.id;
  });

  it('takes the organisers’ settings, refusing a bad field beside it and keeping the input', async () => {
    const page = `/ar/meetings/${meetingId}/participants`;
    const settings = (changes: Record<string, string>) =>
      request(page, {
        session: organiser,
        form: {
          intent: 'settings',
          version: '0',
          open: 'on',
          capacity: '1',
          approvalRequired: 'on',
          reminderDays: '2',
          ...changes,
        },
      });
    const bad = await settings({ capacity: 'عشرة' });
    expect(bad.status).toBe(400);
    const html = visible(await bad.text());
    // The limits in the reader's digits (Arabic-Indic by default on Arabic pages).
    expect(formField(html, 'capacity').error).toBe(
      'أدخل عدد المقاعد عددًا صحيحًا من ٠ إلى ١٠٠٬٠٠٠، أو اتركه فارغًا لعدد غير محدود.',
    );
    expect(formField(html, 'capacity').input).toContain('value="عشرة"');
    const backwards = await settings({ opensOn: `${nextYear}-02-01`, closesOn: `${nextYear}-01-01` });
    expect(backwards.status).toBe(400);
    const backwardsHtml = visible(await backwards.text());
    expect(formField(backwardsHtml, 'closesOn').error).toBe(errorsAr.registrationWindowOutOfOrder);
    expect(formField(backwardsHtml, 'opensOn').input).toContain(`value="${nextYear}-02-01"`);
    const saved = await settings({});
    expect(saved.status).toBe(302);
    expect(saved.headers.get('location')).toContain('notice=settingsSaved');
    // Nobody else sees or sets them: 404, and a visitor is sent to sign in.
    expect((await request(page, { session: stranger })).status).toBe(404);
    expect((await request(page, { session: alice.session })).status).toBe(404);
    const anonymous = await request(page);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toContain('/sign-in');
  });

  it('registers from the meeting page, keeps a waiting list, and lets the organisers decide and export', async () => {
    const page = `/ar/meetings/${meetingId}`;
    const register = (session: string, fields: Record<string, string> = {}) =>
      request(page, {
        session,
        form: { intent: 'register', organisation: 'شبكة المهاجرين', countryIso3: 'JOR', ...fields },
      });

    // The reader sees places left before registering.
    const before = visible(await (await request(page, { session: alice.session })).text());
    expect(before).toContain(registrationAr['state.open']);
    expect(before).toContain('بقي مقعد واحد.');

    const refused = await register(alice.session, { interpretationLanguage: 'zh' });
    // A language the meeting is not interpreted into: refused beside its field (422, a rule of the meeting).
    expect(refused.status).toBe(422);
    const refusedHtml = visible(await refused.text());
    expect(formField(refusedHtml, 'interpretationLanguage').error).not.toBe('');
    expect(formField(refusedHtml, 'organisation').input).toContain('value="شبكة المهاجرين"');
    expect(
      (await register(alice.session, { interpretationLanguage: 'en', accessibilityNeeds: 'كرسي متحرك' }))
        .status,
    ).toBe(302);
    expect((await register(bob.session)).status).toBe(302);
    const bobsPage = visible(await (await request(page, { session: bob.session })).text());
    expect(bobsPage).toContain(registrationAr['mine.waitlisted']);
    expect(bobsPage).toContain('ترتيبك في القائمة: ١.');

    // The organisers approve Alice; the list counts per status and filters.
    const { db } = platform().database;
    const [aliceRow] = await db
      .select()
      .from(meetingRegistrations)
      .where(eq(meetingRegistrations.userId, alice.id));
    const list = `/ar/meetings/${meetingId}/participants`;
    const decided = await request(list, {
      session: organiser,
      form: {
        intent: 'decide',
        registrationId: aliceRow!.id,
        version: String(aliceRow!.version),
        decision: 'approve',
      },
    });
    expect(decided.status).toBe(302);
    const waiting = visible(
      await (await request(`${list}?status=waitlisted`, { session: organiser })).text(),
    );
    expect(waiting).toContain('Omar Saleh');
    expect(waiting).not.toContain('ليلى حداد');

    const csv = await request(`${list}.csv`, { session: organiser });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...records] = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    expect(head!.slice(0, 4)).toEqual(['الاسم', 'البريد الإلكتروني', 'الحالة', 'الترتيب في قائمة الانتظار']);
    const byName = new Map(records.map((r) => [r[0], r]));
    expect(byName.get('ليلى حداد')!.slice(2, 9)).toEqual([
      'مؤكَّد',
      '',
      'شبكة المهاجرين',
      'الأردن',
      '',
      'كرسي متحرك',
      'الإنجليزية',
    ]);
    expect(byName.get('Omar Saleh')!.slice(2, 4)).toEqual(['على قائمة الانتظار', '1']);
    expect((await request(`${list}.csv?status=nonsense`, { session: organiser })).status).toBe(400);

    const xlsx = await request(`/en${list.slice(3)}.xlsx?status=confirmed`, { session: organiser });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Participants');
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('Confirmed');
    for (const session of [stranger, alice.session]) {
      expect((await request(`${list}.csv`, { session })).status).toBe(404);
      expect((await request(`${list}.xlsx`, { session })).status).toBe(404);
    }

    // Alice cancels: Bob moves up (to pending: approval is required) and sees it.
    const version = (
      await db.select().from(meetingRegistrations).where(eq(meetingRegistrations.userId, alice.id))
    )[0]!.version;
    const cancelled = await request(page, {
      session: alice.session,
      form: { intent: 'cancelRegistration', version: String(version) },
    });
    expect(cancelled.status).toBe(302);
    expect(visible(await (await request(page, { session: bob.session })).text())).toContain(
      registrationAr['mine.pending'],
    );
  });
});
