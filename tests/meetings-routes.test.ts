import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingSessions, meetingSpeakers, meetingStatements, meetings } from '#db/schema/index';
import { createUser } from '#seed/factories';
import errorsAr from '~/locales/ar/errors.json';
import meetingErrorsAr from '~/locales/ar/errors.meetings.json';
import meetingErrorsEn from '~/locales/en/errors.meetings.json';
import { fourPanelForms, validMeetingForm, validStatementForm } from '~/modules/meetings/test-fixtures';
import { formField, postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
const idFrom = (res: Response) => res.headers.get('location')!.replace(/\?.*$/, '').split('/').at(-1)!;

/**
 * The meetings forms over HTTP: fields are named by schema path (`title.ar`,
 * `balanceTargets.minWomenPercent`, `body.ar`), a refusal comes back beside its own field with what
 * was typed kept, and the edit form is filled by the same paths.
 */
describe('meetings forms over HTTP', () => {
  const platform = useTestPlatform();
  let organiser: string;
  let stakeholder: string;

  beforeAll(async () => {
    const { db } = platform().database;
    const las = await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] });
    organiser = await signIn(las.id);
    stakeholder = await signIn((await createUser(db)).id);
  });

  it('creates, edits and fills a meeting by path, refusing each field beside its input', async () => {
    const { db } = platform().database;
    const create = (changes: Record<string, string | string[]>) =>
      request('/ar/meetings/new', {
        session: organiser,
        form: { intent: 'create', ...validMeetingForm, ...changes },
      });

    const untitled = await create({ 'title.ar': '' });
    expect(untitled.status).toBe(400);
    const untitledHtml = visible(await untitled.text());
    expect(formField(untitledHtml, 'title.ar').error).toBe(meetingErrorsAr.meetingTitleRequired);
    expect(formField(untitledHtml, 'title.en').input).toContain(`value="${validMeetingForm['title.en']}"`);

    const tooMany = await create({ 'balanceTargets.minWomenPercent': '١٢٠' });
    expect(tooMany.status).toBe(400);
    const tooManyHtml = visible(await tooMany.text());
    const women = formField(tooManyHtml, 'balanceTargets.minWomenPercent');
    expect(women.input).toContain('value="١٢٠"');
    expect(women.error).toBe(errorsAr.percentOutOfRange);
    expect(formField(tooManyHtml, 'title.ar').input).toContain(`value="${validMeetingForm['title.ar']}"`);

    const created = await create({
      'summary.en': 'Three days in Geneva.',
      'balanceTargets.minWomenPercent': '٤٠',
    });
    expect(created.status).toBe(302);
    const id = idFrom(created);
    const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(row).toMatchObject({
      title: { ar: validMeetingForm['title.ar'], en: validMeetingForm['title.en'] },
      summary: { en: 'Three days in Geneva.' },
      balanceTargets: { minWomenPercent: 40 },
    });

    // The edit form is filled by the same paths.
    const editHtml = visible(await (await request(`/en/meetings/${id}/edit`, { session: organiser })).text());
    expect(formField(editHtml, 'title.ar').input).toContain(`value="${validMeetingForm['title.ar']}"`);
    expect(formField(editHtml, 'balanceTargets.minWomenPercent').input).toContain('value="40"');
    expect(editHtml).toMatch(/<textarea[^>]*name="summary.en"[^>]*>Three days in Geneva.<\/textarea>/);

    const saved = await request(`/en/meetings/${id}/edit`, {
      session: organiser,
      form: {
        intent: 'save',
        version: '1',
        ...validMeetingForm,
        'title.en': 'Regional review conference (edited)',
        'balanceTargets.minWomenPercent': '',
      },
    });
    expect(saved.status).toBe(302);
    const [after] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(after?.title.en).toBe('Regional review conference (edited)');
    expect(after?.balanceTargets).toEqual({});
  });

  it('adds sessions and statements, decides nominations, each refusal beside its field', async () => {
    const { db } = platform().database;
    const created = await request('/en/meetings/new', {
      session: organiser,
      form: { intent: 'create', ...validMeetingForm },
    });
    const id = idFrom(created);
    const page = `/en/meetings/${id}`;

    const untitled = await request(page, {
      session: organiser,
      form: { intent: 'addSession', ...fourPanelForms[0], 'title.ar': '', 'title.en': '' },
    });
    expect(untitled.status).toBe(400);
    const untitledHtml = visible(await untitled.text());
    expect(formField(untitledHtml, 'title.ar').error).toBe(meetingErrorsEn.sessionTitleRequired);
    expect(formField(untitledHtml, 'room').input).toContain('value="القاعة الكبرى"');
    const added = await request(page, {
      session: organiser,
      form: { intent: 'addSession', ...fourPanelForms[0] },
    });
    expect(added.status).toBe(302);
    const [session] = await db.select().from(meetingSessions).where(eq(meetingSessions.meetingId, id));
    expect(session?.title).toEqual({
      ar: fourPanelForms[0]!['title.ar'],
      en: fourPanelForms[0]!['title.en'],
    });

    // A statement is recorded through its upload route (text, a file, or both), as the page's form posts.
    const statementPath = `${page}/statements/upload`;
    const noFile = { bytes: new Uint8Array(), name: '', type: 'application/octet-stream' };
    const silent = await postFile(statementPath, organiser, noFile, {
      intent: 'statement',
      ...validStatementForm,
      'body.ar': '',
    });
    expect(silent.status).toBe(400);
    expect(formField(visible(await silent.text()), 'body.ar').error).toBe(
      meetingErrorsEn.statementTextRequired,
    );
    const recorded = await postFile(statementPath, organiser, noFile, {
      ...validStatementForm,
      'body.en': 'Jordan reaffirms its commitment.',
    });
    expect(recorded.status).toBe(302);
    const [statement] = await db.select().from(meetingStatements).where(eq(meetingStatements.meetingId, id));
    expect(statement?.body).toEqual({
      ar: validStatementForm['body.ar'],
      en: 'Jordan reaffirms its commitment.',
    });

    expect(
      (await request(page, { session: organiser, form: { intent: 'publish', version: '1' } })).status,
    ).toBe(302);
    const nominated = await request(page, {
      session: stakeholder,
      form: {
        intent: 'nominate',
        sessionId: session!.id,
        name: 'ليلى حداد',
        role: 'speaker',
        gender: 'woman',
      },
    });
    expect(nominated.status).toBe(302);
    const [speaker] = await db
      .select()
      .from(meetingSpeakers)
      .where(eq(meetingSpeakers.sessionId, session!.id));
    const decide = (decision: string) =>
      request(page, {
        session: organiser,
        form: { intent: 'decide', speakerId: speaker!.id, version: '1', decision, reason: '' },
      });
    const noReason = await decide('decline');
    expect(noReason.status).toBe(400);
    expect(visible(await noReason.text())).toContain(meetingErrorsEn.declineReasonRequired);
    expect((await decide('accept')).status).toBe(302);
    const [accepted] = await db.select().from(meetingSpeakers).where(eq(meetingSpeakers.id, speaker!.id));
    expect(accepted?.status).toBe('accepted');
  });
});

