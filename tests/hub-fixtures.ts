/** A valid resource submission (form-shaped values), shared by the Hub's tests. */
export const resourceInput = {
  title: { ar: 'دليل التوظيف العادل للعمال المهاجرين', en: 'Fair recruitment guide for migrant workers' },
  abstract: {
    ar: 'يعرض الدليل ممارسات التوظيف العادل وحماية العمال المهاجرين من رسوم التوظيف.',
    en: 'The guide sets out fair recruitment practices and protection of migrant workers from recruitment fees.',
  },
  originalLanguage: 'ar',
  documentLanguages: ['ar', 'en'],
  type: 'guidance',
  publisher: 'منظمة العمل الدولية',
  authors: 'أ. باحث\nB. Author',
  publicationDate: '2024-05-01',
  audiences: ['governments'],
  objectives: ['6', '7'],
  principles: ['human_rights'],
  countries: ['JOR'],
  regions: [],
  isGlobal: '',
  licence: 'cc_by',
};
