import { formInput } from '~/platform/forms/paths';

type FormFields = Record<string, string | string[]>;

/** A meeting as the form sends it (field names are schema paths, values strings), valid. */
export const validMeetingForm: FormFields = {
  kind: 'review-conference',
  'title.ar': 'المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة',
  'title.en': 'Regional review conference of the Global Compact for Migration',
  'summary.ar': '',
  'summary.en': '',
  originalLanguage: 'ar',
  organisers: 'جامعة الدول العربية، المنظمة الدولية للهجرة، الإسكوا',
  partners: '',
  startsOn: '2026-03-28',
  endsOn: '2026-03-30',
  timeZone: 'Europe/Paris',
  venue: 'Palais des Nations',
  onlineUrl: '',
  languages: ['ar', 'en'],
  interpretation: 'on',
  regionId: 'LAS',
  cycleId: '',
  participatingCountries: ['JOR', 'EGY', 'MAR'],
  'balanceTargets.minWomenPercent': '40',
  'balanceTargets.minNonGovernmentPercent': '',
  'balanceTargets.maxSubregionPercent': '',
};

/** The input an operation receives from the meeting form with these fields changed. */
export const meetingInput = (changes: FormFields = {}) => formInput({ ...validMeetingForm, ...changes });
export const validMeetingInput = meetingInput();

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** The four panels of a review conference as the session form sends them, sharing the 23 objectives out. */
export const fourPanelForms: FormFields[] = [
  { day: '2026-03-28', startTime: '10:00', endTime: '12:00', objectives: range(1, 6) },
  { day: '2026-03-28', startTime: '14:00', endTime: '16:00', objectives: range(7, 12) },
  { day: '2026-03-30', startTime: '10:00', endTime: '12:00', objectives: range(13, 18) },
  { day: '2026-03-30', startTime: '14:00', endTime: '16:00', objectives: range(19, 23) },
].map((panel, i) => ({
  kind: 'panel',
  'title.ar': `الحلقة النقاشية ${i + 1}`,
  'title.en': `Panel ${i + 1}`,
  'summary.ar': '',
  'summary.en': '',
  room: 'القاعة الكبرى',
  ...panel,
}));

/** The four panels as the session operation receives them (each panel on its own morning/afternoon). */
export const fourPanels = fourPanelForms.map((panel) => formInput(panel));

/** A session input: the panel's fields with these changed (schema paths, as the form names them). */
export const sessionInput = (panel: FormFields, changes: FormFields = {}) =>
  formInput({ ...panel, ...changes });

/** A statement by Jordan as the form sends it, valid. */
export const validStatementForm: FormFields = {
  speakerKind: 'state',
  countryIso3: 'JOR',
  speakerName: '',
  sessionId: '',
  language: 'ar',
  deliveredOn: '2026-03-29',
  'title.ar': 'بيان المملكة الأردنية الهاشمية',
  'title.en': '',
  'body.ar': 'تؤكد المملكة التزامها بحماية العمال المهاجرين وتيسير الهجرة النظامية.',
  'body.en': '',
  objectives: ['5', '6'],
};

/** The input an operation receives from the statement form with these fields changed. */
export const statementInput = (changes: FormFields = {}) => formInput({ ...validStatementForm, ...changes });

export const validSpeakerInput = (sessionId: string) => ({
  sessionId,
  name: 'ليلى حداد',
  affiliation: 'شبكة المهاجرين',
  role: 'speaker',
  relevance: 'تعمل منذ عشر سنوات مع العمال المهاجرين.',
  gender: 'woman',
  countryIso3: 'JOR',
  stakeholderCategory: '',
  sector: 'non-government',
});
