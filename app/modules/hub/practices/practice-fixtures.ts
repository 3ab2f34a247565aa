/** A valid practice submission (form-shaped values), shared by the practices' tests and the route table. */
export const practiceInput = {
  title: {
    ar: 'نافذة واحدة لخدمات العمال المهاجرين العائدين',
    en: 'One-stop window for returning migrant workers',
  },
  summary: {
    ar: 'نافذة في مكاتب العمل تجمع خدمات التوظيف والتدريب والاعتراف بالمهارات للعمال العائدين.',
    en: 'A window in labour offices bringing together job matching, training and skills recognition for returnees.',
  },
  originalLanguage: 'ar',
  isGlobal: '',
  countries: ['JOR'],
  regions: [],
  implementers: 'وزارة العمل',
  partners: 'منظمة العمل الدولية\nالمنظمة الدولية للهجرة',
  objectives: ['21', '18'],
  principles: ['human_rights'],
  startDate: '2020-03-01',
  endDate: '',
  stage: 'ongoing',
  results: 'استفاد منها 4,000 عامل عائد في عامها الأول، وجد 38% منهم عملًا خلال ستة أشهر.',
  replicability: 'تحتاج إلى مكاتب عمل محلية وقاعدة بيانات للمهارات.',
  contactName: 'ليلى حدّاد',
  contactEmail: 'laila.haddad@example.org',
  criteria: ['linked_to_objectives', 'follows_principles', 'after_december_2018', 'innovative_replicable'],
};

/** A valid call for practices (form-shaped values). */
export const callInput = {
  theme: { ar: 'إعادة إدماج العائدين', en: 'Reintegration of returnees' },
  description: { ar: 'ندعو إلى تبادل ممارسات إعادة الإدماج المستدام.' },
  originalLanguage: 'ar',
  objectives: ['21'],
  audience: { ar: 'الحكومات وأصحاب المصلحة', en: 'Governments and stakeholders' },
  deadlineDate: '2030-06-30',
  deadlineTime: '17:00',
  timeZone: 'Asia/Amman',
  contactName: 'أمانة الشبكة',
  contactEmail: 'calls@example.org',
};
