import { and, eq, inArray, sql } from 'drizzle-orm';
import { organisationMembers, users } from '#db/schema/accounts';
import type { Translated } from '#db/schema/columns';
import { regionMembers } from '#db/schema/reference';
import { reviewOutcomes, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import { type ObjectiveStatus, type ReviewStatus, reviewCycles, reviewMilestones } from '#db/schema/reviews';
import { reviewEntityType } from '~/modules/reviews/review-records.server';
import { objectiveSectionKey } from '~/modules/reviews/standard-template';
import { publishSynthesis } from '~/modules/reviews/synthesis/publish-synthesis.server';
import { saveSynthesisNarrative } from '~/modules/reviews/synthesis/save-synthesis-narrative.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { Db, DbOrTx } from '~/platform/db.server';
import { logger } from '~/platform/logger.server';
import { positionalIds } from '~/platform/text/document-paragraphs';
import { rebuildContentIndex } from './content-index';
import { recordDemoTrendFigures } from './demo-review-figures';
import { demoReviewIds } from './demo-review-ids';
import {
  createReview,
  createReviewCycle,
  createReviewTemplate,
  type SectionAnswer,
} from './review-factories';

export { demoReviewIds };

/**
 * Sample reviews for the demo (every row is_sample): the published standard guidance template; the
 * first Arab regional review cycle (2019–2021, closed) and the second (2024, still open for late
 * reviews), with the milestones the LAS/IOM/ESCWA documents list and the 22 LAS members in scope;
 * published national reviews of Jordan, Egypt, Morocco and Iraq, a parallel review by the sample
 * civil-society organisation, an outcome document, and reviews in other states of the workflow.
 * Deterministic ids, so links in documentation and tests stay stable. Loaded once.
 */

const reviewId = (n: number) => `5a3b0000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;

type Text = Required<Translated>;

interface ObjectiveAnswer {
  objective: number;
  status: ObjectiveStatus;
  body: Text;
  measures: Text;
  partners: Text;
  /** Codes of data/reference/sdg-targets.json. */
  sdgTargets: string[];
  dataAvailable: Text;
}

interface SampleReview {
  n: number;
  cycle: 'firstCycle' | 'secondCycle';
  country: string;
  status: ReviewStatus;
  publishedOn?: string;
  title: Text;
  introduction: Text;
  consultation: Text;
  objectives: ObjectiveAnswer[];
  challenges: Text;
  priorities: Text;
  practices: Text;
  createdBy?: string;
}

const milestones = {
  firstCycle: [
    {
      kind: 'regional_conference',
      title: {
        ar: 'المؤتمر الإقليمي وورشة بناء القدرات حول متابعة الاتفاق العالمي واستعراضه',
        en: 'Regional conference and capacity-building workshop on the follow-up and review of the Global Compact',
      },
      startsOn: '2019-12-15',
      endsOn: '2019-12-16',
      location: { ar: 'القاهرة', en: 'Cairo' },
    },
    {
      kind: 'template_issued',
      title: {
        ar: 'إرسال النموذج الإرشادي للاستعراضات الوطنية الطوعية إلى الدول الأعضاء',
        en: 'Guidance template for voluntary national reviews sent to member states',
      },
      startsOn: '2020-01-20',
      location: {},
    },
    {
      kind: 'workshop',
      title: {
        ar: 'ورشة العمل الأولى لبناء قدرات جهات الاتصال الوطنية',
        en: 'First capacity-building workshop for national focal points',
      },
      startsOn: '2020-06-16',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
    },
    {
      kind: 'workshop',
      title: {
        ar: 'ورشة العمل الثانية لبناء قدرات جهات الاتصال الوطنية',
        en: 'Second capacity-building workshop for national focal points',
      },
      startsOn: '2020-08-18',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
    },
    {
      kind: 'consultation',
      title: { ar: 'الحوار متعدد أصحاب المصلحة (الجزء الأول)', en: 'Multi-stakeholder dialogue (part one)' },
      startsOn: '2020-10-27',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
      summary: {
        ar: 'دُعي أكثر من خمسمئة من ممثلي المجتمع المدني والنقابات والأوساط الأكاديمية ومنظمات المهاجرين إلى جزأي الحوار.\n\nطالب المشاركون بمزيد من مساحات الحوار، وبناء القدرات، والحصول على التقارير والبيانات، وإرشادات لإعداد الاستعراضات الموازية.',
        en: 'More than five hundred representatives of civil society, trade unions, academia and migrant organisations were invited to the two parts of the dialogue.\n\nParticipants asked for more spaces for dialogue, capacity building, access to reports and data, and guidance on writing parallel reviews.',
      },
    },
    {
      kind: 'consultation',
      title: { ar: 'الحوار متعدد أصحاب المصلحة (الجزء الثاني)', en: 'Multi-stakeholder dialogue (part two)' },
      startsOn: '2020-11-03',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
      summary: {
        ar: 'ناقش الجزء الثاني تمثيل أصحاب المصلحة متحدثين في المؤتمر الإقليمي، واقتُرح فتح باب الترشح الذاتي للمتحدثين والميسّرين.',
        en: 'The second part discussed how stakeholders would be represented as speakers at the regional conference; open self-nomination of speakers and facilitators was proposed.',
      },
    },
    {
      kind: 'consultation',
      title: {
        ar: 'حوار مع آليات التشاور بين الدول بشأن الهجرة',
        en: 'Dialogue with inter-state consultation mechanisms on migration',
      },
      startsOn: '2021-01-28',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
      summary: {
        ar: 'عرضت آليات التشاور الإقليمية، ومنها العملية التشاورية العربية، كيف يمكنها استضافة النقاش حول الاتفاق العالمي ودعم جمع البيانات وبناء القدرات.',
        en: 'Regional consultative mechanisms, the Arab Regional Consultative Process among them, set out how they can host discussions of the Compact and support data collection and capacity building.',
      },
    },
    {
      kind: 'consultation',
      title: { ar: 'حوار مع البرلمانات العربية', en: 'Dialogue with Arab parliaments' },
      startsOn: '2021-02-04',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
    },
    {
      kind: 'consultation',
      title: {
        ar: 'مشاورة مع أصحاب المصلحة عشية المؤتمر',
        en: 'Consultation with stakeholders on the eve of the conference',
      },
      startsOn: '2021-02-23',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
    },
    {
      kind: 'review_conference',
      title: {
        ar: 'مؤتمر الاستعراض الإقليمي الأول للاتفاق العالمي في المنطقة العربية',
        en: 'First regional review conference of the Global Compact in the Arab region',
      },
      startsOn: '2021-02-24',
      endsOn: '2021-02-25',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
      summary: {
        ar: 'تناول المؤتمر الأهداف الثلاثة والعشرين في أربع حلقات نقاش، وعرضت الحكومات نتائج استعراضاتها الوطنية الطوعية في نقاش تفاعلي مع أصحاب المصلحة.',
        en: 'The conference covered all 23 objectives in four panels, and governments presented the findings of their voluntary national reviews in an interactive debate with stakeholders.',
      },
    },
    {
      kind: 'report',
      title: {
        ar: 'تقرير الاستعراض الإقليمي والوثيقة الختامية المقدَّمان إلى المنتدى الدولي لاستعراض الهجرة',
        en: 'Regional review report and outcome document submitted to the International Migration Review Forum',
      },
      startsOn: '2021-06-30',
      location: {},
    },
  ],
  secondCycle: [
    {
      kind: 'template_issued',
      title: {
        ar: 'إرسال النموذج الإرشادي إلى الدول الأعضاء للاستعراض الثاني',
        en: 'Guidance template sent to member states for the second review',
      },
      startsOn: '2024-02-01',
      location: {},
    },
    {
      kind: 'workshop',
      title: {
        ar: 'ورشة عمل لجهات الاتصال الوطنية حول إعداد الاستعراضات',
        en: 'Workshop for national focal points on preparing their reviews',
      },
      startsOn: '2024-03-12',
      location: { ar: 'عبر الإنترنت', en: 'Online' },
    },
    {
      kind: 'submission_deadline',
      title: { ar: 'الموعد النهائي لتقديم الاستعراضات الوطنية', en: 'Deadline for national reviews' },
      startsOn: '2024-05-31',
      location: {},
    },
    {
      kind: 'review_conference',
      title: {
        ar: 'مؤتمر الاستعراض الإقليمي الثاني للاتفاق العالمي في المنطقة العربية',
        en: 'Second regional review conference of the Global Compact in the Arab region',
      },
      startsOn: '2024-07-03',
      endsOn: '2024-07-04',
      location: { ar: 'القاهرة', en: 'Cairo' },
    },
  ],
} satisfies Record<
  'firstCycle' | 'secondCycle',
  {
    kind: (typeof reviewMilestones.$inferInsert)['kind'];
    title: Text;
    startsOn: string;
    endsOn?: string;
    location: Translated;
    summary?: Text;
  }[]
>;

const objective = (
  n: number,
  status: ObjectiveStatus,
  body: Text,
  measures: Text,
  partners: Text,
  sdgTargets: string[],
  dataAvailable: Text,
): ObjectiveAnswer => ({ objective: n, status, body, measures, partners, sdgTargets, dataAvailable });

const samples: SampleReview[] = [
  {
    n: 1,
    cycle: 'firstCycle',
    country: 'JOR',
    status: 'published',
    publishedOn: '2021-02-10',
    title: {
      ar: 'الاستعراض الوطني الطوعي للأردن بشأن تنفيذ الاتفاق العالمي من أجل الهجرة',
      en: 'Voluntary national review of Jordan on the implementation of the Global Compact for Migration',
    },
    introduction: {
      ar: 'أعدّت هذا الاستعراض لجنة وطنية تضم وزارات العمل والداخلية والتخطيط، بالاستناد إلى السجلات الإدارية ومسوح القوى العاملة ومشاورات مع الشركاء.',
      en: 'A national committee of the ministries of labour, interior and planning prepared this review, drawing on administrative records, labour force surveys and consultations with partners.',
    },
    consultation: {
      ar: 'عُقدت ثلاث جلسات تشاورية مع منظمات المجتمع المدني والنقابات العمالية وممثلي القطاع الخاص، وأُدرجت ملاحظاتهم في الفصول ذات الصلة.',
      en: 'Three consultation sessions were held with civil-society organisations, trade unions and the private sector, and their comments were reflected in the relevant chapters.',
    },
    objectives: [
      objective(
        6,
        'in_progress',
        {
          ar: 'عُزّزت الرقابة على مكاتب الاستقدام وأُتيح للعمال المهاجرين تقديم الشكاوى بلغاتهم.',
          en: 'Oversight of recruitment agencies was strengthened and migrant workers can file complaints in their own languages.',
        },
        {
          ar: 'تعديل نظام مكاتب الاستقدام، وإطلاق منصة إلكترونية للشكاوى، وتنفيذ حملات تفتيش مشتركة.',
          en: 'Amended rules for recruitment agencies, an online complaints platform and joint inspection campaigns.',
        },
        { ar: 'منظمة العمل الدولية، نقابات العمال', en: 'ILO, trade unions' },
        ['8.7', '8.8', '10.7'],
        {
          ar: 'عدد الشكاوى المسجلة وتصنيفها حسب الجنسية والقطاع.',
          en: 'Number of complaints registered, by nationality and sector.',
        },
      ),
      objective(
        15,
        'advanced',
        {
          ar: 'يحصل أطفال المهاجرين واللاجئين على التعليم العام، وتتاح الرعاية الصحية الأولية بأسعار موحدة.',
          en: 'Migrant and refugee children attend public schools, and primary health care is offered at uniform prices.',
        },
        {
          ar: 'نظام الفترتين في المدارس، وتوسيع مراكز الرعاية الصحية الأولية في المحافظات المستضيفة.',
          en: 'Double-shift schooling and more primary health centres in host governorates.',
        },
        { ar: 'اليونيسف، منظمة الصحة العالمية', en: 'UNICEF, WHO' },
        ['3.8'],
        {
          ar: 'بيانات التسجيل المدرسي مصنفة حسب الجنسية.',
          en: 'School enrolment data disaggregated by nationality.',
        },
      ),
      objective(
        1,
        'planned',
        {
          ar: 'تعمل دائرة الإحصاءات العامة على إدراج أسئلة عن الهجرة في مسح القوى العاملة.',
          en: 'The statistics department is adding migration questions to the labour force survey.',
        },
        {
          ar: 'خطة لتوحيد تعاريف الهجرة بين الجهات الحكومية.',
          en: 'A plan to harmonise migration definitions across government bodies.',
        },
        { ar: 'الإسكوا، المنظمة الدولية للهجرة', en: 'ESCWA, IOM' },
        ['17.18'],
        { ar: 'بيانات جزئية من المسوح الأسرية.', en: 'Partial data from household surveys.' },
      ),
    ],
    challenges: {
      ar: 'محدودية التمويل، وضعف تصنيف البيانات، وارتفاع أعداد العمال في القطاع غير المنظم.',
      en: 'Limited funding, little disaggregated data, and many workers in the informal sector.',
    },
    priorities: {
      ar: 'توسيع مسارات الهجرة النظامية للعمل وتحسين بيانات الهجرة.',
      en: 'More regular pathways for labour migration and better migration data.',
    },
    practices: {
      ar: 'منصة الشكاوى الإلكترونية متعددة اللغات التي خفضت مدة معالجة الشكاوى إلى النصف.',
      en: 'The multilingual online complaints platform, which halved the time taken to handle complaints.',
    },
  },
  {
    n: 2,
    cycle: 'firstCycle',
    country: 'EGY',
    status: 'published',
    publishedOn: '2021-02-12',
    title: {
      ar: 'الاستعراض الوطني الطوعي لمصر بشأن تنفيذ الاتفاق العالمي من أجل الهجرة',
      en: 'Voluntary national review of Egypt on the implementation of the Global Compact for Migration',
    },
    introduction: {
      ar: 'نسّقت إعداد الاستعراض اللجنة الوطنية التنسيقية لمكافحة ومنع الهجرة غير الشرعية والاتجار بالبشر، بمشاركة الوزارات المعنية.',
      en: 'The national coordinating committee on preventing irregular migration and trafficking in persons coordinated the review with the ministries concerned.',
    },
    consultation: {
      ar: 'شاركت الجمعيات الأهلية ومراكز البحث وممثلو المصريين في الخارج في ورش عمل تشاورية.',
      en: 'NGOs, research centres and representatives of Egyptians abroad took part in consultation workshops.',
    },
    objectives: [
      objective(
        2,
        'in_progress',
        {
          ar: 'تُنفَّذ مشروعات للتنمية المحلية وتشغيل الشباب في المحافظات الأكثر تصديرًا للهجرة غير النظامية.',
          en: 'Local development and youth employment projects run in the governorates most affected by irregular migration.',
        },
        {
          ar: 'قروض صغيرة، وتدريب مهني، وحملات توعية في المدارس.',
          en: 'Small loans, vocational training and awareness campaigns in schools.',
        },
        { ar: 'الاتحاد الأوروبي، برنامج الأمم المتحدة الإنمائي', en: 'European Union, UNDP' },
        ['1.3', '8.5'],
        {
          ar: 'مؤشرات البطالة على مستوى المحافظات.',
          en: 'Unemployment indicators by governorate.',
        },
      ),
      objective(
        10,
        'advanced',
        {
          ar: 'صدر قانون لمكافحة الاتجار بالبشر وأُنشئت وحدات متخصصة في النيابة العامة.',
          en: 'A law against trafficking in persons was adopted and specialised units were set up in the public prosecution.',
        },
        {
          ar: 'استراتيجية وطنية، وخط ساخن للإبلاغ، ودار إيواء للضحايا.',
          en: 'A national strategy, a reporting hotline and a shelter for victims.',
        },
        { ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة', en: 'UNODC' },
        ['5.2', '16.2'],
        {
          ar: 'عدد القضايا والضحايا المحددين سنويًا.',
          en: 'Cases and victims identified each year.',
        },
      ),
      objective(
        19,
        'in_progress',
        {
          ar: 'تعمل وزارة الهجرة وشؤون المصريين بالخارج على إشراك الكفاءات المصرية في الخارج في مشروعات التنمية.',
          en: 'The ministry in charge of Egyptians abroad involves expatriate experts in development projects.',
        },
        {
          ar: 'مؤتمرات سنوية للكفاءات، وقاعدة بيانات للخبرات.',
          en: 'Annual conferences of expatriate experts and a database of skills.',
        },
        { ar: 'المنظمة الدولية للهجرة', en: 'IOM' },
        ['10.c'],
        { ar: 'تقديرات أعداد المصريين في الخارج.', en: 'Estimates of Egyptians living abroad.' },
      ),
    ],
    challenges: {
      ar: 'استمرار دوافع الهجرة الاقتصادية، وصعوبة الوصول إلى بيانات محدثة عن المصريين في الخارج.',
      en: 'Persistent economic drivers of migration and difficult access to current data on Egyptians abroad.',
    },
    priorities: {
      ar: 'الحد من الهجرة غير النظامية عبر التنمية، وحماية العمال المصريين في الخارج.',
      en: 'Reducing irregular migration through development, and protecting Egyptian workers abroad.',
    },
    practices: {
      ar: 'مبادرة «مراكب النجاة» للتوعية بمخاطر الهجرة غير النظامية في القرى.',
      en: 'The "Lifeboats" initiative raising awareness of the risks of irregular migration in villages.',
    },
  },
  {
    n: 3,
    cycle: 'firstCycle',
    country: 'MAR',
    status: 'published',
    publishedOn: '2021-02-15',
    title: {
      ar: 'الاستعراض الوطني الطوعي للمغرب بشأن تنفيذ الاتفاق العالمي من أجل الهجرة',
      en: 'Voluntary national review of Morocco on the implementation of the Global Compact for Migration',
    },
    introduction: {
      ar: 'يستند الاستعراض إلى الاستراتيجية الوطنية للهجرة واللجوء، وقد أعدّته الوزارة المكلفة بالهجرة مع القطاعات الحكومية.',
      en: 'The review builds on the national strategy on immigration and asylum and was prepared by the ministry in charge of migration with other government departments.',
    },
    consultation: {
      ar: 'نُظّمت لقاءات جهوية مع جمعيات المهاجرين والسلطات المحلية.',
      en: 'Regional meetings were held with migrant associations and local authorities.',
    },
    objectives: [
      objective(
        5,
        'advanced',
        {
          ar: 'أُجريت عمليتان استثنائيتان لتسوية أوضاع المهاجرين في وضع غير نظامي.',
          en: 'Two exceptional regularisation campaigns were carried out for migrants in an irregular situation.',
        },
        {
          ar: 'لجان إقليمية لدراسة الطلبات، ولجنة وطنية للطعون.',
          en: 'Provincial committees to examine applications and a national appeals committee.',
        },
        {
          ar: 'المجلس الوطني لحقوق الإنسان، جمعيات المهاجرين',
          en: 'National human rights council, migrant associations',
        },
        ['10.7'],
        {
          ar: 'عدد الطلبات المقبولة حسب الجنسية والجنس.',
          en: 'Applications accepted, by nationality and sex.',
        },
      ),
      objective(
        16,
        'in_progress',
        {
          ar: 'يستفيد المهاجرون المسوّاة أوضاعهم من برامج التكوين المهني والإدماج في سوق العمل.',
          en: 'Regularised migrants benefit from vocational training and labour-market integration programmes.',
        },
        {
          ar: 'دروس في اللغة والثقافة، ومواكبة لإنشاء المقاولات الصغيرة.',
          en: 'Language and culture classes, and support for setting up small businesses.',
        },
        {
          ar: 'الوكالة الوطنية لإنعاش التشغيل، المجتمع المدني',
          en: 'National employment agency, civil society',
        },
        ['4.b', '8.5'],
        { ar: 'عدد المستفيدين من برامج الإدماج.', en: 'Number of people in integration programmes.' },
      ),
      objective(
        15,
        'in_progress',
        {
          ar: 'يُتاح للمهاجرين الولوج إلى المدارس العمومية والمراكز الصحية.',
          en: 'Migrants have access to public schools and health centres.',
        },
        {
          ar: 'مذكرات وزارية تيسّر تسجيل أطفال المهاجرين في المدارس.',
          en: 'Ministerial circulars easing the enrolment of migrant children.',
        },
        { ar: 'المنظمة الدولية للهجرة، اليونيسف', en: 'IOM, UNICEF' },
        ['3.8'],
        { ar: 'بيانات إدارية جزئية.', en: 'Partial administrative data.' },
      ),
    ],
    challenges: {
      ar: 'الضغط على الخدمات في بعض المدن، والحاجة إلى تمويل مستدام لبرامج الإدماج.',
      en: 'Pressure on services in some cities and the need for sustained funding of integration programmes.',
    },
    priorities: {
      ar: 'تعزيز الإدماج الاجتماعي والاقتصادي ومكافحة التمييز.',
      en: 'Stronger social and economic inclusion, and action against discrimination.',
    },
    practices: {
      ar: 'عمليات التسوية الاستثنائية المقرونة ببرامج إدماج على المستوى الجهوي.',
      en: 'Exceptional regularisation combined with regional integration programmes.',
    },
  },
  {
    n: 4,
    cycle: 'firstCycle',
    country: 'IRQ',
    status: 'published',
    publishedOn: '2021-02-18',
    title: {
      ar: 'الاستعراض الوطني الطوعي للعراق بشأن تنفيذ الاتفاق العالمي من أجل الهجرة',
      en: 'Voluntary national review of Iraq on the implementation of the Global Compact for Migration',
    },
    introduction: {
      ar: 'أعدّت الاستعراضَ وزارةُ الهجرة والمهجرين بالتعاون مع وزارة التخطيط والجهاز المركزي للإحصاء.',
      en: 'The ministry of migration and displacement prepared the review with the ministry of planning and the central statistics office.',
    },
    consultation: {
      ar: 'شملت المشاورات ممثلين عن المحافظات والمنظمات غير الحكومية العاملة مع العائدين.',
      en: 'Consultations included representatives of the governorates and NGOs working with returnees.',
    },
    objectives: [
      objective(
        21,
        'in_progress',
        {
          ar: 'تقدم الحكومة منحًا للعائدين وتدعم إعادة إدماجهم في مناطقهم الأصلية.',
          en: 'The government gives grants to returnees and supports their reintegration in their areas of origin.',
        },
        {
          ar: 'منح العودة، ومشروعات سبل العيش، وإعادة إصدار الوثائق الثبوتية.',
          en: 'Return grants, livelihood projects and reissuing identity documents.',
        },
        { ar: 'المنظمة الدولية للهجرة، المفوضية', en: 'IOM, UNHCR' },
        ['1.3', '13.1'],
        { ar: 'مصفوفة تتبع النزوح والعودة.', en: 'The displacement and return tracking matrix.' },
      ),
      objective(
        1,
        'in_progress',
        {
          ar: 'يعمل الجهاز المركزي للإحصاء على قاعدة بيانات وطنية للهجرة.',
          en: 'The central statistics office is building a national migration database.',
        },
        {
          ar: 'ربط سجلات الحدود بالسجل المدني.',
          en: 'Linking border records with the civil register.',
        },
        { ar: 'الإسكوا', en: 'ESCWA' },
        ['17.18'],
        { ar: 'سجلات إدارية غير موحدة.', en: 'Administrative records not yet harmonised.' },
      ),
      objective(
        23,
        'planned',
        {
          ar: 'يسعى العراق إلى اتفاقات ثنائية مع دول المقصد بشأن حماية العمال وإعادة القبول.',
          en: 'Iraq is seeking bilateral agreements with destination countries on the protection of workers and readmission.',
        },
        {
          ar: 'مفاوضات جارية مع عدد من الدول.',
          en: 'Negotiations under way with several countries.',
        },
        { ar: 'جامعة الدول العربية', en: 'League of Arab States' },
        ['17.18'],
        { ar: 'لا تتوفر بيانات بعد.', en: 'No data yet.' },
      ),
    ],
    challenges: {
      ar: 'تحديات أمنية في بعض المناطق، وضعف البنية التحتية للخدمات في مناطق العودة.',
      en: 'Security challenges in some areas and weak service infrastructure in areas of return.',
    },
    priorities: {
      ar: 'عودة مستدامة وكريمة للنازحين والمهاجرين، وتحسين بيانات الهجرة.',
      en: 'Sustainable and dignified return of displaced people and migrants, and better migration data.',
    },
    practices: {
      ar: 'مراكز خدمة متكاملة للعائدين في المحافظات.',
      en: 'One-stop service centres for returnees in the governorates.',
    },
  },
  {
    n: 5,
    cycle: 'secondCycle',
    country: 'EGY',
    status: 'drafting',
    createdBy: 'focal.eg@marsad.test',
    title: {
      ar: 'الاستعراض الوطني الطوعي الثاني لمصر (قيد الإعداد)',
      en: 'Second voluntary national review of Egypt (in preparation)',
    },
    introduction: {
      ar: 'يجري إعداد الاستعراض الثاني بالبناء على توصيات الاستعراض الإقليمي الأول.',
      en: 'The second review is being prepared, building on the recommendations of the first regional review.',
    },
    consultation: { ar: '', en: '' },
    objectives: [
      objective(
        10,
        'advanced',
        {
          ar: 'تحديث الاستراتيجية الوطنية لمكافحة الاتجار بالبشر.',
          en: 'The national strategy against trafficking in persons is being updated.',
        },
        { ar: '', en: '' },
        { ar: '', en: '' },
        [],
        { ar: '', en: '' },
      ),
    ],
    challenges: { ar: '', en: '' },
    priorities: { ar: '', en: '' },
    practices: { ar: '', en: '' },
  },
  {
    n: 6,
    cycle: 'secondCycle',
    country: 'MAR',
    status: 'submitted',
    title: {
      ar: 'الاستعراض الوطني الطوعي الثاني للمغرب',
      en: 'Second voluntary national review of Morocco',
    },
    introduction: {
      ar: 'يعرض هذا الاستعراض التقدم المحرز منذ عام 2021 في تنفيذ الاستراتيجية الوطنية للهجرة واللجوء.',
      en: 'This review sets out progress since 2021 in implementing the national strategy on immigration and asylum.',
    },
    consultation: {
      ar: 'شارك المجتمع المدني في إعداد الاستعراض عبر منصة تشاورية إلكترونية.',
      en: 'Civil society took part through an online consultation platform.',
    },
    objectives: [
      objective(
        16,
        'advanced',
        {
          ar: 'توسعت برامج الإدماج لتشمل جهات جديدة.',
          en: 'Integration programmes were extended to new regions.',
        },
        { ar: 'برامج جهوية للإدماج.', en: 'Regional integration programmes.' },
        { ar: 'الجماعات الترابية', en: 'Local authorities' },
        ['10.2'],
        { ar: 'تقارير المتابعة السنوية.', en: 'Annual monitoring reports.' },
      ),
    ],
    challenges: { ar: 'استدامة التمويل.', en: 'Sustained funding.' },
    priorities: { ar: 'الإدماج على المستوى المحلي.', en: 'Inclusion at local level.' },
    practices: { ar: 'منصة التشاور الإلكترونية.', en: 'The online consultation platform.' },
  },
];

function answersOf(review: SampleReview): SectionAnswer[] {
  const text = (t: Text) => Object.fromEntries(Object.entries(t).filter(([, v]) => v)) as Translated;
  const plain = (key: string, body: Text): SectionAnswer[] =>
    body.ar || body.en ? [{ key, body: text(body) }] : [];
  return [
    ...plain('introduction', review.introduction),
    ...plain('consultation', review.consultation),
    ...review.objectives.map((o) => ({
      key: objectiveSectionKey(o.objective),
      body: text(o.body),
      objectiveStatus: o.status,
      measures: text(o.measures),
      partners: text(o.partners),
      sdgTargets: o.sdgTargets,
      dataAvailable: text(o.dataAvailable),
    })),
    ...plain('challenges', review.challenges),
    ...plain('priorities', review.priorities),
    ...plain('practices', review.practices),
  ];
}

const outcomeText = {
  title: { ar: 'الرسائل الرئيسية للاستعراض الإقليمي الأول', en: 'Key messages of the first regional review' },
  body: {
    ar: [
      'قدّمت ثلاث عشرة دولة من الدول الأعضاء الاثنتين والعشرين في جامعة الدول العربية استعراضاتها الوطنية الطوعية، وهو أساس متين للاستعراضات القادمة.',
      'تدعو الدول والشركاء إلى تحسين بيانات الهجرة المصنفة وإتاحتها، إذ كان الحصول على البيانات والتقارير من أبرز التحديات.',
      'يتطلب تنفيذ الاتفاق العالمي نهجًا يشمل الحكومة بأكملها والمجتمع بأسره، مع مساحات دائمة لحوار أصحاب المصلحة وتمثيلهم.',
      'تحتاج الأهداف الأقل تناولًا في الاستعراضات الوطنية إلى اهتمام خاص في خطط التنفيذ الوطنية والتعهدات المقبلة.',
    ].join('\n\n'),
    en: [
      'Thirteen of the twenty-two member states of the League of Arab States submitted voluntary national reviews, a solid basis for the reviews to come.',
      'States and partners call for better and more accessible disaggregated migration data: access to data and reports was among the main challenges.',
      'Implementing the Global Compact requires whole-of-government and whole-of-society approaches, with lasting spaces for stakeholders to take part and be represented.',
      'The objectives least reported on in the national reviews need particular attention in national implementation plans and future pledges.',
    ].join('\n\n'),
  },
};

async function idByEmail(db: DbOrTx, emails: string[]) {
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  return new Map(rows.map((r) => [r.email, r.id]));
}

/** Loads the sample reviews once (nothing when a sample cycle exists). Returns whether anything was loaded. */
/** The secretariat's words around the compiled parts of the first cycle's synthesis (sample). */
const synthesisNarrative = {
  introduction: {
    ar: 'يجمع هذا التقرير ما أفادت به الدول الأعضاء في جامعة الدول العربية في استعراضاتها الوطنية الطوعية خلال الاستعراض الإقليمي الأول، إلى جانب الاستعراضات الموازية لأصحاب المصلحة. وهو بيانات تجريبية لعرض المنصة.',
    en: 'This report brings together what member states of the League of Arab States reported in their voluntary national reviews during the first regional review, beside the stakeholders’ parallel reviews. It is sample data to show the platform.',
  },
  objectives: {},
  conclusions: {
    ar: 'تبرز الحاجة إلى بيانات مصنفة عن الهجرة وإلى تعزيز مسارات الهجرة النظامية، ويُقترح أن تركز الدورة الثانية على الأهداف الأقل تناولًا في المنطقة.',
    en: 'Disaggregated migration data and stronger regular pathways stand out; the second cycle is invited to focus on the objectives least reported in the region.',
  },
};

export async function seedDemoReviews(db: Db): Promise<boolean> {
  const loaded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727277)`);
    const [existing] = await tx
      .select({ id: reviewCycles.id })
      .from(reviewCycles)
      .where(eq(reviewCycles.isSample, true))
      .limit(1);
    if (existing) return false;
    const members = (
      await tx
        .select({ iso3: regionMembers.countryIso3 })
        .from(regionMembers)
        .where(eq(regionMembers.regionId, 'LAS'))
    ).map((r) => r.iso3);
    if (!members.length) {
      logger.warn('demo seed: the LAS members are not in the reference data; sample reviews skipped');
      return false;
    }
    const people = await idByEmail(tx, [
      'las@marsad.test',
      'focal.jo@marsad.test',
      'focal.eg@marsad.test',
      'ngo@marsad.test',
    ]);
    const lasId = people.get('las@marsad.test') ?? null;

    const template = await createReviewTemplate(tx, {
      id: demoReviewIds.template,
      isSample: true,
      publishedAt: new Date('2019-12-20T00:00:00Z'),
      createdBy: lasId,
      description: {
        ar: 'النموذج الذي ترسله الأطراف الإقليمية إلى الدول لإعداد استعراضاتها الوطنية الطوعية: المقدمة، والتشاور، وقسم لكل هدف من الأهداف الثلاثة والعشرين، والمبادئ التوجيهية، والتحديات، والأولويات، والممارسات الواعدة، والدعم المطلوب، والخطوات التالية، والملاحق.',
        en: 'The template the regional partners send states for their voluntary national reviews: introduction, consultation, one section per objective of the 23, guiding principles, challenges, priorities, promising practices, support needed, next steps and annexes.',
      },
    });
    const partners = {
      ar: 'جامعة الدول العربية، اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)، المنظمة الدولية للهجرة',
      en: 'League of Arab States, ESCWA, IOM',
    };
    const first = await createReviewCycle(tx, {
      id: demoReviewIds.firstCycle,
      templateId: template.id,
      states: members,
      title: {
        ar: 'الاستعراض الإقليمي الأول للاتفاق العالمي من أجل الهجرة في المنطقة العربية (2019–2021)',
        en: 'First Arab regional review of the Global Compact for Migration (2019–2021)',
      },
      description: {
        ar: 'أول استعراض إقليمي لتنفيذ الاتفاق العالمي في المنطقة العربية، نظّمته جامعة الدول العربية والإسكوا والمنظمة الدولية للهجرة مع شبكة الأمم المتحدة الإقليمية المعنية بالهجرة.\n\nقُدّمت نتائجه إلى المنتدى الدولي لاستعراض الهجرة عام 2022.',
        en: 'The first regional review of the implementation of the Global Compact in the Arab region, organised by the League of Arab States, ESCWA and IOM with the regional UN Network on Migration.\n\nIts findings were submitted to the International Migration Review Forum in 2022.',
      },
      partners,
      status: 'closed',
      submissionDeadline: '2021-01-31',
      openedAt: new Date('2020-01-20T00:00:00Z'),
      closedAt: new Date('2021-02-23T00:00:00Z'),
      createdBy: lasId,
      isSample: true,
    });
    const second = await createReviewCycle(tx, {
      id: demoReviewIds.secondCycle,
      templateId: template.id,
      states: members,
      title: {
        ar: 'الاستعراض الإقليمي الثاني للاتفاق العالمي من أجل الهجرة في المنطقة العربية (2024)',
        en: 'Second Arab regional review of the Global Compact for Migration (2024)',
      },
      description: {
        ar: 'الاستعراض الإقليمي الثاني، وقد عُقد مؤتمره في القاهرة يومي 3 و4 تموز/يوليو 2024. تبقى الدورة مفتوحة لاستقبال الاستعراضات المتأخرة.',
        en: 'The second regional review, whose conference met in Cairo on 3–4 July 2024. The cycle stays open for late reviews.',
      },
      partners,
      status: 'open',
      submissionDeadline: '2024-05-31',
      openedAt: new Date('2024-02-01T00:00:00Z'),
      createdBy: lasId,
      isSample: true,
    });
    const cycles = { firstCycle: first, secondCycle: second };
    for (const key of ['firstCycle', 'secondCycle'] as const) {
      await tx.insert(reviewMilestones).values(
        milestones[key].map((m, position) => ({
          cycleId: cycles[key].id,
          position,
          kind: m.kind,
          title: m.title,
          startsOn: m.startsOn,
          endsOn: 'endsOn' in m ? m.endsOn : null,
          location: m.location,
          summary: 'summary' in m ? m.summary : {},
        })),
      );
    }

    for (const sample of samples) {
      const cycle = cycles[sample.cycle];
      const published = sample.status === 'published';
      const handedIn = published || sample.status === 'submitted';
      const at = published ? new Date(`${sample.publishedOn}T09:00:00Z`) : null;
      const review = await createReview(tx, {
        id: reviewId(sample.n),
        cycleId: cycle.id,
        countryIso3: sample.country,
        status: sample.status,
        title: sample.title,
        originalLanguage: 'ar',
        sections: answersOf(sample),
        createdBy: people.get(sample.createdBy ?? '') ?? null,
        isSample: true,
        publishedAt: at,
        submittedAt: handedIn ? (at ?? new Date('2024-05-28T09:00:00Z')) : null,
        submittedVersions: handedIn ? 1 : 0,
      });
      if (handedIn) {
        await setTags({
          db: tx,
          entityType: reviewEntityType,
          entityId: review.id,
          tags: {
            objectives: sample.objectives.map((o) => o.objective),
            countries: [sample.country],
            regions: [cycle.regionId],
          },
        });
      }
    }

    // A parallel review by the sample civil-society organisation, published beside the official ones.
    const ngoUser = people.get('ngo@marsad.test');
    const [membership] = ngoUser
      ? await tx
          .select({ organisationId: organisationMembers.organisationId })
          .from(organisationMembers)
          .where(and(eq(organisationMembers.userId, ngoUser), eq(organisationMembers.role, 'admin')))
          .limit(1)
      : [];
    if (membership) {
      const parallel = await createReview(tx, {
        id: reviewId(20),
        cycleId: first.id,
        kind: 'parallel',
        organisationId: membership.organisationId,
        countryIso3: 'LBN',
        status: 'published',
        title: {
          ar: 'استعراض موازٍ: أوضاع العمال المهاجرين في لبنان',
          en: 'Parallel review: the situation of migrant workers in Lebanon',
        },
        originalLanguage: 'ar',
        isSample: true,
        createdBy: ngoUser,
        publishedAt: new Date('2021-02-20T09:00:00Z'),
        submittedAt: new Date('2021-02-19T09:00:00Z'),
        submittedVersions: 1,
        sections: [
          {
            key: 'introduction',
            body: {
              ar: 'أعدّت هذا الاستعراض الموازي شبكة من منظمات المجتمع المدني بالاستناد إلى مقابلات مع عاملات وعمال مهاجرين.',
              en: 'A network of civil-society organisations prepared this parallel review from interviews with migrant workers.',
            },
          },
          {
            key: objectiveSectionKey(6),
            body: {
              ar: 'ما زالت ممارسات الاستقدام غير العادلة ومصادرة جوازات السفر شائعة.',
              en: 'Unfair recruitment practices and the confiscation of passports remain common.',
            },
            objectiveStatus: 'not_started',
          },
          {
            key: objectiveSectionKey(7),
            body: {
              ar: 'تحتاج العاملات في المنازل إلى حماية قانونية وإلى سبل إنصاف ميسّرة.',
              en: 'Domestic workers need legal protection and accessible remedies.',
            },
            objectiveStatus: 'planned',
          },
          {
            key: 'priorities',
            body: {
              ar: 'إصلاح نظام الكفالة وتوسيع نطاق قانون العمل ليشمل العمال المنزليين.',
              en: 'Reforming the sponsorship system and extending labour law to domestic workers.',
            },
          },
        ],
      });
      await setTags({
        db: tx,
        entityType: reviewEntityType,
        entityId: parallel.id,
        tags: { objectives: [6, 7], countries: ['LBN'], regions: ['LAS'] },
      });
    }

    // The first cycle's outcome document, published.
    const [outcome] = await tx
      .insert(reviewOutcomes)
      .values({
        cycleId: first.id,
        ...outcomeText,
        latestVersion: 1,
        publishedVersion: 1,
        publishedAt: new Date('2021-03-15T09:00:00Z'),
        createdBy: lasId,
        isSample: true,
      })
      .returning();
    await tx.insert(reviewOutcomeVersions).values({
      outcomeId: outcome!.id,
      number: 1,
      ...outcomeText,
      paragraphIds: positionalIds(outcomeText.body),
      savedBy: lasId,
      savedAt: new Date('2021-03-10T09:00:00Z'),
    });

    // The first cycle's synthesis report, published as version 1 (compiled from the reviews above).
    const secretariat: Subject = {
      userId: lasId,
      grants: [{ role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }],
    };
    // Its migration patterns and trends (sample figures with their sources), compiled into version 1.
    await recordDemoTrendFigures(tx, secretariat, first.id);
    await saveSynthesisNarrative({
      db: tx,
      subject: secretariat,
      cycleId: first.id,
      expectedVersion: 0,
      narrative: synthesisNarrative,
    });
    await publishSynthesis({
      db: tx,
      subject: secretariat,
      cycleId: first.id,
      expectedVersion: 1,
      now: new Date('2021-06-01T09:00:00Z'),
    });
    return true;
  });
  if (loaded) logger.info('demo seed: sample review cycles, reviews, outcome document and synthesis loaded');
  if (loaded) {
    await rebuildContentIndex(db, [
      'national_review',
      'parallel_review',
      'synthesis',
      'outcome_document',
      'outcome_paragraph',
      'consultation_summary',
    ]);
  }
  return loaded;
}
