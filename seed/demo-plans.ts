import { eq, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { users } from '#db/schema/index';
import {
  type ActionStatus,
  implementationPlans,
  planActionEntityType,
  planActions,
  planActionUpdates,
} from '#db/schema/plans';
import { countries } from '#db/schema/reference';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Db } from '~/platform/db.server';
import { logger } from '~/platform/logger.server';
import { rebuildContentIndex } from './content-index';

/**
 * Sample national implementation plans (is_sample) for the demo: Jordan, Egypt and Morocco, eight
 * actions each across objectives, with indicators (some percentages, one a reduction), budgets,
 * statuses and dated progress updates, so the roll-up by objective has something to show.
 * Deterministic: the same themes in the same order; dates count back from `now`.
 */

type Lead = 'labour' | 'interior' | 'statistics' | 'health' | 'foreign' | 'social' | 'central_bank';

const leads: Record<Lead, Required<Translated>> = {
  labour: { ar: 'وزارة العمل', en: 'Ministry of Labour' },
  interior: { ar: 'وزارة الداخلية', en: 'Ministry of Interior' },
  statistics: { ar: 'جهاز الإحصاء الوطني', en: 'National statistics office' },
  health: { ar: 'وزارة الصحة', en: 'Ministry of Health' },
  foreign: { ar: 'وزارة الخارجية', en: 'Ministry of Foreign Affairs' },
  social: { ar: 'وزارة التنمية الاجتماعية', en: 'Ministry of Social Development' },
  central_bank: { ar: 'البنك المركزي', en: 'Central Bank' },
};

interface Theme {
  title: Required<Translated>;
  description: Required<Translated>;
  objectives: number[];
  principles: string[];
  /** SDG target codes of data/reference/sdg-targets.json. */
  sdgTargets: string[];
  lead: Lead;
  partners: Required<Translated>;
  indicator?: { name: Required<Translated>; unit: Required<Translated>; baseline: number; target: number };
  budget?: number;
}

