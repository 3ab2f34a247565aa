import { formInput } from '~/platform/forms/paths';

type FormFields = Record<string, string | string[]>;

/**
 * A concept note as the form sends it (field names are schema paths, values strings, one name per
 * line), valid.
 */
export const validConceptNoteForm: FormFields = {
  'title.ar': 'تعزيز مسارات الهجرة النظامية للعمال',
  'title.en': 'Strengthening regular pathways for workers',
  'summary.ar':
    'برنامج مشترك بين الحكومة ووكالات الأمم المتحدة لتيسير الهجرة النظامية وحماية العمال المهاجرين.',
  'summary.en': '',
  originalLanguage: 'ar',
  countryIso3: 'JOR',
  regionId: '',
  thematicAreaId: '4',
  objectives: ['5', '6'],
  unOrganisations: 'IOM\nILO',
  governmentEntities: 'وزارة العمل\nوزارة الداخلية',
  stakeholders: 'اتحاد نقابات العمال',
  budgetRequestedUsd: '٢٬٥٠٠٬٠٠٠',
  durationMonths: '24',
  genderMarker: '2',
  humanRightsMarker: '3',
  childSensitivityMarker: '1',
};

/** The input an operation receives from the concept note form with these fields changed. */
export const conceptNoteInput = (changes: FormFields = {}) =>
  formInput({ ...validConceptNoteForm, ...changes });

export const validConceptNoteInput = conceptNoteInput();

/** A steering committee decision as the form sends it, valid. */
export const validDecisionForm: FormFields = {
  decidedOn: '2025-06-01',
  'summary.ar': 'قرارات الاجتماع',
  'summary.en': '',
  originalLanguage: 'ar',
  documents: '',
};

/** The input an operation receives from the decision form with these fields changed. */
export const decisionInput = (changes: FormFields = {}) => formInput({ ...validDecisionForm, ...changes });

/** A contribution in euros with its rate (valid). */
export const validContributionInput = {
  donor: 'Germany',
  donorCountryIso3: 'DEU',
  receivedOn: '2024-03-15',
  amount: '1000000',
  currency: 'EUR',
  usdRate: '1.09',
  rateDate: '2024-03-14',
  earmarkedThematicAreaId: '',
};

/** A result, an indicator and a period as the results forms send them (valid for a 2025–2027 programme). */
export const validResultForm: FormFields = {
  type: 'outcome',
  'title.ar': 'تحسين وصول العمال المهاجرين إلى مسارات نظامية',
  'title.en': 'Migrant workers reach regular pathways',
  'description.ar': '',
  'description.en': '',
  originalLanguage: 'ar',
};
export const validIndicatorForm: FormFields = {
  'title.ar': 'عدد العمال الحاصلين على تصاريح عمل',
  'title.en': 'Workers holding work permits',
  originalLanguage: 'ar',
  measure: 'unit',
  ascending: 'on',
  baselineValue: '١٢٠٠',
  baselineDate: '2025-06-10',
};
export const validPeriodForm: FormFields = {
  periodStart: '2025-06-10',
  periodEnd: '2026-06-09',
  targetValue: '2000',
  actualValue: '',
  actualComment: '',
};
export const validReportForm: FormFields = {
  periodStart: '2025-06-10',
  periodEnd: '2026-06-09',
  'summary.ar': 'تقدم البرنامج في سنته الأولى.',
  'summary.en': '',
  originalLanguage: 'ar',
  documentUrl: 'https://example.org/report-2026.pdf',
};
