/** A valid expert profile (form-shaped values), shared by the Hub's expert and support tests. */
export const expertInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'د. ليلى حداد',
  organisation: 'مركز دراسات الهجرة',
  biography: {
    ar: 'باحثة في سياسات هجرة اليد العاملة والتوظيف العادل في المنطقة العربية منذ خمسة عشر عامًا.',
  },
  originalLanguage: 'ar',
  objectives: ['6', '7'],
  principles: ['human_rights'],
  languages: ['ar', 'en'],
  regions: ['LAS'],
  availability: 'available',
  contactEmail: 'laila.private@example.org',
  telephone: '+962 6 555 0101',
  ...overrides,
});

/** A valid request for support from the Hub's form (form-shaped values). */
export const supportInput = (overrides: Record<string, unknown> = {}) => ({
  topic: { ar: 'دعم فني لإعداد خطة وطنية للتوظيف العادل' },
  description: {
    ar: 'نحتاج إلى خبرة في تصميم آليات التوظيف العادل وحماية العمال المهاجرين من رسوم التوظيف.',
  },
  originalLanguage: 'ar',
  kind: 'technical',
  objectives: ['6'],
  countryIso3: 'JOR',
  languages: ['ar'],
  deadline: '2026-09-30',
  ...overrides,
});
