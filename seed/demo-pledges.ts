import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { organisationMembers, organisations, users } from '#db/schema/index';
import {
  type ImplementationStatus,
  type PledgeForm,
  type PledgeKind,
  type PledgeStatus,
  pledgeIndicators,
  pledgePartners,
  pledges,
  pledgeTransitions,
  pledgeUpdates,
  pledgeUpdateValues,
} from '#db/schema/pledges';
import { syncContent } from '~/modules/content/sync-content.server';
import { addMonths } from '~/modules/pledges/freshness';
import { pledgeContent } from '~/modules/pledges/pledge-content.server';
import { pledgeEntityType } from '~/modules/pledges/pledge-records.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Db } from '~/platform/db.server';
import { logger } from '~/platform/logger.server';

/**
 * About 60 sample pledges (is_sample) for the demo: every objective, form, kind and status, states
 * (Jordan, Egypt) and organisations in several Arab countries, indicators, tags and progress
 * updates of various ages so the freshness view shows green, amber and red. Deterministic: the same
 * themes and pledgers in the same order every time; dates count back from `now`.
 */

interface Theme {
  title: Required<Translated>;
  body: Required<Translated>;
  objectives: number[];
  principles: string[];
  forms: PledgeForm[];
  indicator: { name: Required<Translated>; unit: string; baseline: number; target: number };
}

