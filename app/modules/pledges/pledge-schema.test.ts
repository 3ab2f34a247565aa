import { describe, expect, it } from 'vitest';
import { sampleDescription } from '#seed/pledge-factories';
import {
  DESCRIPTION_MAX_LENGTH,
  DESCRIPTION_MIN_LENGTH,
  parsePledgeDraft,
  parsePledgeInput,
  parseProgressUpdate,
  pledgeDraftSchema,
  pledgeInputSchema,
} from './pledge-schema';
import { validPledgeInput } from './test-fixtures';

/** The first error code the domain would answer with. */
function codeOf(raw: unknown): string | undefined {
  try {
    parsePledgeInput(raw);
    return undefined;
  } catch (error) {
    return (error as { code: string }).code;
  }
}
const codesOf = (raw: unknown) => {
  const result = pledgeInputSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};
const withInput = (patch: Record<string, unknown>) => ({ ...validPledgeInput, ...patch });

describe('pledge input schema', () => {
  it('accepts a complete pledge, normalising numbers (Arabic digits, separators), currency, countries', () => {
    const p = parsePledgeInput(validPledgeInput);
    expect(p.title).toEqual({ en: 'Four one-stop centres for migrant workers' });
    expect(p.financialAmount).toBe(1250000.5);
    expect(p.financialCurrency).toBe('USD');
    expect(p.objectives).toEqual([6, 7]);
    expect(p.countries).toEqual(['JOR']);
    expect(p.indicators[0]).toMatchObject({ baseline: 0, target: 4 });
    expect(p.refugeeOnly).toBe(false);
  });

  it('bounds the description at 300–3,000 characters in each language given', () => {
    const text = (n: number) => 'x'.repeat(n);
    expect(codeOf(withInput({ description: { en: text(DESCRIPTION_MIN_LENGTH) } }))).toBeUndefined();
    expect(codeOf(withInput({ description: { en: text(DESCRIPTION_MAX_LENGTH) } }))).toBeUndefined();
    expect(() =>
      parsePledgeInput(withInput({ description: { en: text(DESCRIPTION_MIN_LENGTH - 1) } })),
    ).toThrow(
      expect.objectContaining({
        code: 'tooShort',
        params: { min: 300 },
        details: { fieldErrors: { 'description.en': [{ code: 'tooShort', params: { min: 300 } }] } },
      }),
    );
    expect(() =>
      parsePledgeInput(withInput({ description: { en: text(DESCRIPTION_MAX_LENGTH + 1) } })),
    ).toThrow(
      expect.objectContaining({
        code: 'tooLong',
        params: { max: 3000 },
        details: { fieldErrors: { 'description.en': [{ code: 'tooLong', params: { max: 3000 } }] } },
      }),
    );
    // Whitespace around does not count; a short translation is refused too.
    expect(codeOf(withInput({ description: { en: `  ${text(299)}  ` } }))).toBe('tooShort');
    expect(codeOf(withInput({ description: { en: sampleDescription.en, ar: 'قصير' } }))).toBe('tooShort');
    // Arabic original.
    expect(
      codeOf(
        withInput({
          originalLanguage: 'ar',
          title: { ar: 'عنوان' },
          description: { ar: sampleDescription.ar },
          indicators: [{ name: { ar: 'مؤشر' }, unit: 'مركز', target: 4 }],
        }),
      ),
    ).toBeUndefined();
    expect(codeOf(withInput({ originalLanguage: 'ar' }))).toBe('pledgeOriginalTextRequired');
  });

  it('stores HTML as plain text, verbatim', () => {
    const title = '<script>alert(1)</script> <b>centres</b>';
    expect(parsePledgeInput(withInput({ title: { en: title } })).title.en).toBe(title);
  });

  it('needs a positive amount and an ISO 4217 currency with the financial form, and none without', () => {
    expect(codeOf(withInput({ financialCurrency: 'XYZ' }))).toBe('invalidCurrency');
    expect(codeOf(withInput({ financialCurrency: 'dollars' }))).toBe('invalidCurrency');
    expect(codeOf(withInput({ financialAmount: '0' }))).toBe('amountNotPositive');
    expect(codeOf(withInput({ financialAmount: -5 }))).toBe('amountNotPositive');
    expect(codeOf(withInput({ financialAmount: 'a lot' }))).toBe('invalidFormat');
    expect(codeOf(withInput({ financialAmount: '' }))).toBe('pledgeAmountRequired');
    expect(codeOf(withInput({ financialCurrency: '' }))).toBe('pledgeAmountRequired');
    expect(codeOf(withInput({ forms: ['policy'] }))).toBe('pledgeAmountWithoutFinancialForm');
    expect(
      codeOf(withInput({ forms: ['policy'], financialAmount: '', financialCurrency: '' })),
    ).toBeUndefined();
    expect(codeOf(withInput({ forms: [] }))).toBe('chooseAtLeast');
    expect(codeOf(withInput({ forms: ['charity'] }))).toBe('invalidChoice');
  });

  it('keeps dates in order: start ≤ end, indicator due dates within the period', () => {
    expect(codeOf(withInput({ endDate: '2024-12-31' }))).toBe('datesOutOfOrder');
    expect(codeOf(withInput({ endDate: '2025-01-01' }))).toBe('indicatorDueOutsidePeriod');
    expect(codeOf(withInput({ startDate: '2025-02-30' }))).toBe('invalidDate');
    expect(codeOf(withInput({ endDate: '' }))).toBeUndefined();
    expect(codeOf(withInput({ startDate: '٢٠٢٥-٠١-٠١' }))).toBeUndefined();
  });

  it('needs numeric targets (and baselines), percentages within 0–100', () => {
    const indicator = validPledgeInput.indicators[0]!;
    expect(codeOf(withInput({ indicators: [{ ...indicator, target: 'four' }] }))).toBe('targetNotNumeric');
    expect(codeOf(withInput({ indicators: [{ ...indicator, target: '' }] }))).toBe('targetNotNumeric');
    expect(codeOf(withInput({ indicators: [{ ...indicator, baseline: 'n/a' }] }))).toBe('baselineNotNumeric');
    expect(codeOf(withInput({ indicators: [{ ...indicator, baseline: '' }] }))).toBeUndefined();
    expect(codeOf(withInput({ indicators: [{ ...indicator, unit: '%', target: '120' }] }))).toBe(
      'percentOutOfRange',
    );
    expect(codeOf(withInput({ indicators: [{ ...indicator, unit: '٪', target: '٨٥٫٥' }] }))).toBeUndefined();
    expect(codeOf(withInput({ indicators: [{ ...indicator, unit: '' }] }))).toBe('required');
    // A draft may have no indicator yet: the quality check blocks its submission.
    expect(codeOf(withInput({ indicators: [] }))).toBeUndefined();
  });

  it('needs at least one objective, 1–23', () => {
    expect(codeOf(withInput({ objectives: [] }))).toBe('chooseAtLeast');
    expect(codeOf(withInput({ objectives: undefined }))).toBe('chooseAtLeast');
    expect(codeOf(withInput({ objectives: ['24'] }))).toBe('invalidChoice');
    expect(parsePledgeInput(withInput({ objectives: '7' })).objectives).toEqual([7]);
  });

  it('refuses refugee-only pledges', () => {
    expect(codeOf(withInput({ refugeeOnly: 'on' }))).toBe('pledgeRefugeeOnly');
    expect(codeOf(withInput({ refugeeOnly: true }))).toBe('pledgeRefugeeOnly');
    expect(codeOf(withInput({ refugeeOnly: '' }))).toBeUndefined();
  });

  it('checks kind against partners and the matched pledge, and geography against level', () => {
    const partner = { countryIso3: 'EGY' };
    expect(codeOf(withInput({ kind: 'partnership' }))).toBe('pledgePartnersRequired');
    expect(codeOf(withInput({ kind: 'partnership', partners: [partner] }))).toBeUndefined();
    expect(codeOf(withInput({ kind: 'individual', partners: [partner] }))).toBe('pledgePartnersNotExpected');
    expect(codeOf(withInput({ kind: 'common', partners: [partner, { countryIso3: 'egy' }] }))).toBe(
      'duplicatePartner',
    );
    expect(
      codeOf(
        withInput({
          kind: 'common',
          partners: [{ countryIso3: 'EGY', organisationId: crypto.randomUUID() }],
        }),
      ),
    ).toBe('partnerInvalid');
    expect(codeOf(withInput({ kind: 'matching' }))).toBe('pledgeMatchRequired');
    const id = crypto.randomUUID();
    expect(parsePledgeInput(withInput({ kind: 'matching', matchesPledgeId: id })).matchesPledgeId).toBe(id);
    expect(parsePledgeInput(withInput({ matchesPledgeId: id })).matchesPledgeId).toBeUndefined();
    expect(codeOf(withInput({ level: 'national', countries: [] }))).toBe('pledgeGeographyRequired');
    expect(codeOf(withInput({ level: 'regional', countries: [], regions: ['LAS'] }))).toBeUndefined();
    expect(codeOf(withInput({ level: 'regional', countries: [] }))).toBe('pledgeGeographyRequired');
    expect(codeOf(withInput({ level: 'global', countries: [] }))).toBeUndefined();
  });

  it('reports every issue with its field', () => {
    expect(codesOf(withInput({ endDate: '2024-01-01', kind: 'partnership' }))).toEqual([
      'errors.datesOutOfOrder',
      'errors.pledgePartnersRequired',
    ]);
    expect(() => parsePledgeInput(withInput({ kind: 'nope', level: 'planet' }))).toThrow(
      expect.objectContaining({
        code: 'invalidChoice',
        status: 400,
        params: {},
        details: { fieldErrors: { kind: [{ code: 'invalidChoice' }], level: [{ code: 'invalidChoice' }] } },
      }),
    );
  });
});

