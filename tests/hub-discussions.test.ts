import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hubDiscussionPosts } from '#db/schema/hub-discussions';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { createSpace } from '~/modules/hub/discussions/create-space.server';
import { request, signIn } from './http';
import { useTestPlatform } from './platform';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('discussion spaces over HTTP', () => {
  const platform = useTestPlatform();

  let made: { open: { id: string }; moderator: { id: string; name: string; email: string } } | undefined;

  it('lists public spaces only in the API (envelope, filters, 400, no e-mails)', async () => {
    const { db } = platform().database;
    const editorUser = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    const editor = { userId: editorUser.id, grants: await loadGrants(editorUser.id) };
    const moderator = await createUser(db, { name: 'مشرفة النقاش' });
    const base = {
      originalLanguage: 'ar',
      languages: ['ar', 'en'],
      opensOn: day(-1),
      closesOn: day(10),
      questions: [{ ar: 'ما أهم العوائق أمام الاعتراف بالمهارات؟', en: 'What blocks skills recognition?' }],
      objectives: ['18'],
      countries: ['JOR'],
      moderators: moderator.email,
    };
    const open = await createSpace({
      db,
      subject: editor,
      input: { ...base, title: { ar: 'الاعتراف بالمهارات', en: 'Skills recognition' }, audience: 'public' },
    });
    await createSpace({
      db,
      subject: editor,
      input: { ...base, title: { ar: 'مساحة للمسجلين' }, audience: 'signed_in' },
    });

    const list = (await (await request('/api/v1/discussions')).json()) as {
      data: { id: string; status: string; objectives: number[] }[];
      page: { total: number; limit: number; offset: number };
    };
    expect(list.page).toEqual({ total: 1, totalCapped: false, limit: 50, offset: 0 });
    expect(list.data[0]).toMatchObject({ id: open.id, status: 'open', objectives: [18] });
    const text = JSON.stringify(list);
    expect(text).not.toContain('@');
    expect(text).not.toContain(moderator.name);
    const filtered = (await (
      await request('/api/v1/discussions?objective=18&country=jor&language=en&q=المهارات')
    ).json()) as { data: unknown[] };
    expect(filtered.data).toHaveLength(1);
    expect(
      ((await (await request('/api/v1/discussions?objective=2')).json()) as { data: unknown[] }).data,
    ).toHaveLength(0);
    const bad = await request('/api/v1/discussions?language=xx');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalidFilter', field: 'language' } });
    const doc = (await (await request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/discussions']).toBeTruthy();
    made = { open, moderator };
  }, 60_000);

  it('posts, reports and hides through the pages; markup stays text', async () => {
    const { db } = platform().database;
    const { open, moderator } = made!;
    // Post through the page; markup stays text.
    const author = await createUser(db);
    const authorSession = await signIn(author.id);
    const page = await request(`/ar/hub/discussions/${open.id}`);
    expect(page.status).toBe(200);
    const questionId = /name="questionId" value="([0-9a-f-]{36})"/.exec(await page.text())?.[1];
    expect(questionId).toBeUndefined(); // anonymous readers get no post form
    const signedPage = await (
      await request(`/ar/hub/discussions/${open.id}`, { session: authorSession })
    ).text();
    const qid = /name="questionId" value="([0-9a-f-]{36})"/.exec(signedPage)![1]!;
    const posted = await request(`/ar/hub/discussions/${open.id}`, {
      session: authorSession,
      form: {
        intent: 'post',
        formKey: `post:${qid}`,
        questionId: qid,
        body: 'رأيي **مهم** <script>alert(1)</script> [رابط](javascript:alert(2))',
        format: 'markdown',
        language: 'ar',
      },
    });
    expect(posted.status).toBe(302);
    const [post] = await db.select().from(hubDiscussionPosts).where(eq(hubDiscussionPosts.spaceId, open.id));
    const html = await (await request(`/ar/hub/discussions/${open.id}`)).text();
    expect(html).toContain('<strong><bdi>مهم</bdi></strong>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('javascript:alert');

    // An empty post is refused beside its field, in Arabic.
    const refused = await request(`/ar/hub/discussions/${open.id}`, {
      session: authorSession,
      form: {
        intent: 'post',
        formKey: `post:${qid}`,
        questionId: qid,
        body: '  ',
        format: 'plain',
        language: 'ar',
      },
    });
    expect(refused.status).toBe(400);

    // Report by another reader; the moderator hides it from the queue; the reason shows in place.
    const reader = await createUser(db);
    const reported = await request(`/ar/hub/discussions/${open.id}`, {
      session: await signIn(reader.id),
      form: { intent: 'report', formKey: `report:${post!.id}`, postId: post!.id, reason: 'محتوى مسيء' },
    });
    expect(reported.status).toBe(302);
    const modSession = await signIn(moderator.id);
    expect((await request('/ar/hub/discussions/reports', { session: await signIn(reader.id) })).status).toBe(
      403,
    );
    const queue = await (await request('/ar/hub/discussions/reports', { session: modSession })).text();
    expect(queue).toContain('محتوى مسيء');
    const hidden = await request('/ar/hub/discussions/reports', {
      session: modSession,
      form: { intent: 'hide', postId: post!.id, reason: 'مخالفة قواعد النقاش' },
    });
    expect(hidden.status).toBe(302);
    const after = await (await request(`/ar/hub/discussions/${open.id}`)).text();
    expect(after).toContain('مخالفة قواعد النقاش');
    expect(after).not.toContain('<bdi>مهم</bdi>');
  }, 60_000);
  it('serves a groups space to its members only: the page, the list, search and posting; the form keeps what was typed', async () => {
    const { db } = platform().database;
    const editorUser = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    const editorSession = await signIn(editorUser.id);
    const base = {
      'title.ar': 'مساحة جهات الاتصال في المنطقة العربية',
      originalLanguage: 'ar',
      languages: 'ar',
      audience: 'groups',
      opensOn: day(-1),
      closesOn: day(10),
      'questions[0].ar': 'ما خططكم لبرامج العودة الطوعية؟',
    };
    // No group chosen: refused beside the field, in Arabic, the title kept.
    const refused = await request('/ar/hub/discussions/new', { session: editorSession, form: base });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('اختر مجموعة واحدة على الأقل لهذا الجمهور.');
    expect(refusedHtml).toContain('مساحة جهات الاتصال في المنطقة العربية');
    const created = await request('/ar/hub/discussions/new', {
      session: editorSession,
      form: { ...base, audienceGroups: 'role:focal_point@region:LAS' },
    });
    expect(created.status).toBe(302);
    const id = /discussions\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')![1]!;

    const focal = await signIn(
      (await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'JOR' }] })).id,
    );
    const outsider = await signIn((await createUser(db)).id);
    expect((await request(`/ar/hub/discussions/${id}`)).status).toBe(404);
    expect((await request(`/ar/hub/discussions/${id}`, { session: outsider })).status).toBe(404);
    const page = await request(`/ar/hub/discussions/${id}`, { session: focal });
    expect(page.status).toBe(200);
    const qid = /name="questionId" value="([0-9a-f-]{36})"/.exec(await page.text())![1]!;
    const form = {
      intent: 'post',
      formKey: `post:${qid}`,
      questionId: qid,
      body: 'نعدّ برنامجًا للعودة الطوعية الكريمة',
      format: 'plain',
      language: 'ar',
    };
    expect((await request(`/ar/hub/discussions/${id}`, { session: outsider, form })).status).toBe(404);
    expect((await request(`/ar/hub/discussions/${id}`, { session: focal, form })).status).toBe(302);
    expect(await (await request('/ar/hub/discussions', { session: focal })).text()).toContain(
      'مساحة جهات الاتصال في المنطقة العربية',
    );
    expect(await (await request('/ar/hub/discussions', { session: outsider })).text()).not.toContain(
      'مساحة جهات الاتصال في المنطقة العربية',
    );
    const search = (session?: string) =>
      request(`/ar/search?q=${encodeURIComponent('العودة الطوعية الكريمة')}`, { session }).then((r) =>
        r.text(),
      );
    expect(await search(focal)).toContain(`/hub/discussions/${id}`);
    expect(await search(outsider)).not.toContain(`/hub/discussions/${id}`);
    expect(await search()).not.toContain(`/hub/discussions/${id}`);
    const api = (await (await request('/api/v1/discussions')).json()) as { data: { id: string }[] };
    expect(api.data.map((d) => d.id)).not.toContain(id);
  }, 60_000);
});
