import { describe, expect, it } from 'vitest';
import { AppError } from '~/platform/errors';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { ENTITY_MAX, PARTNERS_MAX, UNIT_MAX } from './plan-limits';
import { parseActionInput } from './plan-schema';
import { actionInput, noIndicator } from './test-fixtures';

/** The refusals of an input, as `path:code`. */
function refusals(changes: Record<string, string | string[]>): string[] {
  try {
    parseActionInput(actionInput(changes));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Object.entries(error.details?.fieldErrors ?? {}).flatMap(([path, errors]) =>
      errors.map((e) => `${path}:${e.code}`),
    );
  }
  return [];
}

describe('plan action input: SDG targets', () => {
  it('keeps codes from the reference list once each, in reference order', () => {
    const parsed = parseActionInput(actionInput({ sdgTargets: ['17.18', '10.c', '8.8', '10.7', '10.c'] }));
    expect(parsed.sdgTargets).toEqual(['8.8', '10.7', '10.c', '17.18']);
    expect(parseActionInput(actionInput({ sdgTargets: '16.9' })).sdgTargets).toEqual(['16.9']);
    expect(parseActionInput(actionInput({ sdgTargets: [] })).sdgTargets).toEqual([]);
  });

  it('refuses a code the list does not hold, naming it, in both languages', () => {
    let error: AppError | undefined;
    try {
      parseActionInput(actionInput({ sdgTargets: ['10.7', '10.99'] }));
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.details?.fieldErrors).toEqual({
      sdgTargets: [{ code: 'unknownSdgTarget', params: { code: '10.99' } }],
    });
    const params = { code: '10.99' };
    expect(serverI18n('en').t('errors.unknownSdgTarget', params)).toBe(
      '"10.99" is not an SDG target in the list. Choose the targets from the list.',
    );
    expect(serverI18n('ar').t('errors.unknownSdgTarget', params)).toContain('«10.99» ليست غاية');
  });
});

describe('plan action input: names in either language', () => {
  it('stores the lead entity, partners and unit as translatable text, one language being enough', () => {
    const english = parseActionInput(
      actionInput({
        originalLanguage: 'ar',
        'leadEntity.ar': '',
        'leadEntity.en': 'Ministry of Interior',
        'partners.ar': '',
        'partners.en': '',
        'indicator.unit.ar': '',
        'indicator.unit.en': 'people',
      }),
    );
    expect(english).toMatchObject({
      leadEntity: { en: 'Ministry of Interior' },
      partners: {},
      indicatorUnit: { en: 'people' },
    });
    const both = parseActionInput(actionInput({ 'leadEntity.en': 'Ministry of Interior' }));
    expect(both.leadEntity).toEqual({ ar: 'وزارة الداخلية', en: 'Ministry of Interior' });
    expect(parseActionInput(actionInput(noIndicator)).indicatorUnit).toBeNull();
  });

  it('requires the lead entity in one language at least, beside the original language’s field', () => {
    expect(refusals({ 'leadEntity.ar': ' ', 'leadEntity.en': '' })).toEqual([
      'leadEntity.ar:translationRequired',
    ]);
    expect(
      refusals({ originalLanguage: 'en', 'title.en': 'Training', 'leadEntity.ar': '', 'leadEntity.en': '' }),
    ).toEqual(['leadEntity.en:translationRequired']);
  });

  it('requires a unit (in either language) with the rest of the indicator', () => {
    expect(refusals({ 'indicator.unit.ar': '', 'indicator.unit.en': '' })).toEqual([
      'indicator.unit.ar:planIndicatorIncomplete',
    ]);
    expect(
      refusals({ 'indicator.unit.ar': '٪', 'indicator.unit.en': '', 'indicator.target': '120' }),
    ).toEqual(['indicator.target:percentOutOfRange']);
  });

  it('limits the length of each language', () => {
    expect(refusals({ 'leadEntity.en': 'x'.repeat(ENTITY_MAX + 1) })).toEqual(['leadEntity.en:tooLong']);
    expect(refusals({ 'partners.ar': 'x'.repeat(PARTNERS_MAX + 1) })).toEqual(['partners.ar:tooLong']);
    expect(refusals({ 'indicator.unit.en': 'x'.repeat(UNIT_MAX + 1) })).toEqual([
      'indicator.unit.en:tooLong',
    ]);
    expect(refusals({ 'leadEntity.ar': 'x'.repeat(ENTITY_MAX) })).toEqual([]);
  });
});
