import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewContributions } from '#db/schema/review-contributions';
import { createUser } from '#seed/factories';
import { createReviewCycle } from '#seed/review-factories';
import errorsAr from '~/locales/ar/errors.json';
import reviewErrorsAr from '~/locales/ar/errors.reviews.json';
import cyclesAr from '~/locales/ar/reviews-cycles.json';
import { recordContribution } from '~/modules/reviews/contributions/record-contribution.server';
import { escapeHtml, formField, postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
/** A browser's multipart post with no file chosen. */
const noFile = { bytes: new Uint8Array(0), name: '', type: 'application/octet-stream' };

describe('correcting and removing a recorded contribution', () => {
  const platform = useTestPlatform();
  const sessions = {} as Record<'las' | 'ece', string>;
  let cycleId: string;
  let contributionId: string;

  beforeAll(async () => {
    const db = platform().database.db;
    const las = await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] });
    sessions.las = await signIn(las.id);
    sessions.ece = await signIn(
      (await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'ECE' }] })).id,
    );
    cycleId = (await createReviewCycle(db, { regionId: 'LAS', states: ['JOR'] })).id;
    contributionId = (
      await recordContribution({
        db,
        subject: {
          userId: las.id,
          grants: [{ role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }],
        },
        cycleId,
        input: {
          kind: 'parliament',
          contributor: { ar: 'البرلمان العربي' },
          receivedOn: '2026-01-15',
          text: { ar: 'بيان البرلمان الأول.' },
          originalLanguage: 'ar',
          objectives: ['7'],
        },
      })
    ).id;
  });

  const editUrl = () => `/ar/reviews/cycles/${cycleId}/contributions/${contributionId}/upload`;
  const form = (overrides: Record<string, string> = {}) => ({
    intent: 'save',
    version: '1',
    kind: 'parliament',
    'contributor.ar': 'البرلمان العربي',
    receivedOn: '2026-01-15',
    'text.ar': 'بيان البرلمان المصحح.',
    originalLanguage: 'ar',
    objectives: '8',
    ...overrides,
  });

  it('shows the recorded values in the form, links it from the list, and refuses another region', async () => {
    const list = visible(
      await (await request(`/ar/reviews/cycles/${cycleId}/contributions`, { session: sessions.las })).text(),
    );
    expect(list).toContain(`/contributions/${contributionId}/upload"`);
    expect(list).toContain(`/contributions/${contributionId}/upload?remove=1"`);
    const res = await request(editUrl(), { session: sessions.las });
    expect(res.status).toBe(200);
    const html = visible(await res.text());
    expect(formField(html, 'contributor.ar').input).toContain(`value="${escapeHtml('البرلمان العربي')}"`);
    expect(html).toContain('بيان البرلمان الأول.');
    expect(html).toMatch(/<input[^>]*name="version"[^>]*value="1"/);
    expect((await request(editUrl(), { session: sessions.ece })).status).toBe(403);
  });

  it('saves a correction, refuses bad input and a stale save beside what the user typed', async () => {
    const db = platform().database.db;
    const bad = await postFile(editUrl(), sessions.las, noFile, form({ receivedOn: '2999-01-01' }));
    expect(bad.status).toBe(400);
    const badHtml = visible(await bad.text());
    expect(formField(badHtml, 'receivedOn').error).toBe(reviewErrorsAr.contributionReceivedInFuture);
    expect(badHtml).toContain('بيان البرلمان المصحح.');

    const saved = await postFile(editUrl(), sessions.las, noFile, form());
    expect(saved.status).toBe(302);
    expect(saved.headers.get('location')).toContain('updated=1');
    const [row] = await db
      .select()
      .from(reviewContributions)
      .where(eq(reviewContributions.id, contributionId));
    expect(row).toMatchObject({ version: 2, objectives: [8], text: { ar: 'بيان البرلمان المصحح.' } });

    const stale = await postFile(editUrl(), sessions.las, noFile, form({ 'text.ar': 'نص كتبه زميل آخر.' }));
    expect(stale.status).toBe(409);
    const staleHtml = visible(await stale.text());
    expect(staleHtml).toContain(escapeHtml(errorsAr.staleVersion));
    expect(staleHtml).toContain('نص كتبه زميل آخر.');
    expect(staleHtml).toContain(cyclesAr['contribution.currentVersion']);
    expect(staleHtml).toContain('بيان البرلمان المصحح.');
  });

  it('removes it only after the confirmation, at the current version', async () => {
    const db = platform().database.db;
    const confirm = visible(await (await request(`${editUrl()}?remove=1`, { session: sessions.las })).text());
    expect(confirm).toContain(cyclesAr['contribution.removeTitle']);
    expect(confirm).toContain(escapeHtml(cyclesAr['contribution.removeConfirm']));
    const refused = await postFile(`${editUrl()}?remove=1`, sessions.ece, noFile, {
      intent: 'remove',
      version: '2',
    });
    expect(refused.status).toBe(403);
    const stale = await postFile(`${editUrl()}?remove=1`, sessions.las, noFile, {
      intent: 'remove',
      version: '1',
    });
    expect(stale.status).toBe(409);
    const removed = await postFile(`${editUrl()}?remove=1`, sessions.las, noFile, {
      intent: 'remove',
      version: '2',
    });
    expect(removed.status).toBe(302);
    expect(removed.headers.get('location')).toContain('removed=1');
    expect(
      await db.select().from(reviewContributions).where(eq(reviewContributions.id, contributionId)),
    ).toEqual([]);
  });
});
