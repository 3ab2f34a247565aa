import { sampleDescription } from '#seed/pledge-factories';

/** A complete pledge as a form would send it (strings, Arabic digits), valid and passing the quality check. */
export const validPledgeInput = {
  title: { en: 'Four one-stop centres for migrant workers', ar: '' },
  description: { en: sampleDescription.en },
  originalLanguage: 'en',
  kind: 'individual',
  forms: ['financial', 'policy'],
  financialAmount: '1,250,000.50',
  financialCurrency: 'usd',
  objectives: ['6', '7'],
  principles: [],
  level: 'national',
  countries: ['jor'],
  regions: [],
  startDate: '2025-01-01',
  endDate: '2029-12-31',
  indicators: [
    { name: { en: 'Centres open' }, unit: 'centres', baseline: '0', target: '٤', dueDate: '2027-12-31' },
  ],
};
