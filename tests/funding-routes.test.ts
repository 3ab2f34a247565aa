import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptNotes, steeringDecisions } from '#db/schema/index';
import { createUser } from '#seed/factories';
import fundingErrorsAr from '~/locales/ar/errors.funding.json';
import errorsAr from '~/locales/ar/errors.json';
import fundingErrorsEn from '~/locales/en/errors.funding.json';
import { loadGrants } from '~/modules/accounts/session.server';
import { submitConceptNote } from '~/modules/funding/submit-concept-note.server';
import {
  validConceptNoteForm,
  validConceptNoteInput,
  validDecisionForm,
} from '~/modules/funding/test-fixtures';
import type { Subject } from '~/permissions/resolver';
import { escapeHtml, formField, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

/**
 * The fund's forms name their fields by schema path (`title.ar`, `summary.en`, `reason.ar`): a
 * refused submission comes back with what was typed and each refusal beside the field it names.
 */
describe("the fund's forms over HTTP", () => {
  const platform = useTestPlatform();
  let focal: string;
  let secretariat: string;
  let secretariatSubject: Subject;

  beforeAll(async () => {
    const { db } = platform().database;
    focal = await signIn((await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'JOR' }] })).id);
    const network = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    secretariat = await signIn(network.id);
    secretariatSubject = { userId: network.id, grants: await loadGrants(network.id) };
  });

  it('a concept note: refused beside title.ar and governmentEntities as typed, then submitted', async () => {
    const refused = await request('/ar/funding/concept-notes/new', {
      session: focal,
      form: { ...validConceptNoteForm, 'title.ar': '', governmentEntities: 'وزارة العمل' },
    });
    expect(refused.status).toBe(400);
    const html = visible(await refused.text());
    expect(formField(html, 'title.ar').error).toBe(fundingErrorsAr.fundOriginalTextRequired);
    expect(formField(html, 'governmentEntities').error).toBe(fundingErrorsAr.governmentEntitiesTooFew);
    expect(formField(html, 'title.en').input).toContain(
      `value="${escapeHtml(validConceptNoteForm['title.en'] as string)}"`,
    );
    expect(formField(html, 'summary.ar').error).toBe('');
    expect(html).toContain(validConceptNoteForm['summary.ar']);
    expect(formField(html, 'budgetRequestedUsd').input).toContain('value="٢٬٥٠٠٬٠٠٠"');

    const saved = await request('/en/funding/concept-notes/new', {
      session: focal,
      form: validConceptNoteForm,
    });
    expect(saved.status).toBe(302);
    const id = saved.headers
      .get('location')
      ?.match(/\/en\/funding\/concept-notes\/([0-9a-f-]{36})\?notice=submitted$/)?.[1];
    expect(id).toBeDefined();
    const [note] = await platform().database.db.select().from(conceptNotes).where(eq(conceptNotes.id, id!));
    expect(note).toMatchObject({
      title: { ar: validConceptNoteForm['title.ar'], en: validConceptNoteForm['title.en'] },
      summary: { ar: validConceptNoteForm['summary.ar'] },
      budgetRequestedUsd: 2_500_000,
      governmentEntities: ['وزارة العمل', 'وزارة الداخلية'],
    });
  });

  it('a rejection: refused beside reason.ar without a reason, recorded with one in English', async () => {
    const note = await submitConceptNote({
      db: platform().database.db,
      subject: secretariatSubject,
      input: validConceptNoteInput,
    });
    const url = `/ar/funding/concept-notes/${note.id}`;
    const refused = await request(url, { session: secretariat, form: { intent: 'reject', version: '1' } });
    expect(refused.status).toBe(400);
    const html = visible(await refused.text());
    expect(formField(html, 'reason.ar').error).toBe(fundingErrorsAr.notSelectedReasonRequired);
    expect(formField(html, 'reason.en').input).toContain('lang="en"');

    const tooLong = await request(url.replace('/ar/', '/en/'), {
      session: secretariat,
      form: { intent: 'reject', version: '1', 'reason.en': 'x'.repeat(2001) },
    });
    expect(tooLong.status).toBe(400);
    expect(formField(visible(await tooLong.text()), 'reason.en').error).toBe('Use at most 2,000 characters.');

    const reason = 'The note does not name a whole-of-government team.';
    const moved = await request(url, {
      session: secretariat,
      form: { intent: 'reject', version: '1', 'reason.ar': '', 'reason.en': reason },
    });
    expect(moved.status).toBe(302);
    const [row] = await platform()
      .database.db.select()
      .from(conceptNotes)
      .where(eq(conceptNotes.id, note.id));
    expect(row).toMatchObject({ status: 'not_selected', notSelectedReason: { en: reason } });
  });

  it('a steering committee decision: refused beside summary.ar and documents, then recorded', async () => {
    const refused = await request('/ar/funding/decisions', {
      session: secretariat,
      form: {
        ...validDecisionForm,
        'summary.ar': '',
        'summary.en': 'Six notes selected.',
        documents: 'https://example.org/minutes.pdf\nftp://example.org/annex.pdf',
      },
    });
    expect(refused.status).toBe(400);
    const html = visible(await refused.text());
    expect(formField(html, 'summary.ar').error).toBe(fundingErrorsAr.fundOriginalTextRequired);
    expect(formField(html, 'documents').error).toBe(errorsAr.invalidUrl);
    expect(html).toContain('Six notes selected.');

    const english = await request('/en/funding/decisions', {
      session: secretariat,
      form: { ...validDecisionForm, originalLanguage: 'en' },
    });
    expect(english.status).toBe(400);
    expect(formField(visible(await english.text()), 'summary.en').error).toBe(
      fundingErrorsEn.fundOriginalTextRequired,
    );

    const saved = await request('/ar/funding/decisions', {
      session: secretariat,
      form: {
        ...validDecisionForm,
        documents: 'https://example.org/minutes.pdf\n\nhttps://example.org/minutes.pdf',
      },
    });
    expect(saved.status).toBe(302);
    const rows = await platform().database.db.select().from(steeringDecisions);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      decidedOn: '2025-06-01',
      summary: { ar: validDecisionForm['summary.ar'] },
      originalLanguage: 'ar',
      documents: ['https://example.org/minutes.pdf'],
    });
  });
});