describe('meeting calendars over HTTP', () => {
  const platform = useTestPlatform();

  it('serves the public calendar and a meeting’s own, with the page links; refuses a bad day', async () => {
    const { db } = platform().database;
    const las = await signIn(
      (await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] })).id,
    );
    const created = await request('/ar/meetings/new', {
      session: las,
      form: { intent: 'create', ...validMeetingForm },
    });
    const id = idFrom(created);

    // A draft: in no calendar, its own not found, no link on its page.
    const empty = await request('/ar/meetings/calendar.ics');
    expect(empty.status).toBe(200);
    expect(empty.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await empty.text()).not.toContain('BEGIN:VEVENT');
    expect((await request(`/ar/meetings/${id}/calendar.ics`)).status).toBe(404);

    const published = await request(`/ar/meetings/${id}`, {
      session: las,
      form: { intent: 'publish', version: '1' },
    });
    expect(published.status).toBe(302);
    const feed = await request('/en/meetings/calendar.ics?kind=review-conference&region=LAS&from=2026-01-01');
    const text = await feed.text();
    expect(text).toContain(`UID:meeting-${id}@`);
    expect(text).toContain('X-WR-CALNAME:Migration review meetings — Regional review conference — ');
    expect(text).toContain('DTSTART;VALUE=DATE:20260328');
    // The same feed for programs at the API's address, in the language asked (English by default).
    const api = await request('/api/v1/meetings.ics?kind=review-conference&region=LAS&from=2026-01-01');
    expect(api.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await api.text()).toBe(text);
    expect(await (await request('/api/v1/meetings.ics?lang=ar&region=LAS')).text()).toContain(
      `UID:meeting-${id}@`,
    );
    expect((await request('/api/v1/meetings.ics?lang=fr')).status).toBe(400);
    const openapi = (await (await request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(openapi.paths).toHaveProperty(['/meetings.ics']);
    const own = await request(`/ar/meetings/${id}/calendar.ics`);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toContain(`meeting-${id}.ics`);

    const badDay = await request('/ar/meetings/calendar.ics?from=2026-02-30');
    expect(badDay.status).toBe(400);
    expect(await badDay.json()).toMatchObject({ error: { code: 'invalidFilter', field: 'from' } });
    expect((await request('/ar/meetings/calendar.ics?region=NOPE')).status).toBe(400);

    const index = visible(await (await request('/ar/meetings?kind=review-conference')).text());
    expect(index).toMatch(/href="webcal:\/\/[^"]+\/ar\/meetings\/calendar\.ics\?kind=review-conference"/);
    expect(index).toContain('href="/ar/meetings/calendar.ics?kind=review-conference"');
    const page = visible(await (await request(`/ar/meetings/${id}`)).text());
    expect(page).toContain(`href="/ar/meetings/${id}/calendar.ics"`);
  });
});