const themes: Theme[] = [
  {
    title: {
      en: 'Fair recruitment fee reimbursement scheme',
      ar: 'آلية لرد رسوم التوظيف المدفوعة دون وجه حق',
    },
    body: {
      en: 'Set up a complaint window where migrant workers can report recruitment fees and related costs charged to them, investigate every complaint within sixty days, and reimburse workers from a guarantee fund financed by licensed recruitment agencies, publishing the number of cases and amounts returned.',
      ar: 'إنشاء نافذة شكاوى يبلغ فيها العمال المهاجرون عن رسوم التوظيف والتكاليف المرتبطة بها التي فرضت عليهم، والتحقيق في كل شكوى خلال ستين يوماً، ورد المبالغ إلى العمال من صندوق ضمان تموله وكالات التوظيف المرخصة، مع نشر عدد الحالات والمبالغ المستردة.',
    },
    objectives: [6, 22],
    principles: ['human_rights', 'rule_of_law_due_process'],
    forms: ['policy', 'process'],
    indicator: {
      name: { en: 'Workers reimbursed', ar: 'عمال استردوا الرسوم' },
      unit: 'workers',
      baseline: 0,
      target: 1500,
    },
  },
  {
    title: { en: 'Disaggregated migration statistics portal', ar: 'بوابة إحصاءات الهجرة المصنفة' },
    body: {
      en: 'Publish an open statistics portal with annual data on immigration, emigration, labour migration and returns, disaggregated by sex, age and nationality, harmonised with the international recommendations on migration statistics and updated each year from administrative records and the labour force survey.',
      ar: 'نشر بوابة إحصاءات مفتوحة تضم بيانات سنوية عن الهجرة الوافدة والمغادرة وهجرة العمل والعودة، مصنفة حسب الجنس والعمر والجنسية، ومتسقة مع التوصيات الدولية بشأن إحصاءات الهجرة، وتحديثها كل عام من السجلات الإدارية ومسح القوى العاملة.',
    },
    objectives: [1, 23],
    principles: ['whole_of_government', 'sustainable_development'],
    forms: ['process'],
    indicator: {
      name: { en: 'Datasets published', ar: 'مجموعات البيانات المنشورة' },
      unit: 'datasets',
      baseline: 2,
      target: 12,
    },
  },
  {
    title: {
      en: 'Legal identity documents for children born to migrants',
      ar: 'وثائق الهوية القانونية لأطفال المهاجرين المولودين في البلد',
    },
    body: {
      en: 'Register at birth every child born to migrant parents regardless of the parents’ status, run mobile civil registration teams in the governorates with most migrants, and waive late registration fees for children already born, so that no child remains without a birth certificate.',
      ar: 'تسجيل كل طفل يولد لأبوين مهاجرين عند الولادة بصرف النظر عن وضع الوالدين، وتسيير فرق متنقلة للأحوال المدنية في المحافظات التي تضم أكبر عدد من المهاجرين، والإعفاء من رسوم التسجيل المتأخر للأطفال المولودين سابقاً، حتى لا يبقى أي طفل دون شهادة ميلاد.',
    },
    objectives: [4, 7],
    principles: ['child_sensitive', 'human_rights'],
    forms: ['process', 'human_resources'],
    indicator: {
      name: { en: 'Late birth registrations completed', ar: 'حالات تسجيل متأخر للمواليد أنجزت' },
      unit: 'children',
      baseline: 0,
      target: 5000,
    },
  },
  {
    title: { en: 'Seasonal agricultural work corridor', ar: 'ممر منظم للعمل الزراعي الموسمي' },
    body: {
      en: 'Negotiate a bilateral seasonal work arrangement for agriculture with standard contracts in both languages, pre-departure orientation, health insurance from the first day, and guaranteed return travel, opening regular places each season instead of relying on irregular hiring.',
      ar: 'التفاوض على ترتيب ثنائي للعمل الموسمي في الزراعة يتضمن عقوداً موحدة باللغتين، وتوجيهاً قبل السفر، وتأميناً صحياً من اليوم الأول، وتذكرة عودة مضمونة، وفتح مقاعد نظامية كل موسم بدلاً من الاعتماد على التشغيل غير النظامي.',
    },
    objectives: [5, 6],
    principles: ['international_cooperation', 'national_sovereignty'],
    forms: ['policy'],
    indicator: {
      name: { en: 'Seasonal workers placed', ar: 'عمال موسميون جرى تشغيلهم' },
      unit: 'workers',
      baseline: 0,
      target: 3000,
    },
  },
  {
    title: { en: 'Search and rescue coordination at sea', ar: 'تنسيق البحث والإنقاذ في البحر' },
    body: {
      en: 'Equip and staff a maritime rescue coordination centre around the clock, agree disembarkation procedures with neighbouring states, and keep a public register of people missing at sea with a family tracing service that shares information with families through the national Red Crescent.',
      ar: 'تجهيز مركز تنسيق للإنقاذ البحري يعمل على مدار الساعة وتزويده بالموظفين، والاتفاق مع الدول المجاورة على إجراءات الإنزال، والاحتفاظ بسجل علني للمفقودين في البحر مع خدمة للبحث عن الأسر تتبادل المعلومات مع العائلات عبر جمعية الهلال الأحمر الوطنية.',
    },
    objectives: [8, 11],
    principles: ['people_centred', 'international_cooperation'],
    forms: ['human_resources', 'financial'],
    indicator: {
      name: { en: 'Rescue operations coordinated', ar: 'عمليات إنقاذ منسقة' },
      unit: 'operations',
      baseline: 10,
      target: 120,
    },
  },
  {
    title: {
      en: 'Specialised prosecution unit against trafficking',
      ar: 'وحدة نيابة متخصصة لمكافحة الاتجار بالبشر',
    },
    body: {
      en: 'Create a specialised prosecution unit for trafficking in persons and migrant smuggling, train judges and prosecutors on victim identification, and open two shelters with legal aid and psychosocial support, so that victims are protected and never punished for acts they were forced to commit.',
      ar: 'إنشاء وحدة نيابة متخصصة في قضايا الاتجار بالأشخاص وتهريب المهاجرين، وتدريب القضاة وأعضاء النيابة على تحديد الضحايا، وافتتاح دارين للإيواء تقدمان المساعدة القانونية والدعم النفسي والاجتماعي، حتى تحمى الضحايا ولا يعاقبوا على أفعال أكرهوا عليها.',
    },
    objectives: [9, 10],
    principles: ['rule_of_law_due_process', 'gender_responsive'],
    forms: ['human_resources', 'process'],
    indicator: {
      name: { en: 'Prosecutors trained', ar: 'أعضاء نيابة مدربون' },
      unit: 'people',
      baseline: 0,
      target: 150,
    },
  },
  {
    title: { en: 'Alternatives to immigration detention for children', ar: 'بدائل احتجاز الأطفال المهاجرين' },
    body: {
      en: 'End the detention of migrant children for immigration reasons by placing them and their families in community-based case management with social workers, regular reporting and access to school, and review every adult detention case within fourteen days with access to a lawyer.',
      ar: 'إنهاء احتجاز الأطفال المهاجرين لأسباب تتعلق بالهجرة بإلحاقهم مع أسرهم ببرامج إدارة حالات مجتمعية يشرف عليها أخصائيون اجتماعيون مع إبلاغ دوري والتحاق بالمدرسة، ومراجعة كل حالة احتجاز لبالغ خلال أربعة عشر يوماً مع حق الاستعانة بمحام.',
    },
    objectives: [13, 7],
    principles: ['child_sensitive', 'rule_of_law_due_process'],
    forms: ['policy', 'process'],
    indicator: {
      name: { en: 'Children in community case management', ar: 'أطفال ضمن إدارة الحالات المجتمعية' },
      unit: '%',
      baseline: 20,
      target: 100,
    },
  },
  {
    title: {
      en: 'Consular assistance hotline for nationals abroad',
      ar: 'خط ساخن للمساعدة القنصلية للمواطنين في الخارج',
    },
    body: {
      en: 'Run a free consular hotline and messaging service for nationals working abroad, appoint labour attachés in the five main destination countries, and fund legal representation for nationals facing labour disputes or detention, with a yearly report on cases handled and outcomes.',
      ar: 'تشغيل خط ساخن مجاني وخدمة مراسلة قنصلية للمواطنين العاملين في الخارج، وتعيين ملحقين عماليين في بلدان المقصد الخمسة الرئيسية، وتمويل التمثيل القانوني للمواطنين الذين يواجهون نزاعات عمل أو احتجازاً، مع تقرير سنوي عن الحالات المعالجة ونتائجها.',
    },
    objectives: [14, 19],
    principles: ['people_centred', 'whole_of_government'],
    forms: ['human_resources', 'financial'],
    indicator: {
      name: { en: 'Cases assisted', ar: 'حالات قدمت لها المساعدة' },
      unit: 'cases',
      baseline: 300,
      target: 2400,
    },
  },
  {
    title: { en: 'Primary health care open to all migrants', ar: 'رعاية صحية أولية مفتوحة لجميع المهاجرين' },
    body: {
      en: 'Open primary health care centres to all migrants at the same fee as nationals, including maternal care and vaccination, separate health services from immigration enforcement by law so that patients are never reported, and train front-line staff to work with interpreters.',
      ar: 'فتح مراكز الرعاية الصحية الأولية أمام جميع المهاجرين بالرسوم نفسها التي يدفعها المواطنون، بما في ذلك رعاية الأمومة والتطعيم، والفصل قانوناً بين الخدمات الصحية وإنفاذ قوانين الهجرة فلا يبلغ عن أي مريض، وتدريب العاملين في الخطوط الأمامية على العمل مع المترجمين.',
    },
    objectives: [15, 7],
    principles: ['human_rights', 'gender_responsive'],
    forms: ['policy', 'financial'],
    indicator: {
      name: { en: 'Health centres open to migrants', ar: 'مراكز صحية مفتوحة للمهاجرين' },
      unit: 'centres',
      baseline: 12,
      target: 60,
    },
  },
  {
    title: {
      en: 'Language and orientation classes in host communities',
      ar: 'دروس اللغة والتوجيه في المجتمعات المضيفة',
    },
    body: {
      en: 'Offer free Arabic language and civic orientation classes for newly arrived migrants in community centres, run joint sports and cultural activities with host community youth, and train municipal staff on inclusive services, measuring participation and satisfaction every semester.',
      ar: 'تقديم دروس مجانية في اللغة العربية والتوجيه المدني للمهاجرين الوافدين حديثاً في المراكز المجتمعية، وتنظيم أنشطة رياضية وثقافية مشتركة مع شباب المجتمع المضيف، وتدريب موظفي البلديات على الخدمات الدامجة، مع قياس المشاركة والرضا كل فصل دراسي.',
    },
    objectives: [16, 17],
    principles: ['whole_of_society', 'people_centred'],
    forms: ['human_resources'],
    indicator: {
      name: { en: 'Participants completing classes', ar: 'مشاركون أتموا الدروس' },
      unit: 'people',
      baseline: 0,
      target: 2000,
    },
  },
  {
    title: {
      en: 'Media charter against hate speech on migrants',
      ar: 'ميثاق إعلامي لمواجهة خطاب الكراهية ضد المهاجرين',
    },
    body: {
      en: 'Agree a voluntary charter with the main newspapers, broadcasters and journalists’ union on evidence-based reporting about migration, train newsrooms on terminology, and monitor coverage twice a year with a published report on hateful or discriminatory content and corrections made.',
      ar: 'الاتفاق مع الصحف الرئيسية وهيئات البث ونقابة الصحفيين على ميثاق طوعي للتغطية المستندة إلى الأدلة بشأن الهجرة، وتدريب غرف الأخبار على المصطلحات، ورصد التغطية مرتين في السنة مع تقرير منشور عن المحتوى المسيء أو التمييزي والتصويبات التي أجريت.',
    },
    objectives: [17],
    principles: ['human_rights', 'whole_of_society'],
    forms: ['process'],
    indicator: {
      name: { en: 'Media outlets signing the charter', ar: 'مؤسسات إعلامية وقعت الميثاق' },
      unit: 'outlets',
      baseline: 0,
      target: 40,
    },
  },
  {
    title: { en: 'Recognition of skills and qualifications', ar: 'الاعتراف بالمهارات والمؤهلات' },
    body: {
      en: 'Establish a skills recognition service that assesses the qualifications and work experience of migrants and returnees within thirty days, sign mutual recognition agreements for five occupations with the main partner countries, and offer short bridging courses where gaps are found.',
      ar: 'إنشاء خدمة للاعتراف بالمهارات تقيم مؤهلات المهاجرين والعائدين وخبراتهم العملية خلال ثلاثين يوماً، وتوقيع اتفاقات اعتراف متبادل لخمس مهن مع بلدان الشراكة الرئيسية، وتقديم دورات تجسيرية قصيرة حيث توجد فجوات.',
    },
    objectives: [18, 5],
    principles: ['sustainable_development', 'international_cooperation'],
    forms: ['process', 'policy'],
    indicator: {
      name: { en: 'Qualifications recognised', ar: 'مؤهلات جرى الاعتراف بها' },
      unit: 'certificates',
      baseline: 100,
      target: 4000,
    },
  },
  {
    title: { en: 'Diaspora investment and knowledge programme', ar: 'برنامج استثمار ومعارف المغتربين' },
    body: {
      en: 'Launch a diaspora programme that matches expatriate professionals with universities and hospitals for short assignments, offers a one-stop desk for diaspora investors, and co-finances small enterprises started by returnees in the regions with the highest youth unemployment.',
      ar: 'إطلاق برنامج للمغتربين يربط المهنيين في الخارج بالجامعات والمستشفيات لمهام قصيرة، ويوفر مكتباً موحداً لمستثمري المغتربين، ويشارك في تمويل المشاريع الصغيرة التي يطلقها العائدون في المناطق الأعلى بطالة بين الشباب.',
    },
    objectives: [19, 2],
    principles: ['sustainable_development', 'whole_of_society'],
    forms: ['financial', 'process'],
    indicator: {
      name: { en: 'Diaspora assignments completed', ar: 'مهام أنجزها المغتربون' },
      unit: 'assignments',
      baseline: 0,
      target: 250,
    },
  },
  {
    title: { en: 'Cheaper and faster remittances', ar: 'تحويلات مالية أرخص وأسرع' },
    body: {
      en: 'Reduce the average cost of sending remittances to below three per cent by licensing digital transfer providers, publishing a comparison website of fees and exchange rates, and offering financial literacy sessions to migrant workers and their families on saving and investing.',
      ar: 'خفض متوسط كلفة إرسال التحويلات المالية إلى أقل من ثلاثة في المئة بترخيص مقدمي خدمات التحويل الرقمي، ونشر موقع لمقارنة الرسوم وأسعار الصرف، وتقديم جلسات للتثقيف المالي للعمال المهاجرين وأسرهم حول الادخار والاستثمار.',
    },
    objectives: [20],
    principles: ['sustainable_development', 'people_centred'],
    forms: ['policy'],
    indicator: {
      name: { en: 'Average remittance cost', ar: 'متوسط كلفة التحويل' },
      unit: '%',
      baseline: 6.5,
      target: 3,
    },
  },
  {
    title: { en: 'Reintegration support for returnees', ar: 'دعم إعادة إدماج العائدين' },
    body: {
      en: 'Provide every returning migrant who asks for it with a reintegration plan covering housing, psychosocial care, job placement or a small business grant, coordinated by a case manager in the home governorate, and follow each case for at least twelve months after return.',
      ar: 'تزويد كل مهاجر عائد يطلب ذلك بخطة لإعادة الإدماج تشمل السكن والرعاية النفسية والاجتماعية والتوظيف أو منحة لمشروع صغير، ينسقها مدير حالة في المحافظة الأصلية، ومتابعة كل حالة مدة اثني عشر شهراً على الأقل بعد العودة.',
    },
    objectives: [21, 7],
    principles: ['people_centred', 'human_rights'],
    forms: ['financial', 'human_resources'],
    indicator: {
      name: { en: 'Returnees with a reintegration plan', ar: 'عائدون لديهم خطة إعادة إدماج' },
      unit: 'people',
      baseline: 0,
      target: 1200,
    },
  },
  {
    title: { en: 'Portability of social security benefits', ar: 'قابلية نقل مستحقات الضمان الاجتماعي' },
    body: {
      en: 'Conclude social security agreements with the three largest countries of origin so that migrant workers keep pension and end-of-service rights when they leave, and allow lump-sum transfers to a bank account abroad within ninety days of a claim, with a yearly public report on transfers made.',
      ar: 'إبرام اتفاقات للضمان الاجتماعي مع أكبر ثلاثة بلدان منشأ كي يحتفظ العمال المهاجرون بحقوق التقاعد ومكافأة نهاية الخدمة عند المغادرة، والسماح بتحويل المبالغ المقطوعة إلى حساب مصرفي في الخارج خلال تسعين يوماً من تقديم الطلب، مع تقرير علني سنوي عن التحويلات المنجزة.',
    },
    objectives: [22, 6],
    principles: ['international_cooperation', 'rule_of_law_due_process'],
    forms: ['policy'],
    indicator: {
      name: { en: 'Agreements in force', ar: 'اتفاقات نافذة' },
      unit: 'agreements',
      baseline: 0,
      target: 3,
    },
  },
  {
    title: { en: 'Accurate information before migrating', ar: 'معلومات دقيقة قبل الهجرة' },
    body: {
      en: 'Open migrant resource centres in four governorates and an online portal giving accurate information on regular migration channels, rights at work, recruitment agencies’ licences and risks of irregular journeys, in Arabic and the main languages of migrants, reviewed every six months.',
      ar: 'افتتاح مراكز موارد للمهاجرين في أربع محافظات وبوابة إلكترونية تقدم معلومات دقيقة عن قنوات الهجرة النظامية والحقوق في العمل وتراخيص وكالات التوظيف ومخاطر الرحلات غير النظامية، بالعربية وباللغات الرئيسية للمهاجرين، مع مراجعتها كل ستة أشهر.',
    },
    objectives: [3, 2],
    principles: ['people_centred', 'whole_of_society'],
    forms: ['process', 'human_resources'],
    indicator: {
      name: { en: 'People advised at resource centres', ar: 'أشخاص تلقوا المشورة في مراكز الموارد' },
      unit: 'people',
      baseline: 500,
      target: 20000,
    },
  },
  {
    title: { en: 'Screening and referral at border points', ar: 'الفرز والإحالة في المنافذ الحدودية' },
    body: {
      en: 'Introduce standard operating procedures at the main land and air border points to identify unaccompanied children, survivors of violence and people in need of international protection, refer them within twenty-four hours to the competent services, and train border officials on the procedures.',
      ar: 'اعتماد إجراءات تشغيل موحدة في المنافذ البرية والجوية الرئيسية لتحديد الأطفال غير المصحوبين والناجين من العنف والأشخاص المحتاجين إلى حماية دولية، وإحالتهم خلال أربع وعشرين ساعة إلى الجهات المختصة، وتدريب موظفي الحدود على هذه الإجراءات.',
    },
    objectives: [12, 11],
    principles: ['human_rights', 'child_sensitive'],
    forms: ['process', 'human_resources'],
    indicator: {
      name: { en: 'Border officials trained', ar: 'موظفو حدود مدربون' },
      unit: 'people',
      baseline: 0,
      target: 600,
    },
  },
  {
    title: {
      en: 'Climate-resilient livelihoods in areas of origin',
      ar: 'سبل عيش قادرة على مواجهة المناخ في مناطق المنشأ',
    },
    body: {
      en: 'Fund water harvesting, drought-tolerant crops and small irrigation schemes in rural districts that lose most young people to migration, so that staying is a real choice, and train local councils to include displacement risks from drought and floods in their development plans.',
      ar: 'تمويل مشاريع حصاد المياه والمحاصيل المقاومة للجفاف وشبكات الري الصغيرة في المناطق الريفية التي تفقد أكبر عدد من شبابها بسبب الهجرة، كي يكون البقاء خياراً حقيقياً، وتدريب المجالس المحلية على إدراج مخاطر النزوح الناجم عن الجفاف والفيضانات في خطط التنمية.',
    },
    objectives: [2, 23],
    principles: ['sustainable_development', 'national_sovereignty'],
    forms: ['financial'],
    indicator: {
      name: { en: 'Households with improved water access', ar: 'أسر تحسن وصولها إلى المياه' },
      unit: 'households',
      baseline: 0,
      target: 8000,
    },
  },
  {
    title: {
      en: 'Regional platform for labour migration cooperation',
      ar: 'منصة إقليمية للتعاون في هجرة العمل',
    },
    body: {
      en: 'Host a regional platform where ministries of labour of countries of origin and destination meet twice a year, exchange data on labour market needs, agree model employment contracts for domestic workers and report jointly on progress to the regional review of the Global Compact.',
      ar: 'استضافة منصة إقليمية تجتمع فيها وزارات العمل في بلدان المنشأ والمقصد مرتين في السنة، وتتبادل البيانات عن احتياجات سوق العمل، وتتفق على عقود عمل نموذجية للعمال المنزليين، وتقدم تقارير مشتركة عن التقدم إلى الاستعراض الإقليمي للاتفاق العالمي.',
    },
    objectives: [23, 6, 5],
    principles: ['international_cooperation', 'whole_of_government'],
    forms: ['process', 'financial'],
    indicator: {
      name: { en: 'Joint meetings held', ar: 'اجتماعات مشتركة عقدت' },
      unit: 'meetings',
      baseline: 0,
      target: 8,
    },
  },
];

