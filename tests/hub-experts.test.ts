import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hubExpertMessages, jobs } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { saveExpertProfile } from '~/modules/hub/experts/save-expert-profile.server';
import { vetExpert } from '~/modules/hub/experts/vet-expert.server';
import { request, signIn } from './http';
import { expertInput } from './hub-experts-fixtures';
import { useTestPlatform } from './platform';

describe('the expert database over HTTP', () => {
  const platform = useTestPlatform();

  async function setup() {
    const { db } = platform().database;
    const editorUser = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    const editor = { userId: editorUser.id, grants: await loadGrants(editorUser.id) };
    const made = async (overrides: Record<string, unknown>, approve: boolean) => {
      const user = await createUser(db);
      const subject = { userId: user.id, grants: await loadGrants(user.id) };
      const row = await saveExpertProfile({ db, subject, input: expertInput(overrides) });
      if (approve)
        await vetExpert({
          db,
          subject: editor,
          expertId: row.id,
          expectedVersion: 1,
          input: { decision: 'approve' },
        });
      return { row, user };
    };
    const approved = await made(
      { name: 'Approved Expert', contactEmail: 'approved.secret@example.org' },
      true,
    );
    const pending = await made({ name: 'Pending Expert', contactEmail: 'pending.secret@example.org' }, false);
    return { approved, pending, editorUser };
  }

  it('serves approved experts only, never an e-mail or a telephone, in the API and on the pages', async () => {
    const { approved, pending } = await setup();
    const res = await request('/api/v1/experts?objective=6&language=ar&country=JOR');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { id: string; name: string }[]; page: { total: number } };
    expect(body.page.total).toBe(1);
    expect(body.data.map((e) => e.name)).toEqual(['Approved Expert']);
    const raw = JSON.stringify(body);
    expect(raw).not.toMatch(/secret@example\.org|telephone|contactEmail|email|555 0101/i);
    expect((await request('/api/v1/experts?language=xx')).status).toBe(400);
    expect((await request('/api/v1/experts?objective=99')).status).toBe(400);
    const doc = (await (await request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/experts']).toBeTruthy();

    const list = await (await request('/ar/hub/experts')).text();
    expect(list).toContain('Approved Expert');
    expect(list).not.toContain('Pending Expert');
    const page = await request(`/ar/hub/experts/${approved.row.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/secret@example\.org|555 0101/);
    // The unvetted profile does not exist for the public, nor for another signed-in person.
    expect((await request(`/ar/hub/experts/${pending.row.id}`)).status).toBe(404);
    const stranger = await signIn((await createUser(platform().database.db)).id);
    expect((await request(`/ar/hub/experts/${pending.row.id}`, { session: stranger })).status).toBe(404);
    expect(
      (await request(`/ar/hub/experts/${pending.row.id}`, { session: await signIn(pending.user.id) })).status,
    ).toBe(200);
  }, 90_000);

  it('sends a message through the platform from the expert page; the export is the expert’s JSON', async () => {
    const { db } = platform().database;
    const { approved } = await setup();
    const sender = await signIn((await createUser(db)).id);
    const sent = await request(`/ar/hub/experts/${approved.row.id}`, {
      session: sender,
      form: { intent: 'message', subject: 'سؤال', body: 'هل يمكنك مساعدتنا في إعداد خطة وطنية؟' },
    });
    expect(sent.status).toBe(302);
    expect(sent.headers.get('location')).toContain('notice=sent');
    expect(
      await db.select().from(hubExpertMessages).where(eq(hubExpertMessages.expertId, approved.row.id)),
    ).toHaveLength(1);
    const mail = (await db.select().from(jobs).where(eq(jobs.kind, 'mail.send'))).find(
      (j) => (j.payload as { to: string }).to === 'approved.secret@example.org',
    );
    expect(mail).toBeTruthy();
    const after = await (
      await request(`/ar/hub/experts/${approved.row.id}?notice=sent`, { session: sender })
    ).text();
    expect(after).not.toContain('approved.secret@example.org');
    // Too short: refused beside the field, values kept.
    const refused = await request(`/ar/hub/experts/${approved.row.id}`, {
      session: sender,
      form: { intent: 'message', subject: 'سؤال', body: 'قصير' },
    });
    expect(refused.status).toBe(400);

    const exported = await request('/ar/hub/experts/me/export', { session: await signIn(approved.user.id) });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    const data = (await exported.json()) as { profile: { contactEmail: string }; messages: unknown[] };
    expect(data.profile.contactEmail).toBe('approved.secret@example.org');
    expect(data.messages).toHaveLength(1);
    expect((await request('/ar/hub/experts/me/export', { session: sender })).status).toBe(404);
  }, 90_000);
});
