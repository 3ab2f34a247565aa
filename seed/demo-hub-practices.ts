import { hubPracticeCalls, hubPractices } from '#db/schema/index';
import { syncPracticeCalls, syncPractices } from '~/modules/hub/practices/practice-content.server';
import { hubPracticeEntityType } from '~/modules/hub/practices/practice-policy';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Db } from '~/platform/db.server';
import { zonedToInstant } from '~/platform/time-zone';

/**
 * The sample repository of practices (labelled sample): approved practices in Arabic and English, one
 * of them promising, and one open call for practices on the reintegration of returnees. Contacts are
 * made-up addresses at example.org.
 */
const practices = [
  {
    title: {
      ar: 'مكاتب موحّدة لإعادة إدماج العمال العائدين (عيّنة)',
      en: 'One-stop reintegration offices for returning workers (sample)',
    },
    summary: {
      ar: 'مكاتب في مديريات العمل تجمع الإرشاد الوظيفي والتدريب المهني والاعتراف بالمهارات المكتسبة في الخارج للعمال العائدين وأسرهم.',
      en: 'Offices in labour directorates that bring together career guidance, vocational training and recognition of skills gained abroad for returning workers and their families.',
    },
    originalLanguage: 'ar' as const,
    implementers: 'وزارة العمل',
    partners: ['منظمة العمل الدولية', 'المنظمة الدولية للهجرة'],
    startDate: '2020-03-01',
    endDate: null,
    stage: 'ongoing' as const,
    results:
      'استقبلت المكاتب 4,000 عامل عائد في عامها الأول، ووجد 38% منهم عملًا خلال ستة أشهر وفق تقييم مستقل.',
    replicability: 'تحتاج إلى مكاتب عمل محلية وقاعدة بيانات للمهارات وشراكة مع أصحاب العمل.',
    promising: true,
    tags: { objectives: [21, 18], principles: ['human_rights', 'whole_of_government'], countries: ['JOR'] },
    isGlobal: false,
  },
  {
    title: {
      ar: 'بطاقة صحية رقمية للعمال المهاجرين (عيّنة)',
      en: 'Digital health card for migrant workers (sample)',
    },
    summary: {
      ar: 'بطاقة رقمية تتيح للعمال المهاجرين الوصول إلى الرعاية الصحية الأولية بغضّ النظر عن وضعهم، بلغاتهم.',
      en: 'A digital card giving migrant workers access to primary health care regardless of status, in their own languages.',
    },
    originalLanguage: 'en' as const,
    implementers: 'Ministry of Health',
    partners: ['WHO', 'Migrant workers associations'],
    startDate: '2019-06-01',
    endDate: '2023-12-31',
    stage: 'completed' as const,
    results: 'About 120,000 cards issued; emergency visits by card holders fell by a fifth over two years.',
    replicability: 'Needs a national health information system and interpreters for the main languages.',
    promising: false,
    tags: { objectives: [15], principles: ['people_centred'], countries: ['EGY', 'MAR'] },
    isGlobal: false,
  },
  {
    title: {
      ar: 'منصّة إقليمية لمطابقة المهارات بين بلدان المنشأ والمقصد (عيّنة)',
      en: 'Regional skills-matching platform between origin and destination countries (sample)',
    },
    summary: {
      ar: 'منصّة مشتركة بين وزارات العمل تربط الباحثين عن عمل في بلدان المنشأ بفرص عمل نظامية في بلدان المقصد.',
      en: 'A platform shared by labour ministries linking jobseekers in countries of origin with regular job offers in countries of destination.',
    },
    originalLanguage: 'ar' as const,
    implementers: 'جامعة الدول العربية',
    partners: ['منظمة العمل العربية'],
    startDate: '2021-01-15',
    endDate: null,
    stage: 'ongoing' as const,
    results: 'سُجِّل فيها 15,000 باحث عن عمل و600 صاحب عمل، وأُبرم 2,100 عقد عمل نظامي.',
    replicability: 'قابلة للتكرار في أي تجمّع إقليمي لديه اتفاقات ثنائية للعمل.',
    promising: false,
    tags: { objectives: [5, 18], principles: ['international_cooperation'], regions: ['LAS'] },
    isGlobal: false,
  },
];

export async function seedDemoPractices(db: Db, editorId: string) {
  const now = new Date();
  const ids: string[] = [];
  for (const p of practices) {
    const { tags, promising, ...fields } = p;
    const [row] = await db
      .insert(hubPractices)
      .values({
        ...fields,
        contactName: 'جهة اتصال تجريبية — Sample contact',
        contactEmail: 'practices@example.org',
        criteria: [
          'linked_to_objectives',
          'follows_principles',
          'after_december_2018',
          'innovative_replicable',
        ],
        status: 'approved',
        publishedAt: now,
        decidedAt: now,
        decidedBy: editorId,
        promising,
        promisingAt: promising ? now : null,
        isSample: true,
        submittedBy: editorId,
      })
      .returning({ id: hubPractices.id });
    await setTags({ db, entityType: hubPracticeEntityType, entityId: row!.id, tags });
    ids.push(row!.id);
  }
  await syncPractices(db, ids);
  // An open call whose deadline is 60 days ahead, at 23:59 in Amman.
  const deadline = new Date(now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
  const [call] = await db
    .insert(hubPracticeCalls)
    .values({
      theme: {
        ar: 'دعوة لتقديم ممارسات إعادة الإدماج المستدام للعائدين (عيّنة)',
        en: 'Call for practices on the sustainable reintegration of returnees (sample)',
      },
      description: {
        ar: 'تدعو الشبكة الحكومات وأصحاب المصلحة في المنطقة العربية إلى تبادل ممارسات إعادة الإدماج الاقتصادي والاجتماعي والنفسي للعائدين.',
        en: 'The Network invites governments and stakeholders in the Arab region to share practices of economic, social and psychosocial reintegration of returnees.',
      },
      originalLanguage: 'ar',
      objectives: [21],
      audience: {
        ar: 'الحكومات والسلطات المحلية ومنظمات المجتمع المدني ومنظمات المهاجرين',
        en: 'Governments, local authorities, civil society and migrant organisations',
      },
      deadlineAt: zonedToInstant(deadline, '23:59', 'Asia/Amman'),
      timeZone: 'Asia/Amman',
      contactName: 'أمانة الشبكة (تجريبي) — Network secretariat (sample)',
      contactEmail: 'calls@example.org',
      createdBy: editorId,
      isSample: true,
    })
    .returning({ id: hubPracticeCalls.id });
  await syncPracticeCalls(db, [call!.id]);
}
