import type { Translated } from '#db/schema/columns';
import type { SectionField, SectionKind } from '#db/schema/review-values';

/** One section of a guidance template as written (before it is stored in a template version). */
export interface TemplateSectionInput {
  key: string;
  kind: SectionKind;
  objective: number | null;
  title: Translated;
  guidance: Translated;
  required: boolean;
  fields: SectionField[];
}

const objectiveFields: SectionField[] = [
  'implementationStatus',
  'measures',
  'partners',
  'sdgTargets',
  'dataAvailable',
];

function section(
  key: string,
  kind: SectionKind,
  title: Required<Translated>,
  guidance: Required<Translated>,
  required = true,
): TemplateSectionInput {
  return { key, kind, objective: null, title, guidance, required, fields: [] };
}

/** The key of the section answering an objective. */
export const objectiveSectionKey = (objective: number) => `objective-${objective}`;

/**
 * The guidance template the regional partners send to states for their voluntary national reviews,
 * section by section as the issue lists them (introduction and methodology; consultation; one section
 * per objective with structured fields; guiding principles; challenges; priorities; promising
 * practices; support needed; next steps; annexes). Seeds the demo template and the tests' templates;
 * a secretariat edits its own copy.
 */
/**
 * Stored text carries no digits in Arabic: whether a reader sees ٧ or 7 is their choice, made when
 * the page is drawn, and a stored «الهدف 7» would show Latin digits to every Arabic reader.
 */
const arabicOrdinals = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
  'الحادي عشر',
  'الثاني عشر',
  'الثالث عشر',
  'الرابع عشر',
  'الخامس عشر',
  'السادس عشر',
  'السابع عشر',
  'الثامن عشر',
  'التاسع عشر',
  'العشرون',
  'الحادي والعشرون',
  'الثاني والعشرون',
  'الثالث والعشرون',
] as const;

export function standardTemplateSections(): TemplateSectionInput[] {
  const objectives: TemplateSectionInput[] = Array.from({ length: 23 }, (_, i) => {
    const n = i + 1;
    return {
      key: objectiveSectionKey(n),
      kind: 'objective',
      objective: n,
      title: { ar: `الهدف ${arabicOrdinals[i]}`, en: `Objective ${n}` },
      guidance: {
        ar: `صِف حالة تنفيذ هذا الهدف والتدابير المتخذة منذ الاستعراض السابق (السياسات والتشريعات والبرامج)، والشركاء المعنيين، وغايات أهداف التنمية المستدامة ذات الصلة، والبيانات المتاحة لقياس التقدم.`,
        en: `Describe the implementation status of objective ${n} and the measures taken since the previous review (policies, legislation, programmes), the partners involved, related SDG targets, and the data available to measure progress.`,
      },
      required: false,
      fields: objectiveFields,
    };
  });
  return [
    section(
      'introduction',
      'introduction',
      { ar: 'المقدمة والمنهجية', en: 'Introduction and methodology' },
      {
        ar: 'قدّم لمحة عن سياق الهجرة في الدولة، والجهة التي نسّقت إعداد الاستعراض، والمنهجية والمصادر المستخدمة.',
        en: 'Give an overview of the migration context in the country, who coordinated the review, and the methodology and sources used.',
      },
    ),
    section(
      'consultation',
      'consultation',
      {
        ar: 'نهج الحكومة بأكملها ونهج المجتمع بأسره',
        en: 'Whole-of-government and whole-of-society consultation',
      },
      {
        ar: 'بيّن الوزارات والهيئات التي شاركت، وكيف استُشير أصحاب المصلحة (المجتمع المدني، والبرلمانات، والسلطات المحلية، ومنظمات المهاجرين).',
        en: 'Set out which ministries and bodies took part and how stakeholders (civil society, parliaments, local authorities, migrant organisations) were consulted.',
      },
    ),
    ...objectives,
    section(
      'principles',
      'principles',
      { ar: 'المبادئ التوجيهية الشاملة', en: 'Cross-cutting guiding principles' },
      {
        ar: 'كيف تنعكس المبادئ التوجيهية العشرة للاتفاق العالمي (ومنها حقوق الإنسان ومراعاة المنظور الجنساني ومراعاة مصالح الطفل) في التنفيذ؟',
        en: "How are the Compact's ten guiding principles (among them human rights, gender-responsiveness and child-sensitivity) reflected in implementation?",
      },
    ),
    section(
      'challenges',
      'challenges',
      { ar: 'التحديات', en: 'Challenges' },
      {
        ar: 'ما أبرز التحديات التي واجهت التنفيذ، بما فيها ما يتعلق بالبيانات والتمويل والتنسيق؟',
        en: 'What are the main challenges met in implementation, including data, funding and coordination?',
      },
    ),
    section(
      'priorities',
      'priorities',
      { ar: 'الأولويات', en: 'Priorities' },
      {
        ar: 'ما أولويات الدولة في مجال الهجرة للسنوات المقبلة؟',
        en: "What are the country's migration priorities for the coming years?",
      },
    ),
    section(
      'practices',
      'practices',
      { ar: 'الممارسات الواعدة', en: 'Promising practices' },
      {
        ar: 'صِف ممارسات واعدة يمكن أن تستفيد منها دول أخرى، مع نتائجها.',
        en: 'Describe promising practices other states could learn from, with their results.',
      },
    ),
    section(
      'support',
      'support',
      { ar: 'الدعم المطلوب', en: 'Support needed' },
      {
        ar: 'ما الدعم (الفني أو المالي أو بناء القدرات) الذي تحتاجه الدولة لتعزيز التنفيذ؟',
        en: 'What support (technical, financial, capacity building) does the country need to advance implementation?',
      },
      false,
    ),
    section(
      'next_steps',
      'next_steps',
      { ar: 'الخطوات التالية', en: 'Next steps' },
      {
        ar: 'ما الخطوات التالية المقررة، ومتى؟',
        en: 'What are the next steps planned, and when?',
      },
    ),
    section(
      'annexes',
      'annexes',
      { ar: 'الملاحق', en: 'Annexes' },
      {
        ar: 'أشر إلى الملاحق المرفقة (جداول البيانات، والوثائق الوطنية).',
        en: 'Refer to the attached annexes (data tables, national documents).',
      },
      false,
    ),
  ];
}