interface SamplePledger {
  key: string;
  /** A state pledges through its focal points; an organisation through its members. */
  state?: string;
  organisation?: { name: Required<Translated>; country: string; existingMemberEmail?: string };
  memberEmail?: string;
  currency: string;
  lead: Required<Translated>;
}

const pledgers: SamplePledger[] = [
  {
    key: 'jor',
    state: 'JOR',
    memberEmail: 'focal.jo@marsad.test',
    currency: 'JOD',
    lead: {
      en: 'The Government of Jordan, through the Ministry of Labour and the Ministry of Interior, will',
      ar: 'ستعمل حكومة المملكة الأردنية الهاشمية، من خلال وزارتي العمل والداخلية، على',
    },
  },
  {
    key: 'egy',
    state: 'EGY',
    memberEmail: 'focal.eg@marsad.test',
    currency: 'EGP',
    lead: {
      en: 'The Government of Egypt, through the Ministry of Emigration and Egyptian Expatriates’ Affairs and partner ministries, will',
      ar: 'ستعمل حكومة جمهورية مصر العربية، من خلال وزارة الهجرة وشؤون المصريين بالخارج والوزارات الشريكة، على',
    },
  },
  {
    key: 'lbn-network',
    organisation: {
      name: {
        ar: 'الشبكة اللبنانية لحقوق المهاجرين (منظمة تجريبية)',
        en: 'Lebanese Network for Migrant Rights (sample organisation)',
      },
      country: 'LBN',
      existingMemberEmail: 'ngo@marsad.test',
    },
    currency: 'USD',
    lead: {
      en: 'The Lebanese Network for Migrant Rights, with its member associations across Lebanon, will',
      ar: 'ستعمل الشبكة اللبنانية لحقوق المهاجرين، مع الجمعيات الأعضاء فيها في أنحاء لبنان، على',
    },
  },
  {
    key: 'mar-assoc',
    organisation: {
      name: {
        ar: 'جمعية الأطلس لمرافقة المهاجرين (منظمة تجريبية)',
        en: 'Atlas Association for Migrant Support (sample organisation)',
      },
      country: 'MAR',
    },
    currency: 'EUR',
    lead: {
      en: 'The Atlas Association for Migrant Support, working in Rabat, Tangier and Oujda, will',
      ar: 'ستعمل جمعية الأطلس لمرافقة المهاجرين، الناشطة في الرباط وطنجة ووجدة، على',
    },
  },
  {
    key: 'tun-forum',
    organisation: {
      name: {
        ar: 'المنتدى التونسي للهجرة والتنمية (منظمة تجريبية)',
        en: 'Tunisian Forum for Migration and Development (sample organisation)',
      },
      country: 'TUN',
    },
    currency: 'EUR',
    lead: {
      en: 'The Tunisian Forum for Migration and Development, with municipalities in the coastal governorates, will',
      ar: 'سيعمل المنتدى التونسي للهجرة والتنمية، بالتعاون مع بلديات الولايات الساحلية، على',
    },
  },
  {
    key: 'irq-org',
    organisation: {
      name: {
        ar: 'منظمة الرافدين للعودة والإدماج (منظمة تجريبية)',
        en: 'Rafidain Organisation for Return and Reintegration (sample organisation)',
      },
      country: 'IRQ',
    },
    currency: 'USD',
    lead: {
      en: 'The Rafidain Organisation for Return and Reintegration, in Baghdad, Basra and Erbil, will',
      ar: 'ستعمل منظمة الرافدين للعودة والإدماج، في بغداد والبصرة وأربيل، على',
    },
  },
  {
    key: 'sdn-union',
    organisation: {
      name: {
        ar: 'اتحاد نقابات عمال السودان - أمانة العمال المهاجرين (منظمة تجريبية)',
        en: 'Sudan Workers’ Trade Union Federation, Migrant Workers Office (sample organisation)',
      },
      country: 'SDN',
    },
    currency: 'USD',
    lead: {
      en: 'The Migrant Workers Office of the Sudan Workers’ Trade Union Federation will',
      ar: 'ستعمل أمانة العمال المهاجرين في اتحاد نقابات عمال السودان على',
    },
  },
  {
    key: 'qat-foundation',
    organisation: {
      name: {
        ar: 'مؤسسة الخليج للعمل اللائق (منظمة تجريبية)',
        en: 'Gulf Foundation for Decent Work (sample organisation)',
      },
      country: 'QAT',
    },
    currency: 'QAR',
    lead: {
      en: 'The Gulf Foundation for Decent Work, with employers’ associations in Doha, will',
      ar: 'ستعمل مؤسسة الخليج للعمل اللائق، مع جمعيات أصحاب العمل في الدوحة، على',
    },
  },
];

