import { formInput } from '~/platform/forms/paths';

type FormFields = Record<string, string | string[]>;

/** A plan header as the form sends it (field names are schema paths, values strings), valid. */
export const validPlanForm: FormFields = {
  'title.ar': 'الخطة الوطنية لتنفيذ الاتفاق العالمي من أجل الهجرة',
  'title.en': 'National plan to implement the Global Compact for Migration',
  'summary.ar': 'خطة عمل حكومية شاملة.',
  'summary.en': '',
  originalLanguage: 'ar',
  periodStart: '2025-01-01',
  periodEnd: '2027-12-31',
  adoptedOn: '',
};

/** An action as the form sends it, valid (Arabic digits and separators in the numbers). */
export const validActionForm: FormFields = {
  'title.ar': 'تدريب موظفي الحدود على حقوق المهاجرين',
  'title.en': 'Training border staff on the rights of migrants',
  'description.ar': 'دورات تدريبية في المعابر الرئيسية.',
  'description.en': '',
  originalLanguage: 'ar',
  'leadEntity.ar': 'وزارة الداخلية',
  'leadEntity.en': '',
  'partners.ar': 'المنظمة الدولية للهجرة',
  'partners.en': 'IOM',
  startDate: '2025-03-01',
  endDate: '2026-12-31',
  'budget.amount': '٢٥٠٬٠٠٠',
  'budget.currency': 'jod',
  objectives: ['7', '11'],
  principles: ['human_rights'],
  sdgTargets: ['10.7', '8.8'],
  'indicator.name.ar': 'موظفون مدربون',
  'indicator.name.en': 'Staff trained',
  'indicator.unit.ar': 'أشخاص',
  'indicator.unit.en': 'people',
  'indicator.baseline': '0',
  'indicator.target': '٤٠٠',
  status: 'in_progress',
};

/** The input an operation receives from the plan form with these fields changed. */
export const planInput = (changes: FormFields = {}) => formInput({ ...validPlanForm, ...changes });
/** The input an operation receives from the action form with these fields changed. */
export const actionInput = (changes: FormFields = {}) => formInput({ ...validActionForm, ...changes });

/** A blank indicator: the action has none. */
export const noIndicator: FormFields = {
  'indicator.name.ar': '',
  'indicator.name.en': '',
  'indicator.unit.ar': '',
  'indicator.unit.en': '',
  'indicator.baseline': '',
  'indicator.target': '',
};

export const validPlanInput = planInput();
export const validActionInput = actionInput();
