/** A concept note as the form sends it (strings, one name per line), valid. */
export const validConceptNoteInput = {
  titleAr: 'تعزيز مسارات الهجرة النظامية للعمال',
  titleEn: 'Strengthening regular pathways for workers',
  summaryAr: 'برنامج مشترك بين الحكومة ووكالات الأمم المتحدة لتيسير الهجرة النظامية وحماية العمال المهاجرين.',
  summaryEn: '',
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