/** Who reports, how often, so every description reads as a complete, time-bound commitment. */
const closing: Required<Translated> = {
  en: 'Progress against the indicator is published every year and discussed with migrants’ associations before the regional review.',
  ar: 'وتنشر نتائج المؤشر كل عام وتناقش مع جمعيات المهاجرين قبل الاستعراض الإقليمي.',
};

/** 20 statuses repeated three times: mostly published, every other status present. */
const statusCycle: PledgeStatus[] = [
  'published',
  'published',
  'draft',
  'published',
  'published',
  'submitted',
  'published',
  'published',
  'closed',
  'published',
  'published',
  'changes_requested',
  'published',
  'published',
  'approved',
  'published',
  'published',
  'published',
  'closed',
  'published',
];

const kindCycle: PledgeKind[] = ['individual', 'individual', 'common', 'individual', 'partnership'];
const implementationCycle: ImplementationStatus[] = [
  'in_progress',
  'planning',
  'in_progress',
  'partly_fulfilled',
  'delayed',
  'fulfilled',
  'in_progress',
  'cancelled',
];
/** Months since the latest update for published pledges: spread over green (≤12), amber, red (>24). */
const ageCycle = [1, 4, 9, 14, 30, 2, 18, 7, 27, 11, 20, 3];

const day = (d: Date) => d.toISOString().slice(0, 10);