describe('progress update schema', () => {
  const id = crypto.randomUUID();
  const update = {
    reportedOn: '2026-01-15',
    status: 'in_progress',
    narrative: { ar: 'افتتح مركزان' },
    originalLanguage: 'ar',
    values: [{ indicatorId: id, value: '٢' }],
  };
  it('accepts an update and refuses bad status, non-numeric values, duplicates and a missing narrative', () => {
    expect(parseProgressUpdate(update).values).toEqual([{ indicatorId: id, value: 2 }]);
    expect(() => parseProgressUpdate({ ...update, status: 'done' })).toThrow(
      expect.objectContaining({ code: 'invalidChoice' }),
    );
    expect(() => parseProgressUpdate({ ...update, values: [{ indicatorId: id, value: 'two' }] })).toThrow(
      expect.objectContaining({ code: 'valueNotNumeric' }),
    );
    expect(() => parseProgressUpdate({ ...update, values: [update.values[0], update.values[0]] })).toThrow(
      expect.objectContaining({ code: 'duplicateIndicator' }),
    );
    expect(() => parseProgressUpdate({ ...update, originalLanguage: 'en' })).toThrow(
      expect.objectContaining({ code: 'pledgeOriginalTextRequired' }),
    );
  });

  it('takes SDG targets from the reference list, in reference order, and an organisation category', () => {
    const p = parsePledgeInput(
      withInput({ sdgTargets: ['10.c', '8.8', '10.7', '10.c'], pledgerCategory: 'civil_society' }),
    );
    expect(p.sdgTargets).toEqual(['8.8', '10.7', '10.c']);
    expect(p.pledgerCategory).toBe('civil_society');
    expect(parsePledgeInput(withInput({ sdgTargets: '17.18' })).sdgTargets).toEqual(['17.18']);
    // An unknown code is named beside the field, not refused as a generic "choose from the list".
    const unknown = pledgeInputSchema.safeParse(withInput({ sdgTargets: ['10.7', '10.99'] }));
    expect(unknown.error?.issues).toContainEqual(
      expect.objectContaining({
        path: ['sdgTargets'],
        message: 'errors.unknownSdgTarget',
        params: { code: '10.99' },
      }),
    );
    // 'state' is implied by a state pledger, never chosen.
    expect(codesOf(withInput({ pledgerCategory: 'state' }))).toContain('errors.invalidChoice');
  });

  it('saves a draft with anything filled in; the rules of a complete pledge wait for submission', () => {
    const bare = { originalLanguage: 'ar', kind: 'partnership', level: 'national', forms: ['financial'] };
    const draft = parsePledgeDraft(bare);
    expect(draft).toMatchObject({ title: {}, description: {}, objectives: [], partners: [], indicators: [] });
    expect(parsePledgeDraft({ ...bare, description: { ar: 'قصير' } }).description).toEqual({ ar: 'قصير' });
    // The same input as a complete pledge: every missing piece, each at its path.
    const full = pledgeInputSchema.safeParse(bare);
    expect(full.success).toBe(false);
    const paths = new Set(full.error!.issues.map((i) => i.path.join('.')));
    for (const path of ['title', 'description', 'objectives', 'financialAmount', 'partners', 'countries'])
      expect(paths).toContain(path);
  });

  it('refuses in a draft only what a stored draft cannot hold', () => {
    const draftCodes = (patch: Record<string, unknown>) => {
      const r = pledgeDraftSchema.safeParse({
        originalLanguage: 'en',
        kind: 'common',
        level: 'global',
        ...patch,
      });
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(draftCodes({ startDate: '2026-01-01', endDate: '2025-01-01' })).toEqual([
      'errors.datesOutOfOrder',
    ]);
    expect(draftCodes({ financialAmount: '100' })).toEqual(['errors.pledgeAmountRequired']);
    expect(draftCodes({ partners: ['c:EGY', 'c:EGY'] })).toEqual(['errors.duplicatePartner']);
    expect(draftCodes({ endDate: 'soon' })).toEqual(['errors.invalidDate']);
    expect(draftCodes({ sdgTargets: ['99.9'] })).toEqual(['errors.unknownSdgTarget']);
    // An amount typed before the form "financial" is ticked is kept in the draft.
    expect(draftCodes({ financialAmount: '100', financialCurrency: 'usd' })).toEqual([]);
  });
});
