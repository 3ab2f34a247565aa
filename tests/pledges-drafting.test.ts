import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pledges } from '#db/schema/pledges';
import { createOrganisation, createUser } from '#seed/factories';
import { sampleDescription } from '#seed/pledge-factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { publishSynthesis } from '~/modules/reviews/synthesis/publish-synthesis.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { escapeHtml, request, signIn } from './http';
import { useTestPlatform } from './platform';

const en = serverI18n('en');
const nextYear = `${new Date().getUTCFullYear() + 1}-12-31`;

/** A draft the schema accepts, without indicators (so the quality check has something to say). */
const draftForm = (title: string): Record<string, string | string[]> => ({
  originalLanguage: 'en',
  pledgerCategory: 'civil_society',
  'title.en': title,
  'description.en': sampleDescription.en,
  kind: 'individual',
  forms: 'policy',
  objectives: ['6', '7'],
  level: 'global',
  endDate: nextYear,
  indicatorRows: '3',
  partnerRows: '2',
});

const withIndicator = (form: Record<string, string | string[]>) => ({
  ...form,
  'indicators[0].name.en': 'Service centres open',
  'indicators[0].unit': 'centres',
  'indicators[0].baseline': '0',
  'indicators[0].target': '4',
});

describe('pledge drafting, submission and review pages', () => {
  const platform = useTestPlatform();
  const db = () => platform().database.db;
  const statusOf = async (id: string) => (await db().select().from(pledges).where(eq(pledges.id, id)))[0]!;

  async function member(countryIso3: string | null = null) {
    const user = await createUser(db());
    const org = await createOrganisation(db(), { countryIso3, members: [{ userId: user.id }] });
    return { user, org, session: await signIn(user.id) };
  }

  it('sends anonymous visitors to sign in and refuses users who pledge for nobody', async () => {
    const anon = await request('/en/pledges/new');
    expect(anon.status).toBe(302);
    expect(anon.headers.get('location')).toMatch(/^\/en\/sign-in\?next=/);
    expect((await request('/en/pledges/mine')).status).toBe(302);

    const loner = await createUser(db());
    const session = await signIn(loner.id);
    expect((await request('/en/pledges/new', { session })).status).toBe(403);
    expect((await request('/en/pledges/review', { session })).status).toBe(403);
  });

  it("shows a pledger what their region's latest published synthesis found least reported", async () => {
    const cycle = await createReviewCycle(db(), { regionId: 'LAS', states: ['JOR', 'EGY'] });
    await createReview(db(), {
      cycleId: cycle.id,
      countryIso3: 'JOR',
      status: 'published',
      sections: [{ key: 'objective-1', objectiveStatus: 'advanced', measures: { en: 'A national survey.' } }],
    });
    const officer = await createUser(db(), { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] });
    await publishSynthesis({
      subject: { userId: officer.id, grants: await loadGrants(officer.id) },
      cycleId: cycle.id,
      expectedVersion: 0,
    });
    const synthesisLink = `href="/en/reviews/cycles/${cycle.id}/synthesis"`;

    const egyptian = await member('EGY');
    const page = await (await request('/en/pledges/new', { session: egyptian.session })).text();
    expect(page).toContain(escapeHtml(en.t('pledges-form.underServed.synthesis')));
    expect(page).toContain(synthesisLink);
    // Objective 2 was reported by none of the two states in scope; objective 1 by Jordan.
    expect(page).toContain(escapeHtml(en.t('pledges-form.underServed.reported', { count: 0, states: 2 })));

    const brazilian = await member('BRA');
    const elsewhere = await (await request('/en/pledges/new', { session: brazilian.session })).text();
    expect(elsewhere).not.toContain(synthesisLink);
  });

  it('refuses a form without its CSRF token (403)', async () => {
    const { org, session } = await member();
    const res = await request('/en/pledges/new', {
      session,
      csrf: false,
      form: { ...draftForm('No token'), pledger: `o:${org.id}`, intent: 'save' },
    });
    expect(res.status).toBe(403);
  });

  it('drafts, shows the quality check, adds rows without JavaScript, submits, and goes through review', async () => {
    const { user, org, session } = await member('JOR');
    const page = await request('/ar/pledges/new', { session });
    expect(page.status).toBe(200);
    const pageHtml = await page.text();
    expect(pageHtml).toContain('<html lang="ar" dir="rtl"');
    expect(pageHtml).toContain(`value="o:${org.id}"`);
    expect(pageHtml).toContain('name="indicators[2].target"');
    // The coverage radar's five least-covered objectives in the organisation's region, linked to it.
    expect(pageHtml).toContain('id="under-served-title"');
    expect(pageHtml).toContain('href="/ar/coverage"');

    // Bad input (what a stored draft cannot hold): 400 with the typed text kept, the refusal beside its field.
    const bad = await request('/en/pledges/new', {
      session,
      form: { ...draftForm('Typed title'), pledger: `o:${org.id}`, startDate: '2099-01-01', intent: 'save' },
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('value="Typed title"');
    expect(badHtml).toContain(escapeHtml(en.t('errors.datesOutOfOrder')));

    // A draft saves with anything filled in (no objective, no form, a short description);
    // submitting it names each missing piece beside its field (422), the draft kept.
    const sketch = await request('/en/pledges/new', {
      session,
      form: {
        pledger: `o:${org.id}`,
        originalLanguage: 'en',
        'title.en': 'Just an idea',
        'description.en': 'Short.',
        kind: 'individual',
        level: 'global',
        intent: 'save',
      },
    });
    expect(sketch.status).toBe(302);
    const sketchId = sketch.headers.get('location')!.match(/pledges\/([0-9a-f-]{36})\/edit/)![1]!;
    const sketchRefused = await request(`/en/pledges/${sketchId}/edit`, {
      session,
      form: {
        originalLanguage: 'en',
        'title.en': 'Just an idea',
        'description.en': 'Short.',
        kind: 'individual',
        level: 'global',
        version: String((await statusOf(sketchId)).version),
        intent: 'submit',
      },
    });
    expect(sketchRefused.status).toBe(422);
    const sketchHtml = await sketchRefused.text();
    expect(sketchHtml).toContain(escapeHtml(en.t('errors.chooseAtLeast', { min: 1 })));
    expect(sketchHtml).toContain('value="Just an idea"');
    expect((await statusOf(sketchId)).status).toBe('draft');

    // "Add another indicator" re-renders with one more row and everything typed.
    const more = await request('/en/pledges/new', {
      session,
      form: { ...draftForm('Typed title'), pledger: `o:${org.id}`, intent: 'addIndicator' },
    });
    expect(more.status).toBe(200);
    const moreHtml = await more.text();
    expect(moreHtml).toContain('name="indicators[3].target"');
    expect(moreHtml).toContain('value="Typed title"');

    // A partner nobody on the platform can answer for (no member; a state with no focal point) is
    // flagged beside the partners, with the way to a contact, before anything is saved.
    const lonely = await createOrganisation(db(), { name: { en: 'Lonely Org' } });
    const flagged = await request('/en/pledges/new', {
      session,
      form: {
        ...draftForm('Typed title'),
        pledger: `o:${org.id}`,
        kind: 'partnership',
        'partners[0]': `o:${lonely.id}`,
        'partners[1]': `o:${org.id}`,
        intent: 'addPartner',
      },
    });
    const flaggedHtml = await flagged.text();
    expect(flaggedHtml).toContain(`data-unreachable-partner="o:${lonely.id}"`);
    expect(flaggedHtml).not.toContain(`data-unreachable-partner="o:${org.id}"`);
    expect(flaggedHtml).toContain(escapeHtml(en.t('pledges-form.partnerNoMember', { name: 'Lonely Org' })));
    expect(flaggedHtml).toContain(escapeHtml(en.t('pledges-form.partnerAskSecretariat')));

    // Save a draft without a measurable target: saved, and the edit page shows the finding.
    const saved = await request('/en/pledges/new', {
      session,
      form: { ...draftForm('Four centres for migrant workers'), pledger: `o:${org.id}`, intent: 'save' },
    });
    expect(saved.status).toBe(302);
    const id = saved.headers.get('location')!.match(/\/en\/pledges\/([0-9a-f-]{36})\/edit\?saved=1$/)![1]!;
    expect((await statusOf(id)).status).toBe('draft');
    const edit = await request(`/en/pledges/${id}/edit?saved=1`, { session });
    expect(edit.status).toBe(200);
    const editHtml = await edit.text();
    expect(editHtml).toContain('data-finding="noMeasurableTarget"');
    expect(editHtml).toContain(escapeHtml(en.t('pledges.quality.noMeasurableTarget')));

    // Submitting as it is is refused with the findings (422), the text kept.
    const version = (await statusOf(id)).version;
    const refused = await request(`/en/pledges/${id}/edit`, {
      session,
      form: { ...draftForm('Four centres for migrant workers'), version: String(version), intent: 'submit' },
    });
    expect(refused.status).toBe(422);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('data-finding="noMeasurableTarget"');
    expect(refusedHtml).toContain('value="Four centres for migrant workers"');

    // A member of another organisation can neither see nor edit it.
    const other = await member();
    expect([403, 404]).toContain(
      (await request(`/en/pledges/${id}/edit`, { session: other.session })).status,
    );
    const otherPost = await request(`/en/pledges/${id}/edit`, {
      session: other.session,
      form: { ...draftForm('Hijack'), version: '99', intent: 'save' },
    });
    expect([403, 404]).toContain(otherPost.status);

    // Fixed: submitted.
    const fixed = await request(`/en/pledges/${id}/edit`, {
      session,
      form: {
        ...withIndicator(draftForm('Four centres for migrant workers')),
        version: String((await statusOf(id)).version),
        intent: 'submit',
      },
    });
    expect(fixed.status).toBe(302);
    expect(fixed.headers.get('location')).toBe('/en/pledges/mine?submitted=1');
    expect((await statusOf(id)).status).toBe('submitted');
    const mine = await (await request('/en/pledges/mine', { session })).text();
    expect(mine).toContain(`data-pledge="${id}"`);
    expect(mine).toContain('data-status="submitted"');

    // The secretariat's queue and review.
    const secretariat = await createUser(db(), { roles: [{ role: 'network_secretariat' }] });
    const sec = await signIn(secretariat.id);
    expect((await request(`/en/pledges/${id}/review`, { session })).status).toBe(403);
    const queue = await request('/en/pledges/review', { session: sec });
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain(`/en/pledges/${id}/review`);
    const review = await request(`/en/pledges/${id}/review`, { session: sec });
    expect(review.status).toBe(200);
    expect(await review.text()).toContain('data-testid="quality-panel"');

    const decide = (decision: string, extra: Record<string, string> = {}) =>
      statusOf(id).then((p) =>
        request(`/en/pledges/${id}/review`, {
          session: sec,
          form: { decision, version: String(p.version), ...extra },
        }),
      );
    const noComment = await decide('requestChanges');
    expect(noComment.status).toBe(400);
    expect(await noComment.text()).toContain(escapeHtml(en.t('errors.pledgeCommentRequired')));
    expect((await statusOf(id)).status).toBe('submitted');

    const asked = await decide('requestChanges', { comment: 'Add a baseline date and name the two cities.' });
    expect(asked.status).toBe(302);
    expect((await statusOf(id)).status).toBe('changes_requested');
    const mail = await db().execute<{ payload: { to: string; subject: string; text: string } }>(
      sql`select payload from jobs where kind = 'mail.send' order by id desc limit 1`,
    );
    const queued = mail.rows[0]!.payload;
    expect(queued.to).toBe(user.email);
    expect(queued.text).toContain('Add a baseline date and name the two cities.');
    expect(queued.text).toContain(`/pledges/${id}/edit`);

    // The pledger sees the comment and resubmits.
    const again = await request(`/en/pledges/${id}/edit`, { session });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('Add a baseline date and name the two cities.');
    const resubmitted = await request(`/en/pledges/${id}/edit`, {
      session,
      form: {
        ...withIndicator(draftForm('Four centres for migrant workers in two cities')),
        version: String((await statusOf(id)).version),
        intent: 'submit',
      },
    });
    expect(resubmitted.status).toBe(302);
    expect((await statusOf(id)).status).toBe('submitted');

    expect((await decide('approve')).status).toBe(302);
    expect((await statusOf(id)).status).toBe('approved');
    expect((await decide('publish')).status).toBe(302);
    const published = await statusOf(id);
    expect(published.status).toBe('published');
    expect(published.title.en).toBe('Four centres for migrant workers in two cities');

    // No longer editable: the edit page sends to the pledge's page.
    const closedEdit = await request(`/en/pledges/${id}/edit`, { session });
    expect(closedEdit.status).toBe(302);
  });

  it('answers a stale save with 409, keeping what the user typed', async () => {
    const { org, session } = await member();
    const saved = await request('/en/pledges/new', {
      session,
      form: { ...draftForm('First title'), pledger: `o:${org.id}`, intent: 'save' },
    });
    const id = saved.headers.get('location')!.match(/pledges\/([0-9a-f-]{36})\/edit/)![1]!;
    const v1 = (await statusOf(id)).version;
    const first = await request(`/en/pledges/${id}/edit`, {
      session,
      form: { ...draftForm('Second title'), version: String(v1), intent: 'save' },
    });
    expect(first.status).toBe(302);
    const stale = await request(`/en/pledges/${id}/edit`, {
      session,
      form: { ...draftForm('My own newer title'), version: String(v1), intent: 'save' },
    });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('value="My own newer title"');
    expect(html).toContain(escapeHtml(en.t('errors.staleVersion')));
    expect(html).toContain('Second title');
    expect((await statusOf(id)).title.en).toBe('Second title');
  });
});