const themes: Theme[] = [
  {
    title: {
      ar: 'مواءمة إحصاءات الهجرة بين الوزارات',
      en: 'Harmonise migration statistics across ministries',
    },
    description: {
      ar: 'اعتماد تعريفات وتصنيفات موحدة لبيانات الهجرة في السجلات الإدارية، ونشر جداول سنوية مصنفة حسب الجنس والعمر والجنسية.',
      en: 'Adopt common definitions and classifications for migration data in administrative records, and publish annual tables disaggregated by sex, age and nationality.',
    },
    objectives: [1],
    sdgTargets: ['17.18'],
    principles: ['whole_of_government'],
    lead: 'statistics',
    partners: {
      ar: 'المنظمة الدولية للهجرة، إدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة',
      en: 'IOM, UN DESA',
    },
    indicator: {
      name: { ar: 'مجموعات البيانات الإدارية المواءمة', en: 'Administrative datasets harmonised' },
      unit: { ar: 'مجموعات بيانات', en: 'datasets' },
      baseline: 2,
      target: 10,
    },
    budget: 180000,
  },
  {
    title: { ar: 'إرشاد المهاجرين قبل المغادرة', en: 'Pre-departure orientation for migrants' },
    description: {
      ar: 'تنظيم جلسات إرشاد قبل المغادرة عن الحقوق وظروف العمل وسبل الانتصاف، ونشر المعلومات بلغات المهاجرين.',
      en: 'Run pre-departure orientation sessions on rights, working conditions and remedies, and publish the information in the languages of migrants.',
    },
    objectives: [3],
    sdgTargets: ['10.7'],
    principles: ['people_centred'],
    lead: 'labour',
    partners: { ar: 'منظمة العمل الدولية، وكالات التوظيف', en: 'ILO, recruitment agencies' },
    indicator: {
      name: { ar: 'مهاجرون تلقوا الإرشاد قبل المغادرة', en: 'Migrants given pre-departure orientation' },
      unit: { ar: 'أشخاص', en: 'people' },
      baseline: 0,
      target: 5000,
    },
  },
  {
    title: { ar: 'تسجيل مواليد أطفال المهاجرين', en: 'Birth registration of children born to migrants' },
    description: {
      ar: 'تسجيل كل طفل يولد لأبوين مهاجرين بصرف النظر عن وضعهما، عبر فرق تسجيل متنقلة وإعفاء من رسوم التسجيل المتأخر.',
      en: 'Register every child born to migrant parents regardless of status, through mobile registration teams and a waiver of late registration fees.',
    },
    objectives: [4],
    sdgTargets: ['16.9'],
    principles: ['child_sensitive', 'human_rights'],
    lead: 'interior',
    partners: { ar: 'اليونيسف، مفوضية الأمم المتحدة لشؤون اللاجئين', en: 'UNICEF, UNHCR' },
    indicator: {
      name: {
        ar: 'نسبة المواليد المسجلين من أطفال المهاجرين',
        en: 'Share of migrant children registered at birth',
      },
      unit: { ar: '٪', en: '%' },
      baseline: 70,
      target: 95,
    },
    budget: 90000,
  },
  {
    title: { ar: 'اتفاق ثنائي لتنقل اليد العاملة', en: 'Bilateral labour mobility agreement' },
    description: {
      ar: 'التفاوض على اتفاق ثنائي لتنقل اليد العاملة يتضمن معايير التوظيف العادل والحماية الاجتماعية وآلية متابعة مشتركة.',
      en: 'Negotiate a bilateral labour mobility agreement with fair recruitment standards, social protection and a joint monitoring mechanism.',
    },
    objectives: [5, 6],
    sdgTargets: ['8.8', '10.7'],
    principles: ['international_cooperation'],
    lead: 'labour',
    partners: { ar: 'منظمة العمل الدولية', en: 'ILO' },
  },
  {
    title: { ar: 'تفتيش وكالات التوظيف المرخصة', en: 'Inspection of licensed recruitment agencies' },
    description: {
      ar: 'تفتيش وكالات التوظيف المرخصة للتحقق من عدم تحميل العمال رسوم التوظيف، ونشر نتائج التفتيش.',
      en: 'Inspect licensed recruitment agencies to check that workers are not charged recruitment fees, and publish the findings.',
    },
    objectives: [6],
    sdgTargets: ['8.7', '8.8'],
    principles: ['rule_of_law_due_process'],
    lead: 'labour',
    partners: { ar: 'النقابات العمالية', en: 'Trade unions' },
    indicator: {
      name: { ar: 'وكالات توظيف خضعت للتفتيش', en: 'Recruitment agencies inspected' },
      unit: { ar: 'وكالات', en: 'agencies' },
      baseline: 0,
      target: 200,
    },
    budget: 120000,
  },
  {
    title: {
      ar: 'آلية إحالة وطنية للمهاجرين في أوضاع هشة',
      en: 'National referral mechanism for migrants in vulnerable situations',
    },
    description: {
      ar: 'إنشاء آلية إحالة موحدة بين الجهات الحكومية والمنظمات المحلية، وتدريب العاملين على تحديد الحالات وإحالتها.',
      en: 'Set up a common referral mechanism between government bodies and local organisations, and train staff to identify and refer cases.',
    },
    objectives: [7],
    sdgTargets: ['10.2'],
    principles: ['human_rights', 'gender_responsive'],
    lead: 'social',
    partners: { ar: 'المنظمة الدولية للهجرة، منظمات المجتمع المدني', en: 'IOM, civil society organisations' },
    indicator: {
      name: { ar: 'عاملون دُرّبوا على الإحالة', en: 'Staff trained on referral' },
      unit: { ar: 'أشخاص', en: 'people' },
      baseline: 0,
      target: 400,
    },
    budget: 250000,
  },
  {
    title: { ar: 'مكافحة الاتجار بالأشخاص', en: 'Countering trafficking in persons' },
    description: {
      ar: 'تعزيز قدرات أجهزة إنفاذ القانون على التعرف على ضحايا الاتجار وإحالتهم إلى خدمات الحماية.',
      en: 'Strengthen the capacity of law enforcement to identify victims of trafficking and refer them to protection services.',
    },
    objectives: [10],
    sdgTargets: ['5.2', '8.7', '16.2'],
    principles: ['human_rights', 'rule_of_law_due_process'],
    lead: 'interior',
    partners: { ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة', en: 'UNODC' },
    indicator: {
      name: { ar: 'ضحايا حُددوا وأُحيلوا', en: 'Victims identified and referred' },
      unit: { ar: 'أشخاص', en: 'people' },
      baseline: 40,
      target: 150,
    },
  },
  {
    title: { ar: 'تدريب موظفي الحدود على حقوق الإنسان', en: 'Human rights training for border officials' },
    description: {
      ar: 'إدماج وحدة عن حقوق المهاجرين في التدريب الأساسي والمستمر لموظفي الحدود.',
      en: 'Include a module on the rights of migrants in the initial and continuing training of border officials.',
    },
    objectives: [11],
    sdgTargets: ['10.7'],
    principles: ['human_rights'],
    lead: 'interior',
    partners: { ar: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان، المنظمة الدولية للهجرة', en: 'OHCHR, IOM' },
    indicator: {
      name: { ar: 'نسبة موظفي الحدود المدربين', en: 'Share of border officials trained' },
      unit: { ar: '٪', en: '%' },
      baseline: 10,
      target: 80,
    },
    budget: 75000,
  },
  {
    title: { ar: 'بدائل الاحتجاز للأطفال والأسر', en: 'Alternatives to detention for children and families' },
    description: {
      ar: 'تجربة بدائل مجتمعية للاحتجاز المرتبط بالهجرة للأطفال والأسر، مع إدارة للحالات.',
      en: 'Pilot community-based alternatives to immigration detention for children and families, with case management.',
    },
    objectives: [13],
    sdgTargets: ['16.2'],
    principles: ['child_sensitive'],
    lead: 'interior',
    partners: { ar: 'اليونيسف، منظمات المجتمع المدني', en: 'UNICEF, civil society organisations' },
    indicator: {
      name: { ar: 'برامج تجريبية لبدائل الاحتجاز', en: 'Alternatives-to-detention pilots' },
      unit: { ar: 'مشاريع تجريبية', en: 'pilots' },
      baseline: 0,
      target: 3,
    },
  },
  {
    title: { ar: 'تعزيز الحماية القنصلية', en: 'Stronger consular protection' },
    description: {
      ar: 'تدريب الموظفين القنصليين على مساعدة المواطنين في الخارج، وإنشاء خط ساخن متعدد اللغات.',
      en: 'Train consular staff to assist nationals abroad, and open a multilingual hotline.',
    },
    objectives: [14],
    sdgTargets: ['10.7'],
    principles: ['people_centred'],
    lead: 'foreign',
    partners: { ar: 'جمعيات المغتربين', en: 'Diaspora associations' },
    indicator: {
      name: { ar: 'موظفون قنصليون مدربون', en: 'Consular staff trained' },
      unit: { ar: 'أشخاص', en: 'people' },
      baseline: 0,
      target: 120,
    },
    budget: 60000,
  },
  {
    title: { ar: 'الخدمات الصحية الأساسية للمهاجرين', en: 'Basic health services for migrants' },
    description: {
      ar: 'تمكين المهاجرين من الحصول على الرعاية الصحية الأولية في المراكز الحكومية بصرف النظر عن وضعهم.',
      en: 'Enable migrants to obtain primary health care in public centres regardless of their status.',
    },
    objectives: [15],
    sdgTargets: ['3.8'],
    principles: ['human_rights', 'sustainable_development'],
    lead: 'health',
    partners: { ar: 'منظمة الصحة العالمية', en: 'WHO' },
    indicator: {
      name: { ar: 'مراكز تقدم الخدمات للجميع', en: 'Centres serving everyone' },
      unit: { ar: 'مراكز', en: 'centres' },
      baseline: 5,
      target: 25,
    },
    budget: 400000,
  },
  {
    title: { ar: 'الاعتراف بالمهارات والمؤهلات', en: 'Recognition of skills and qualifications' },
    description: {
      ar: 'إنشاء إجراء سريع للاعتراف بمهارات العمال المهاجرين العائدين والوافدين ومؤهلاتهم.',
      en: 'Create a fast-track procedure to recognise the skills and qualifications of returning and incoming migrant workers.',
    },
    objectives: [18],
    sdgTargets: ['4.b', '8.5'],
    principles: ['sustainable_development'],
    lead: 'labour',
    partners: { ar: 'معاهد التدريب المهني', en: 'Vocational training institutes' },
    indicator: {
      name: { ar: 'شهادات معترف بها', en: 'Certificates recognised' },
      unit: { ar: 'شهادات', en: 'certificates' },
      baseline: 0,
      target: 2000,
    },
  },
  {
    title: { ar: 'إشراك الجاليات في التنمية', en: 'Engaging the diaspora in development' },
    description: {
      ar: 'إنشاء منصة للتواصل مع الجاليات في الخارج وتيسير مساهمتها في مشاريع التنمية المحلية.',
      en: 'Create a platform to engage communities abroad and facilitate their contribution to local development projects.',
    },
    objectives: [19],
    sdgTargets: ['10.2'],
    principles: ['whole_of_society'],
    lead: 'foreign',
    partners: { ar: 'جمعيات المغتربين، السلطات المحلية', en: 'Diaspora associations, local authorities' },
  },
  {
    title: { ar: 'خفض تكلفة التحويلات المالية', en: 'Lower cost of remittances' },
    description: {
      ar: 'تشجيع المنافسة والشفافية في سوق التحويلات المالية لخفض متوسط تكلفة تحويل المبالغ.',
      en: 'Encourage competition and transparency in the remittance market to lower the average cost of sending money.',
    },
    objectives: [20],
    sdgTargets: ['10.c'],
    principles: ['sustainable_development'],
    lead: 'central_bank',
    partners: {
      ar: 'البنك الدولي، مقدمو خدمات التحويلات المالية',
      en: 'World Bank, remittance service providers',
    },
    indicator: {
      name: { ar: 'متوسط تكلفة تحويل ٢٠٠ دولار', en: 'Average cost of sending 200 USD' },
      unit: { ar: '٪', en: '%' },
      baseline: 7,
      target: 3,
    },
  },
  {
    title: { ar: 'دعم العائدين وإعادة إدماجهم', en: 'Support for returnees and their reintegration' },
    description: {
      ar: 'تقديم دعم اقتصادي واجتماعي ونفسي للمهاجرين العائدين بالتنسيق مع السلطات المحلية.',
      en: 'Provide economic, social and psychosocial support to returning migrants, with local authorities.',
    },
    objectives: [21],
    sdgTargets: ['10.7'],
    principles: ['people_centred', 'whole_of_government'],
    lead: 'social',
    partners: { ar: 'المنظمة الدولية للهجرة، السلطات المحلية', en: 'IOM, local authorities' },
    indicator: {
      name: { ar: 'عائدون تلقوا الدعم', en: 'Returnees supported' },
      unit: { ar: 'أشخاص', en: 'people' },
      baseline: 0,
      target: 1000,
    },
    budget: 300000,
  },
  {
    title: {
      ar: 'إمكانية نقل استحقاقات الضمان الاجتماعي',
      en: 'Portability of social security entitlements',
    },
    description: {
      ar: 'إبرام اتفاقات ثنائية للضمان الاجتماعي تتيح للعمال المهاجرين نقل استحقاقاتهم المكتسبة.',
      en: 'Conclude bilateral social security agreements so migrant workers can carry their earned entitlements.',
    },
    objectives: [22],
    sdgTargets: ['1.3'],
    principles: ['international_cooperation'],
    lead: 'social',
    partners: { ar: 'منظمة العمل الدولية', en: 'ILO' },
    indicator: {
      name: { ar: 'اتفاقات ضمان اجتماعي سارية', en: 'Social security agreements in force' },
      unit: { ar: 'اتفاقيات', en: 'agreements' },
      baseline: 1,
      target: 4,
    },
  },
];

interface SamplePlan {
  iso3: string;
  currency: string;
  title: Required<Translated>;
  summary: Required<Translated>;
  /** Indexes into themes. */
  themes: number[];
  focalPointEmail?: string;
}

const samplePlans: SamplePlan[] = [
  {
    iso3: 'JOR',
    currency: 'JOD',
    title: {
      ar: 'خطة التنفيذ الوطنية للاتفاق العالمي من أجل الهجرة (بيانات تجريبية)',
      en: 'National plan to implement the Global Compact for Migration (sample data)',
    },
    summary: {
      ar: 'خطة تجريبية لأغراض العرض فقط، لا تمثل سياسة حكومية حقيقية.',
      en: 'A sample plan for demonstration only; it does not represent real government policy.',
    },
    themes: [0, 2, 4, 5, 7, 10, 13, 15],
    focalPointEmail: 'focal.jo@marsad.test',
  },
  {
    iso3: 'EGY',
    currency: 'EGP',
    title: {
      ar: 'الخطة الوطنية لتنفيذ الاتفاق العالمي من أجل الهجرة (بيانات تجريبية)',
      en: 'National implementation plan for the Global Compact for Migration (sample data)',
    },
    summary: {
      ar: 'خطة تجريبية لأغراض العرض فقط، لا تمثل سياسة حكومية حقيقية.',
      en: 'A sample plan for demonstration only; it does not represent real government policy.',
    },
    themes: [0, 1, 3, 6, 9, 12, 13, 14],
    focalPointEmail: 'focal.eg@marsad.test',
  },
  {
    iso3: 'MAR',
    currency: 'MAD',
    title: {
      ar: 'خطة العمل الوطنية بشأن الهجرة (بيانات تجريبية)',
      en: 'National action plan on migration (sample data)',
    },
    summary: {
      ar: 'خطة تجريبية لأغراض العرض فقط، لا تمثل سياسة حكومية حقيقية.',
      en: 'A sample plan for demonstration only; it does not represent real government policy.',
    },
    themes: [1, 2, 5, 7, 8, 10, 11, 14],
  },
];

const statusCycle: ActionStatus[] = [
  'in_progress',
  'completed',
  'in_progress',
  'delayed',
  'planned',
  'in_progress',
  'cancelled',
  'in_progress',
];

const day = (d: Date) => d.toISOString().slice(0, 10);
function monthsBefore(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 15));
  return day(d);
}

