/** Plan and action inputs as the forms send them (strings, flat field names), valid. */
export const validPlanInput = {
  titleAr: 'الخطة الوطنية لتنفيذ الاتفاق العالمي من أجل الهجرة',
  titleEn: 'National plan to implement the Global Compact for Migration',
  summaryAr: 'خطة عمل حكومية شاملة.',
  summaryEn: '',
  originalLanguage: 'ar',
  periodStart: '2025-01-01',
  periodEnd: '2027-12-31',
  adoptedOn: '',
};

export const validActionInput = {
  titleAr: 'تدريب موظفي الحدود على حقوق المهاجرين',
  titleEn: 'Training border staff on the rights of migrants',
  descriptionAr: 'دورات تدريبية في المعابر الرئيسية.',
  descriptionEn: '',
  originalLanguage: 'ar',
  leadEntity: 'وزارة الداخلية',
  partners: 'المنظمة الدولية للهجرة',
  startDate: '2025-03-01',
  endDate: '2026-12-31',
  budgetAmount: '٢٥٠٬٠٠٠',
  budgetCurrency: 'jod',
  objectives: ['7', '11'],
  principles: ['human_rights'],
  indicatorNameAr: 'موظفون مدربون',
  indicatorNameEn: 'Staff trained',
  indicatorUnit: 'people',
  indicatorBaseline: '0',
  indicatorTarget: '٤٠٠',
  status: 'in_progress',
};
