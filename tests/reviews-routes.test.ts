import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { reviewSections, reviews } from '#db/schema/index';
import { createReview, createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { reviewPeople } from '~/modules/reviews/authoring/test-people';
import { shortTemplate } from '~/modules/reviews/authoring/test-template';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { minimalPdf, mzExecutable } from '~/platform/uploads/test-files';
import { escapeHtml as html, postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

const ar = serverI18n('ar');
const en = serverI18n('en');

describe('review pages (HTTP, no JavaScript)', () => {
  const platform = useTestPlatform();
  const db = () => platform().database.db;

  async function setup() {
    const people = await reviewPeople(db());
    const template = await createReviewTemplate(db(), { sections: shortTemplate });
    const cycle = await createReviewCycle(db(), { templateId: template.id, states: ['JOR'] });
    const sessions = {
      focal: await signIn(people.focalJOR.id),
      co: await signIn(people.coEditor.id),
      las: await signIn(people.lasSecretariat.id),
      ece: await signIn(people.eceSecretariat.id),
      stranger: await signIn(people.stranger.id),
    };
    return { people, cycle, sessions };
  }
  const sectionOf = async (reviewId: string, key: string) =>
    (await db().select().from(reviewSections).where(eq(reviewSections.reviewId, reviewId))).find(
      (s) => s.sectionKey === key,
    );

  it('opens the national review once; a second attempt explains and links to it', async () => {
    const { cycle, sessions } = await setup();
    const form = {
      kind: 'national',
      countryIso3: 'JOR',
      originalLanguage: 'ar',
      'title.ar': 'استعراض الأردن',
      'title.en': '',
    };
    const page = await request(`/ar/reviews/new?cycle=${cycle.id}`, { session: sessions.focal });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(html(ar.t('reviews-edit.new.startNational')));
    const created = await request(`/ar/reviews/new?cycle=${cycle.id}`, { session: sessions.focal, form });
    expect(created.status).toBe(302);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/ar\/reviews\/[0-9a-f-]{36}\/edit\?created=1$/);
    const reviewId = location.split('/')[3]!;

    const again = await request(`/ar/reviews/new?cycle=${cycle.id}`, { session: sessions.focal, form });
    expect(again.status).toBe(409);
    const text = await again.text();
    expect(text).toContain(html(ar.t('errors.reviewAlreadyExists')));
    expect(text).toContain(`href="/ar/reviews/${reviewId}/edit"`);
    // A focal point of another state, or someone with no role, may not open one here.
    expect((await request(`/ar/reviews/new?cycle=${cycle.id}`, { session: sessions.stranger })).status).toBe(
      403,
    );
  }, 60_000);

  it('saves a section without JavaScript, refuses a stale save with both texts, keeps limits', async () => {
    const { people, cycle, sessions } = await setup();
    const review = await createReview(db(), { cycleId: cycle.id, coEditorIds: [people.coEditor.id] });
    const url = `/en/reviews/${review.id}/sections/objective-7`;
    const first = await request(url, {
      session: sessions.focal,
      form: {
        intent: 'save',
        language: 'ar',
        version: '0',
        body: 'نص الجهة الأولى',
        objectiveStatus: 'planned',
      },
    });
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe(`${url}?in=ar&saved=1`);
    const page = await (await request(`${url}?in=ar&saved=1`, { session: sessions.focal })).text();
    expect(page).toContain(html(en.t('reviews-edit.notice.saved')));
    expect(page).toContain('نص الجهة الأولى');

    // A section converted from the old free-text SDG field keeps that text as a note.
    await db()
      .update(reviewSections)
      .set({ sdgTargetsNote: 'الغاية ١٠٫٧ كما كُتبت سابقاً' })
      .where(eq(reviewSections.id, (await sectionOf(review.id, 'objective-7'))!.id));
    // The co-editor saves on top (version 1 → 2); the focal point still holds version 1.
    await request(url, {
      session: sessions.co,
      form: {
        intent: 'save',
        language: 'ar',
        version: '1',
        body: 'نص المحرر المشارك',
        sdgTargetsNote: 'ملاحظة المحرر المشارك',
      },
    });
    const stale = await request(url, {
      session: sessions.focal,
      form: {
        intent: 'save',
        language: 'ar',
        version: '1',
        body: 'نصي الذي لم يُحفظ',
        sdgTargetsNote: 'ملاحظتي',
      },
    });
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(conflict).toContain(html(en.t('reviews-edit.conflict.title')));
    expect(conflict).toContain('نصي الذي لم يُحفظ'); // mine, still in the form
    expect(conflict).toContain('نص المحرر المشارك'); // theirs, beside it
    expect(conflict).toContain('ملاحظتي'); // my SDG note, still in the form
    const box = conflict.indexOf('id="conflict-title"');
    const theirs = conflict.slice(box, conflict.indexOf('</section>', box));
    expect(theirs).toContain('ملاحظة المحرر المشارك'); // their SDG note, in the conflict box
    expect(conflict).toContain(html(people.coEditor.name));
    expect(conflict).toMatch(/name="version" value="2"/);
    expect((await sectionOf(review.id, 'objective-7'))?.body).toEqual({ ar: 'نص المحرر المشارك' });

    const long = await request(url, {
      session: sessions.focal,
      form: { intent: 'save', language: 'ar', version: '2', body: 'ب'.repeat(30_001) },
    });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain(html(en.t('errors.tooLong', { max: 30_000 })));

    // Autosave posts to the same action.
    const auto = await request(url, {
      session: sessions.focal,
      form: { intent: 'autosave', language: 'en', version: '2', body: 'Autosaved English text' },
    });
    expect(auto.status).toBe(200);
    expect(await sectionOf(review.id, 'objective-7')).toMatchObject({
      version: 3,
      body: { ar: 'نص المحرر المشارك', en: 'Autosaved English text' },
    });
  });

  it('keeps drafts from everyone but their editors, and comments among the editors', async () => {
    const { people, cycle, sessions } = await setup();
    const review = await createReview(db(), { cycleId: cycle.id, coEditorIds: [people.coEditor.id] });
    const url = `/en/reviews/${review.id}/sections/introduction`;
    expect((await request(`/en/reviews/${review.id}`)).status).toBe(404);
    expect((await request(url)).status).toBe(302);
    for (const s of [sessions.las, sessions.ece, sessions.stranger]) {
      expect((await request(url, { session: s })).status).toBe(404);
      expect((await request(`/en/reviews/${review.id}`, { session: s })).status).toBe(404);
    }
    const added = await request(url, {
      session: sessions.co,
      form: { intent: 'comment', comment: 'Cite sources?' },
    });
    expect(added.status).toBe(302);
    const page = await (await request(url, { session: sessions.focal })).text();
    expect(page).toContain('Cite sources?');
    const refused = await request(url, {
      session: sessions.stranger,
      form: { intent: 'comment', comment: 'x' },
    });
    expect(refused.status).toBe(404);
    const empty = await request(url, { session: sessions.co, form: { intent: 'comment', comment: ' ' } });
    expect(empty.status).toBe(400);
  });

  it('refuses executables renamed .pdf, wrong types and oversized files, in the reader’s language', async () => {
    const { cycle, sessions } = await setup();
    const review = await createReview(db(), { cycleId: cycle.id });
    const url = `/ar/reviews/${review.id}/attachments`;
    const exe = await postFile(url, sessions.focal, {
      bytes: mzExecutable(),
      name: 'report.pdf',
      type: 'application/pdf',
    });
    expect(exe.status).toBe(415);
    expect(await exe.text()).toContain(
      html(ar.t('errors.fileTypeMismatch', { allowed: 'pdf, docx, xlsx' })).slice(0, 40),
    );
    const txt = await postFile(url, sessions.focal, {
      bytes: Buffer.from('hello'),
      name: 'notes.txt',
      type: 'text/plain',
    });
    expect(txt.status).toBe(415);
    expect(await txt.text()).toContain(
      html(ar.t('errors.fileTypeNotAllowed', { allowed: 'pdf, docx, xlsx' })).slice(0, 30),
    );
    const big = Buffer.concat([minimalPdf(), Buffer.alloc(20 * 1024 * 1024)]);
    const tooBig = await postFile(url, sessions.focal, {
      bytes: big,
      name: 'big.pdf',
      type: 'application/pdf',
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.text()).toContain(html(ar.t('errors.fileTooLarge', { max: 20 })));
    // Only editors attach; the file is then listed with its type and size.
    expect((await postFile(url, sessions.stranger, { bytes: minimalPdf(), name: 'a.pdf' })).status).toBe(404);
    const ok = await postFile(url, sessions.focal, {
      bytes: minimalPdf(),
      name: 'ملحق إحصائي.pdf',
      type: 'application/pdf',
    });
    expect(ok.status).toBe(302);
    const list = await (await request(url, { session: sessions.focal })).text();
    expect(list).toContain('ملحق إحصائي.pdf');
    expect(list).toContain(html(ar.t('reviews-edit.fileKind.pdf')));
    const fileId = /href="\/ar\/files\/([0-9a-f-]{36})"/.exec(list)![1]!;
    // Not public before publication.
    expect((await request(`/ar/files/${fileId}`)).status).toBe(404);
    expect((await request(`/ar/files/${fileId}`, { session: sessions.focal })).status).toBe(200);
  });

  it('runs submit (missing sections listed), return with comment, resubmit, compare, publish', async () => {
    const { people, cycle, sessions } = await setup();
    const review = await createReview(db(), { cycleId: cycle.id, coEditorIds: [people.coEditor.id] });
    const base = `/ar/reviews/${review.id}`;
    const version = async () =>
      String((await db().select().from(reviews).where(eq(reviews.id, review.id)))[0]!.version);
    const save = async (key: string, body: string) => {
      const current = await sectionOf(review.id, key);
      const res = await request(`${base}/sections/${key}`, {
        session: sessions.focal,
        form: { intent: 'save', language: 'ar', version: String(current?.version ?? 0), body },
      });
      expect(res.status).toBe(302);
    };
    await save('introduction', 'مقدمة الاستعراض');
    const refused = await request(`${base}/edit`, {
      session: sessions.focal,
      form: { intent: 'submit', version: await version() },
    });
    expect(refused.status).toBe(422);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain(html(ar.t('errors.reviewRequiredSectionsMissing', { count: 1 })));
    expect(refusedPage).toContain(`href="${base}/sections/objective-7"`);
    // Co-editors cannot submit.
    await save('objective-7', 'اعتمدت الحكومة خطة وطنية.');
    const coSubmit = await request(`${base}/edit`, {
      session: sessions.co,
      form: { intent: 'submit', version: await version() },
    });
    expect(coSubmit.status).toBe(403);
    const submitted = await request(`${base}/edit`, {
      session: sessions.focal,
      form: { intent: 'submit', version: await version() },
    });
    expect(submitted.status).toBe(302);
    expect(submitted.headers.get('location')).toBe('/ar/reviews/mine?submitted=1');

    // Another region's secretariat does not see it; the LAS secretariat does, and must say why it returns it.
    expect((await request(`${base}/moderate`, { session: sessions.ece })).status).toBe(404);
    expect((await request(`${base}/moderate`, { session: sessions.focal })).status).toBe(403);
    const noComment = await request(`${base}/moderate`, {
      session: sessions.las,
      form: { action: 'return', comment: '', version: await version() },
    });
    expect(noComment.status).toBe(422);
    expect(await noComment.text()).toContain(html(ar.t('errors.reviewCommentRequired')));
    const returned = await request(`${base}/moderate`, {
      session: sessions.las,
      form: { action: 'return', comment: 'أضيفوا بيانات عام 2023.', version: await version() },
    });
    expect(returned.status).toBe(302);
    const editPage = await (await request(`${base}/edit`, { session: sessions.focal })).text();
    expect(editPage).toContain('أضيفوا بيانات عام 2023.');

    await save('objective-7', 'اعتمدت الحكومة خطة وطنية عام 2023.');
    await request(`${base}/edit`, {
      session: sessions.focal,
      form: { intent: 'submit', version: await version() },
    });
    const versions = await (await request(`${base}/versions`, { session: sessions.las })).text();
    expect(versions).toContain('<ins');
    expect(versions).toContain(html(ar.t('reviews-edit.versions.inserted')));
    expect(versions).toContain('2023');

    const published = await request(`${base}/moderate`, {
      session: sessions.las,
      form: { action: 'publish', version: await version() },
    });
    expect(published.status).toBe(302);
    const publicPage = await request(base);
    expect(publicPage.status).toBe(200);
    const text = await publicPage.text();
    expect(text).toContain('اعتمدت الحكومة خطة وطنية عام 2023.');
    expect(text).toContain(`href="${base}/download.docx"`);
    expect(text).not.toContain('أضيفوا بيانات عام 2023.'); // the secretariat's comments stay internal
  });
});
