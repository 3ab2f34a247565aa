/** Meeting, session and speaker inputs as the forms send them (strings, flat field names), valid. */
export const validMeetingInput = {
  kind: 'review-conference',
  titleAr: 'المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة',
  titleEn: 'Regional review conference of the Global Compact for Migration',
  summaryAr: '',
  summaryEn: '',
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
  minWomenPercent: '40',
  minNonGovernmentPercent: '',
  maxSubregionPercent: '',
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** The four panels of a review conference, sharing the 23 objectives out (each panel on its own morning/afternoon). */
export const fourPanels = [
  { day: '2026-03-28', startTime: '10:00', endTime: '12:00', objectives: range(1, 6) },
  { day: '2026-03-28', startTime: '14:00', endTime: '16:00', objectives: range(7, 12) },
  { day: '2026-03-30', startTime: '10:00', endTime: '12:00', objectives: range(13, 18) },
  { day: '2026-03-30', startTime: '14:00', endTime: '16:00', objectives: range(19, 23) },
].map((panel, i) => ({
  kind: 'panel',
  titleAr: `الحلقة النقاشية ${i + 1}`,
  titleEn: `Panel ${i + 1}`,
  summaryAr: '',
  summaryEn: '',
  room: 'القاعة الكبرى',
  coChairs: [],
  ...panel,
}));

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