function progressNarrative(theme: Theme, share: number): Required<Translated> {
  const pct = Math.round(share * 100);
  return {
    en: `About ${pct}% of the target for “${theme.indicator.name.en}” has been reached. Work continues with partners and the next figures will be published in the annual report.`,
    ar: `تحقق نحو ${pct}٪ من المستهدف في مؤشر «${theme.indicator.name.ar}». ويستمر العمل مع الشركاء وستنشر الأرقام التالية في التقرير السنوي.`,
  };
}

/**
 * Loads the sample pledges unless sample pledges exist already. Returns whether it loaded them.
 * Uses the demo accounts and organisation when present (seedDemo runs first) and creates the
 * other sample organisations itself.
 */
export async function seedDemoPledges(db: Db, options: { now?: Date } = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  const today = day(now);
  const count = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727276)`);
    const [existing] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(pledges)
      .where(eq(pledges.isSample, true));
    if (Number(existing?.n ?? 0) > 0) return 0;

    const emails = pledgers
      .flatMap((p) => [p.memberEmail, p.organisation?.existingMemberEmail])
      .filter(Boolean);
    const userRows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, emails as string[]));
    const userByEmail = new Map(userRows.map((u) => [u.email, u.id]));

    // Organisations: the demo one (found through its member) or a new sample organisation.
    const orgIds = new Map<string, string>();
    const toCreate: SamplePledger[] = [];
    for (const p of pledgers) {
      if (!p.organisation) continue;
      const memberId = p.organisation.existingMemberEmail
        ? userByEmail.get(p.organisation.existingMemberEmail)
        : undefined;
      if (memberId) {
        const [org] = await tx
          .select({ id: organisationMembers.organisationId })
          .from(organisationMembers)
          .where(and(eq(organisationMembers.userId, memberId)))
          .limit(1);
        if (org) {
          orgIds.set(p.key, org.id);
          continue;
        }
      }
      toCreate.push(p);
    }
    if (toCreate.length) {
      const created = await tx
        .insert(organisations)
        .values(
          toCreate.map((p) => ({
            name: p.organisation!.name,
            originalLanguage: 'ar' as const,
            countryIso3: p.organisation!.country,
          })),
        )
        .returning({ id: organisations.id });
      toCreate.forEach((p, i) => {
        orgIds.set(p.key, created[i]!.id);
      });
    }

    // 60 pledges: theme i % 20, pledger i % 8 (the two cycles meet every combination in turn).
    const plans = Array.from({ length: 60 }, (_, i) => {
      const theme = themes[i % themes.length]!;
      const pledger = pledgers[(i * 3) % pledgers.length]!;
      // Shifted by one each round so each theme gets three different statuses.
      const status = statusCycle[(i + Math.floor(i / themes.length)) % statusCycle.length]!;
      const kind = kindCycle[i % kindCycle.length]!;
      const publishedAgo = 6 + ((i * 5) % 30);
      const publishedAt =
        status === 'published' || status === 'closed'
          ? new Date(`${addMonths(today, -publishedAgo)}T09:00:00Z`)
          : null;
      const country = pledger.state ?? pledger.organisation!.country;
      const financial = theme.forms.includes('financial');
      const start = addMonths(today, -publishedAgo - 2)
        .slice(0, 8)
        .concat('01');
      return { i, theme, pledger, status, kind, publishedAt, publishedAgo, country, financial, start };
    });

    const inserted = await tx
      .insert(pledges)
      .values(
        plans.map((p) => ({
          title: p.theme.title,
          description: {
            en: `${p.pledger.lead.en} ${p.theme.body.en.charAt(0).toLowerCase()}${p.theme.body.en.slice(1)} ${closing.en}`,
            ar: `${p.pledger.lead.ar} ${p.theme.body.ar} ${closing.ar}`,
          },
          originalLanguage: p.i % 3 === 0 ? ('en' as const) : ('ar' as const),
          organisationId: p.pledger.organisation ? orgIds.get(p.pledger.key)! : null,
          countryIso3: p.pledger.state ?? null,
          createdBy:
            userByEmail.get(p.pledger.memberEmail ?? p.pledger.organisation?.existingMemberEmail ?? '') ??
            null,
          kind: p.kind,
          forms: p.theme.forms,
          financialAmount: p.financial ? (50 + ((p.i * 37) % 450)) * 10_000 : null,
          financialCurrency: p.financial ? (p.i % 4 === 0 ? 'USD' : p.pledger.currency) : null,
          level: p.theme.objectives.includes(23) ? ('regional' as const) : ('national' as const),
          startDate: p.start,
          endDate: addMonths(p.start, 36 + (p.i % 4) * 12),
          status: p.status,
          refugeeOnly: false,
          submittedAt:
            p.status === 'draft' ? null : new Date(`${addMonths(today, -p.publishedAgo - 1)}T09:00:00Z`),
          publishedAt: p.publishedAt,
          closedAt: p.status === 'closed' ? new Date(`${addMonths(today, -1)}T09:00:00Z`) : null,
          isSample: true,
          createdAt: new Date(`${addMonths(today, -p.publishedAgo - 2)}T09:00:00Z`),
        })),
      )
      .returning({ id: pledges.id });
    const ids = inserted.map((r) => r.id);

    const indicators = await tx
      .insert(pledgeIndicators)
      .values(
        plans.map((p, k) => ({
          pledgeId: ids[k]!,
          position: 0,
          name: p.theme.indicator.name,
          unit: p.theme.indicator.unit,
          baseline: p.theme.indicator.baseline,
          target: p.theme.indicator.target,
          dueDate: addMonths(p.start, 36),
        })),
      )
      .returning({ id: pledgeIndicators.id, pledgeId: pledgeIndicators.pledgeId });

    // Partnerships: a neighbouring pledger joins; confirmed on public pledges.
    const partnerships = plans.filter((p) => p.kind === 'partnership');
    if (partnerships.length) {
      await tx.insert(pledgePartners).values(
        partnerships.map((p) => {
          const partner = pledgers[(pledgers.indexOf(p.pledger) + 1) % pledgers.length]!;
          return {
            pledgeId: ids[p.i]!,
            organisationId: partner.organisation ? orgIds.get(partner.key)! : null,
            countryIso3: partner.state ?? null,
            confirmedAt: p.publishedAt,
          };
        }),
      );
    }

    // Workflow history for everything past draft.
    const path: PledgeStatus[] = ['draft', 'submitted', 'approved', 'published', 'closed'];
    const transitions = plans.flatMap((p) => {
      const steps: [PledgeStatus, PledgeStatus][] = [];
      if (p.status === 'changes_requested')
        steps.push(['draft', 'submitted'], ['submitted', 'changes_requested']);
      else {
        const end = path.indexOf(p.status);
        for (let s = 1; s <= end; s++) steps.push([path[s - 1]!, path[s]!]);
      }
      return steps.map(([fromStatus, toStatus], s) => ({
        pledgeId: ids[p.i]!,
        fromStatus,
        toStatus,
        at: new Date(`${addMonths(today, -p.publishedAgo - 1)}T${String(10 + s).padStart(2, '0')}:00:00Z`),
      }));
    });
    if (transitions.length) await tx.insert(pledgeTransitions).values(transitions);

    // Progress: public pledges get 0–2 updates; the latest one sets the freshness.
    const updatePlans = plans.flatMap((p) => {
      if (!p.publishedAt) return [];
      const age = ageCycle[p.i % ageCycle.length]!;
      if (age >= p.publishedAgo) return []; // no update yet: freshness from the publication
      const reports = [age];
      if (p.publishedAgo - age > 8) reports.push(age + 6);
      return reports.map((ago, r) => ({ p, ago, share: (reports.length - r) / (reports.length + 2) }));
    });
    if (updatePlans.length) {
      const updates = await tx
        .insert(pledgeUpdates)
        .values(
          updatePlans.map((u, k) => ({
            pledgeId: ids[u.p.i]!,
            reportedOn: addMonths(today, -u.ago),
            status: implementationCycle[k % implementationCycle.length]!,
            narrative: progressNarrative(u.p.theme, u.share),
            originalLanguage: 'ar' as const,
            createdBy:
              userByEmail.get(
                u.p.pledger.memberEmail ?? u.p.pledger.organisation?.existingMemberEmail ?? '',
              ) ?? null,
            createdAt: new Date(`${addMonths(today, -u.ago)}T12:00:00Z`),
          })),
        )
        .returning({ id: pledgeUpdates.id });
      const indicatorOf = new Map(indicators.map((ind) => [ind.pledgeId, ind.id]));
      await tx.insert(pledgeUpdateValues).values(
        updatePlans.map((u, k) => {
          const { baseline, target } = u.p.theme.indicator;
          return {
            updateId: updates[k]!.id,
            indicatorId: indicatorOf.get(ids[u.p.i]!)!,
            value: Math.round((baseline + (target - baseline) * u.share) * 10) / 10,
          };
        }),
      );
      const latest = new Map<string, string>();
      for (const u of updatePlans) {
        const on = addMonths(today, -u.ago);
        const id = ids[u.p.i]!;
        if ((latest.get(id) ?? '') < on) latest.set(id, on);
      }
      for (const [id, on] of latest) {
        await tx.update(pledges).set({ lastProgressOn: on }).where(eq(pledges.id, id));
      }
    }

    // Matching pledges answer the first published pledge of another pledger.
    const target = plans.find((p) => p.status === 'published');
    const matching = plans.filter((p) => p.i % 10 === 9 && p.status === 'published' && p !== target);
    for (const p of matching) {
      await tx
        .update(pledges)
        .set({ kind: 'matching', matchesPledgeId: ids[target!.i]! })
        .where(eq(pledges.id, ids[p.i]!));
    }

    // Tags through the shared tagging operation (validates objectives, principles, countries, regions).
    for (const p of plans) {
      await setTags({
        db: tx,
        entityType: pledgeEntityType,
        entityId: ids[p.i]!,
        tags: {
          objectives: p.theme.objectives,
          principles: p.theme.principles,
          countries: [p.country],
          regions: p.theme.objectives.includes(23) ? ['LAS'] : [],
        },
      });
    }
    await syncContent(tx, pledgeContent, ids);
    return ids.length;
  });
  if (count) logger.info({ pledges: count }, 'demo seed: sample pledges created');
  return count > 0;
}
