import { describe, expect, it } from 'vitest';
import { sampleDescription } from '#seed/pledge-factories';
import { type StoredPledge, submissionErrors, submissionFindings } from './submission-check';

const complete: StoredPledge = {
  organisationId: '7f1c9a52-7d5e-4a56-9d0b-3b8f1c2a9e11',
  countryIso3: null,
  pledgerCategory: 'civil_society',
  title: { en: 'Four one-stop centres for migrant workers' },
  description: { en: sampleDescription.en },
  originalLanguage: 'en',
  kind: 'individual',
  matchesPledgeId: null,
  forms: ['policy'],
  financialAmount: null,
  financialCurrency: null,
  level: 'national',
  startDate: '2025-01-01',
  endDate: '2029-12-31',
  refugeeOnly: false,
  sdgTargets: ['10.7'],
  taggedObjectives: [6],
  taggedPrinciples: [],
  taggedCountries: ['JOR'],
  taggedRegions: [],
};
const indicator = { name: { en: 'Centres open' }, unit: 'centres', baseline: 0, target: 4, dueDate: null };

describe('submission check of a saved draft', () => {
  it('passes a complete pledge', () => {
    expect(submissionErrors(complete, [indicator], [])).toEqual({});
    expect(submissionFindings(complete, [indicator], [], '2025-06-01')).toEqual([]);
  });

  it('names every missing piece at its field', () => {
    const bare: StoredPledge = {
      ...complete,
      pledgerCategory: null,
      title: {},
      description: { en: 'Too short.' },
      forms: [],
      taggedObjectives: [],
      taggedCountries: [],
    };
    const errors = submissionErrors(bare, [], []);
    expect(Object.keys(errors).sort()).toEqual(
      ['countries', 'description.en', 'forms', 'objectives', 'title'].sort(),
    );
    expect(errors.objectives).toEqual([{ code: 'chooseAtLeast', params: { min: 1 } }]);
  });

  it('applies the cross-field rules kept out of drafts', () => {
    const errors = submissionErrors(
      { ...complete, financialAmount: 1000, financialCurrency: 'USD', kind: 'partnership' },
      [{ ...indicator, unit: '%', target: 140, dueDate: '2031-01-01' }],
      [],
    );
    expect(errors.financialAmount).toEqual([{ code: 'pledgeAmountWithoutFinancialForm' }]);
    expect(errors.partners).toEqual([{ code: 'pledgePartnersRequired' }]);
    expect(errors['indicators[0].target']).toEqual([{ code: 'percentOutOfRange' }]);
    expect(errors['indicators[0].dueDate']).toEqual([{ code: 'indicatorDueOutsidePeriod' }]);
  });
});
