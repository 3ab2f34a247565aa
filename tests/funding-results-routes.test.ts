import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fundContributions, programmeResults } from '#db/schema/index';
import { createUser } from '#seed/factories';
import fundingErrorsAr from '~/locales/ar/errors.funding.json';
import errorsAr from '~/locales/ar/errors.json';
import fundingAr from '~/locales/ar/funding.json';
import { loadGrants } from '~/modules/accounts/session.server';
import { iatiIdentifier } from '~/modules/funding/iati/iati-activity';
import { moveConceptNote } from '~/modules/funding/move-concept-note.server';
import { recordSteeringDecision } from '~/modules/funding/record-steering-decision.server';
import { submitConceptNote } from '~/modules/funding/submit-concept-note.server';
import {
  decisionInput,
  validConceptNoteInput,
  validContributionInput,
  validIndicatorForm,
  validPeriodForm,
  validResultForm,
} from '~/modules/funding/test-fixtures';
import type { Subject } from '~/permissions/resolver';
import { IATI_PLACEHOLDER_ORG_REF } from '~/platform/config-defaults';
import { escapeHtml, formField, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

/**
 * The fund's contributions pages, a programme's workspace (results framework), its public page, the
 * dashboard's charts and CSV, and the IATI export, over HTTP.
 */
describe("the fund's results, contributions and exports over HTTP", () => {
  const platform = useTestPlatform();
  let focal: string;
  let secretariat: string;
  let egypt: string;
  let programmeId: string;

  beforeAll(async () => {
    const { db } = platform().database;
    const jordanUser = await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'JOR' }] });
    focal = await signIn(jordanUser.id);
    egypt = await signIn((await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'EGY' }] })).id);
    const network = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    secretariat = await signIn(network.id);
    const s: Subject = { userId: network.id, grants: await loadGrants(network.id) };
    const now = new Date('2025-06-10T09:00:00Z');
    const note = await submitConceptNote({ db, subject: s, input: validConceptNoteInput, now });
    const decision = await recordSteeringDecision({ db, subject: s, input: decisionInput() });
    for (const action of ['screen', 'admit', 'select'] as const)
      await moveConceptNote({
        db,
        subject: s,
        conceptNoteId: note.id,
        action,
        input: action === 'select' ? { decisionId: decision.id } : {},
        now,
      });
    const { programme } = await moveConceptNote({
      db,
      subject: s,
      conceptNoteId: note.id,
      action: 'fund',
      now,
    });
    programmeId = programme!.id;
  });

  it('a contribution: refused beside rateDate as typed, recorded, listed, corrected; a stale correction explained', async () => {
    const refused = await request('/ar/funding/contributions', {
      session: secretariat,
      form: { ...validContributionInput, rateDate: '2024-04-01', donor: 'ألمانيا' },
    });
    expect(refused.status).toBe(400);
    const html = visible(await refused.text());
    expect(formField(html, 'rateDate').error).toBe(fundingErrorsAr.rateDateAfterReceipt);
    expect(formField(html, 'donor').input).toContain(`value="${escapeHtml('ألمانيا')}"`);

    // Anyone else is refused the form.
    expect(
      (await request('/ar/funding/contributions', { session: focal, form: validContributionInput })).status,
    ).toBe(403);

    const saved = await request('/ar/funding/contributions', {
      session: secretariat,
      form: validContributionInput,
    });
    expect(saved.status).toBe(302);
    const [row] = await platform().database.db.select().from(fundContributions);
    expect(row).toMatchObject({
      amount: 1_000_000,
      currency: 'EUR',
      usdRate: 1.09,
      usdValue: 1_090_000,
      version: 1,
    });

    const list = visible(await (await request('/ar/funding/contributions')).text());
    expect(list).toContain('Germany');
    expect(list).toContain('١٬٠٩٠٬٠٠٠');

    const edit = `/ar/funding/contributions/${row!.id}`;
    expect((await request(edit, { session: focal })).status).toBe(403);
    const corrected = await request(edit, {
      session: secretariat,
      form: { ...validContributionInput, usdRate: '1.1', version: '1' },
    });
    expect(corrected.status).toBe(302);
    const stale = await request(edit, {
      session: secretariat,
      form: { ...validContributionInput, usdRate: '1.2', version: '1' },
    });
    expect(stale.status).toBe(409);
    const staleHtml = visible(await stale.text());
    expect(staleHtml).toContain(escapeHtml(errorsAr.staleVersion));
    expect(formField(staleHtml, 'usdRate').input).toContain('value="1.2"');
    const [after] = await platform()
      .database.db.select()
      .from(fundContributions)
      .where(eq(fundContributions.id, row!.id));
    expect(after).toMatchObject({ usdRate: 1.1, usdValue: 1_100_000, version: 2 });
  });

  it("a programme's workspace: Jordan's focal point builds its framework, refusals land in the form sent; others are refused", async () => {
    const work = `/ar/funding/programmes/${programmeId}/work`;
    expect((await request(work, { session: egypt })).status).toBe(403);
    expect((await request(work, { session: focal })).status).toBe(200);
    expect(
      (
        await request(work, {
          session: egypt,
          form: { intent: 'result', formKey: 'new-result', ...validResultForm },
        })
      ).status,
    ).toBe(403);

    const result = await request(work, {
      session: focal,
      form: { intent: 'result', formKey: 'new-result', ...validResultForm },
    });
    expect(result.status).toBe(302);
    const [saved] = await platform()
      .database.db.select()
      .from(programmeResults)
      .where(eq(programmeResults.programmeId, programmeId));
    expect(saved!.title.ar).toBe(validResultForm['title.ar']);

    const indicator = await request(work, {
      session: focal,
      form: {
        intent: 'indicator',
        formKey: `new-indicator-${saved!.id}`,
        resultId: saved!.id,
        ...validIndicatorForm,
      },
    });
    expect(indicator.status).toBe(302);
    const page = visible(await (await request(work, { session: focal })).text());
    const indicatorId = page.match(/name="indicatorId" value="([0-9a-f-]{36})"/)?.[1];
    expect(indicatorId).toBeDefined();

    const period = (changes: Record<string, string>) =>
      request(work, {
        session: focal,
        form: {
          intent: 'period',
          formKey: `new-period-${indicatorId}`,
          indicatorId: indicatorId!,
          ...validPeriodForm,
          ...changes,
        },
      });
    expect((await period({})).status).toBe(302);
    const overlap = await period({ periodStart: '2026-01-01', periodEnd: '2026-12-31', targetValue: '٣٠٠٠' });
    expect(overlap.status).toBe(400);
    const html = visible(await overlap.text());
    // The refused form is open with what was typed; the refusal sits beside its start date.
    expect(html).toContain('value="٣٠٠٠"');
    expect(html).toContain(
      escapeHtml(fundingErrorsAr.periodsOverlap.replace('{start}', '').split('(')[0]!.trim()),
    );

    const publicPage = visible(await (await request(`/ar/funding/programmes/${programmeId}`)).text());
    expect(publicPage).toContain(fundingAr['results.title']);
    expect(publicPage).toContain(escapeHtml(validIndicatorForm['title.ar'] as string));
    expect(publicPage).toContain('٢٬٠٠٠');

    const json = await request('/en/funding/iati.json');
    expect(json.headers.get('content-type')).toContain('application/json');
    const body = (await json.json()) as {
      'iati-activities': { 'iati-activity': { 'iati-identifier': string; result: unknown[] }[] };
    };
    const activity = body['iati-activities']['iati-activity'].find(
      (a) => a['iati-identifier'] === iatiIdentifier(IATI_PLACEHOLDER_ORG_REF, programmeId),
    );
    expect(activity?.result).toHaveLength(1);

    const bytes = Buffer.from(await (await request('/en/funding/iati.csv?table=result')).arrayBuffer());
    // A UTF-8 byte order mark, then IATI's paths as headings.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.startsWith('iati-identifier,result/@type,')).toBe(true);
    expect(csv).toContain(`${iatiIdentifier(IATI_PLACEHOLDER_ORG_REF, programmeId)},2,`);
    expect((await request('/en/funding/iati.csv?table=nope')).status).toBe(404);
  });

  it('the dashboard draws its charts and gives each one as CSV in the reader’s language', async () => {
    const html = visible(await (await request('/ar/funding')).text());
    expect(html).toContain('role="img"');
    expect(html).toContain(escapeHtml(fundingAr['dashboard.chartDef.funnel']));
    const csv = await request('/ar/funding/dashboard.csv?chart=byArea');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe(
      `${fundingAr['dashboard.area']},${fundingAr['dashboard.programmes']},${fundingAr['dashboard.amountUsd']}`,
    );
    expect(text).toContain(',1,2500000');
    expect((await request('/ar/funding/dashboard.csv?chart=nope')).status).toBe(404);
  });
});