/**
 * Loads the sample plans once (a database that already has sample plans is left alone), after
 * the reference data. Returns whether anything was loaded.
 */
export async function seedDemoPlans(db: Db, options: { now?: Date } = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  const year = now.getUTCFullYear();
  const periodStart = `${year - 1}-01-01`;
  const periodEnd = `${year + 2}-12-31`;
  const count = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727277)`);
    const [existing] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(implementationPlans)
      .where(eq(implementationPlans.isSample, true));
    if (Number(existing?.n ?? 0) > 0) return 0;
    let loaded = 0;
    for (const sample of samplePlans) {
      const [country] = await tx
        .select({ iso3: countries.iso3 })
        .from(countries)
        .where(eq(countries.iso3, sample.iso3))
        .limit(1);
      if (!country) continue;
      const [author] = sample.focalPointEmail
        ? await tx
            .select({ id: users.id })
            .from(users)
            .where(eq(users.email, sample.focalPointEmail))
            .limit(1)
        : [];
      const publishedAt = new Date(`${monthsBefore(now, 10)}T09:00:00Z`);
      const [plan] = await tx
        .insert(implementationPlans)
        .values({
          countryIso3: sample.iso3,
          title: sample.title,
          summary: sample.summary,
          originalLanguage: 'ar',
          periodStart,
          periodEnd,
          adoptedOn: monthsBefore(now, 11),
          status: 'published',
          publishedAt,
          createdBy: author?.id ?? null,
          isSample: true,
        })
        .returning();
      for (const [i, themeIndex] of sample.themes.entries()) {
        const theme = themes[themeIndex]!;
        const status = statusCycle[i % statusCycle.length]!;
        const [action] = await tx
          .insert(planActions)
          .values({
            planId: plan!.id,
            position: i + 1,
            title: theme.title,
            description: theme.description,
            originalLanguage: 'ar',
            leadEntity: leads[theme.lead],
            partners: theme.partners,
            startDate: periodStart,
            endDate: i % 2 ? `${year + 1}-12-31` : periodEnd,
            budgetAmount: theme.budget ?? null,
            budgetCurrency: theme.budget ? sample.currency : null,
            indicatorName: theme.indicator?.name ?? {},
            indicatorUnit: theme.indicator?.unit ?? null,
            indicatorBaseline: theme.indicator?.baseline ?? null,
            indicatorTarget: theme.indicator?.target ?? null,
            sdgTargets: theme.sdgTargets,
            status,
          })
          .returning();
        await setTags({
          db: tx,
          entityType: planActionEntityType,
          entityId: action!.id,
          tags: { objectives: theme.objectives, principles: theme.principles },
        });
        // Planned actions have no report yet; the others one to three, moving toward the target.
        const reports = status === 'planned' ? 0 : 1 + ((i + sample.iso3.length) % 3);
        for (let r = 0; r < reports; r++) {
          const share =
            status === 'completed' ? (r + 1) / reports : ((r + 1) / (reports + 1)) * (0.3 + (i % 4) * 0.15);
          const indicator = theme.indicator;
          const value = indicator
            ? Math.round((indicator.baseline + (indicator.target - indicator.baseline) * share) * 10) / 10
            : null;
          const last = r === reports - 1;
          await tx.insert(planActionUpdates).values({
            actionId: action!.id,
            reportedOn: monthsBefore(now, 9 - r * 3 - (i % 2)),
            status: last ? status : 'in_progress',
            value,
            narrative: {
              ar:
                value === null
                  ? 'تقرير تقدم تجريبي: تواصل العمل وفق الجدول الزمني.'
                  : `تقرير تقدم تجريبي: بلغت قيمة المؤشر ${value} حتى هذا التاريخ.`,
              en:
                value === null
                  ? 'Sample progress report: work continued on schedule.'
                  : `Sample progress report: the indicator stood at ${value} at this date.`,
            },
            originalLanguage: 'ar',
            createdBy: author?.id ?? null,
            createdAt: new Date(`${monthsBefore(now, 9 - r * 3 - (i % 2))}T12:00:00Z`),
          });
        }
      }
      loaded += 1;
    }
    if (loaded) await rebuildContentIndex(tx, ['plan_action']);
    return loaded;
  });
  if (count) logger.info({ plans: count }, 'demo seed: sample national implementation plans created');
  return count > 0;
}
