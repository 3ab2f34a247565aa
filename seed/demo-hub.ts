import { eq, inArray } from 'drizzle-orm';
import { hubResources, users } from '#db/schema/index';
import { createSpace } from '~/modules/hub/discussions/create-space.server';
import { getSpace } from '~/modules/hub/discussions/get-space.server';
import { postReply } from '~/modules/hub/discussions/post-reply.server';
import { hubResourceEntityType } from '~/modules/hub/hub-policy';
import { syncResources } from '~/modules/hub/resources/resource-content.server';
import { saveReviewer } from '~/modules/hub/review/roster.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { seedDemoPractices } from './demo-hub-practices';
import { seedDemoHubSupport } from './demo-hub-support';
import { createUser } from './factories';

/**
 * The sample Hub (labelled sample): a roster of four peer reviewers balanced across regions (the demo
 * reviewer internal, three external sample accounts signing in with the demo password), published
 * resources in Arabic and English linking to their publishers' pages, practices, a discussion, vetted
 * experts and requests for support (demo-hub-support.ts).
 */
const externalReviewers = [
  {
    email: 'reviewer.africa@marsad.test',
    name: 'مستعرضة من أفريقيا (تجريبي) — Sample reviewer, Africa',
    regionId: 'M49-002',
    gender: 'female' as const,
    objectives: [6, 7, 10],
  },
  {
    email: 'reviewer.europe@marsad.test',
    name: 'مستعرض من أوروبا (تجريبي) — Sample reviewer, Europe',
    regionId: 'M49-150',
    gender: 'male' as const,
    objectives: [1, 6, 23],
  },
  {
    email: 'reviewer.americas@marsad.test',
    name: 'مستعرضة من الأمريكتين (تجريبي) — Sample reviewer, Americas',
    regionId: 'M49-019',
    gender: 'female' as const,
    objectives: [6, 7, 16],
  },
];

const resources = [
  {
    title: {
      ar: 'مبادئ عامة وإرشادات تنفيذية للتوظيف العادل',
      en: 'General principles and operational guidelines for fair recruitment',
    },
    abstract: {
      ar: 'إطار يحدد مسؤوليات الحكومات والمؤسسات ووكالات التوظيف لضمان توظيف عادل للعمال المهاجرين دون تحميلهم رسوم التوظيف.',
      en: 'A framework setting out the responsibilities of governments, enterprises and recruiters so that migrant workers are recruited fairly and never pay recruitment fees.',
    },
    originalLanguage: 'en' as const,
    documentLanguages: ['en', 'ar'],
    type: 'guidance' as const,
    publisher: 'International Labour Organization',
    publicationDate: '2019-01-01',
    url: 'https://www.ilo.org/publications/general-principles-and-operational-guidelines-fair-recruitment',
    objectives: [6],
    principles: ['human_rights'],
    countries: [],
    isGlobal: true,
  },
  {
    title: {
      ar: 'دليل إدماج المهاجرين في الاستجابة للأزمات على المستوى المحلي',
      en: 'Guide to including migrants in local crisis response',
    },
    abstract: {
      ar: 'يقدّم الدليل خطوات عملية للسلطات المحلية في المنطقة العربية لإشراك المهاجرين في خطط الطوارئ وتيسير وصولهم إلى الخدمات الأساسية.',
      en: 'Practical steps for local authorities in the Arab region to involve migrants in emergency plans and ease their access to basic services.',
    },
    originalLanguage: 'ar' as const,
    documentLanguages: ['ar'],
    type: 'tool' as const,
    publisher: 'شبكة الأمم المتحدة المعنية بالهجرة',
    publicationDate: '2023-06-15',
    url: 'https://migrationnetwork.un.org/hub',
    objectives: [7, 15],
    principles: ['whole_of_society'],
    countries: ['JOR', 'LBN'],
    isGlobal: false,
  },
  {
    title: {
      ar: 'تحسين بيانات الهجرة من أجل السياسات القائمة على الأدلة',
      en: 'Improving migration data for evidence-based policy',
    },
    abstract: {
      ar: 'مراجعة لمصادر بيانات الهجرة الوطنية وثغراتها، مع توصيات لتحسين جمع البيانات المصنفة حسب الجنس والعمر ووضع الهجرة.',
      en: 'A review of national migration data sources and their gaps, with recommendations for collecting data disaggregated by sex, age and migratory status.',
    },
    originalLanguage: 'en' as const,
    documentLanguages: ['en'],
    type: 'research' as const,
    publisher: 'UN DESA Population Division',
    publicationDate: '2021-11-30',
    url: 'https://www.un.org/development/desa/pd/content/international-migration',
    objectives: [1],
    principles: ['sustainable_development'],
    countries: ['EGY', 'MAR'],
    isGlobal: false,
  },
];

export async function seedDemoHub(db: Db, options: { password: string | null }) {
  const [editor] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'network@marsad.test'));
  if (!editor) return;
  const subject = {
    userId: editor.id,
    grants: [{ role: 'network_secretariat' as const, scopeType: 'global' as const, scopeId: '' }],
  };
  const [internal] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'reviewer@marsad.test'));
  if (internal) {
    await saveReviewer({
      db,
      subject,
      input: {
        userId: internal.id,
        internal: true,
        organisationId: null,
        regionId: 'M49-142',
        gender: 'undisclosed',
        languages: ['ar', 'en'],
        objectives: [1, 6, 7],
      },
    });
  }
  for (const r of externalReviewers) {
    const user = await createUser(db, {
      email: r.email,
      name: r.name,
      locale: 'ar',
      password: options.password,
      roles: [{ role: 'peer_reviewer' }],
    });
    await saveReviewer({
      db,
      subject,
      input: {
        userId: user.id,
        internal: false,
        organisationId: null,
        regionId: r.regionId,
        gender: r.gender,
        languages: ['ar', 'en'],
        objectives: r.objectives,
      },
    });
  }
  const ids: string[] = [];
  for (const r of resources) {
    const { objectives, principles, countries, ...fields } = r;
    const [row] = await db
      .insert(hubResources)
      .values({
        ...fields,
        licence: 'cc_by',
        authors: [],
        audiences: ['governments'],
        status: 'published',
        publishedAt: new Date(),
        isSample: true,
        submittedBy: editor.id,
      })
      .returning({ id: hubResources.id });
    await setTags({
      db,
      entityType: hubResourceEntityType,
      entityId: row!.id,
      tags: { objectives, principles, countries },
    });
    ids.push(row!.id);
  }
  await syncResources(db, ids);
  await seedDemoPractices(db, editor.id);
  // Vetted sample experts and three requests for support at different stages of their timeline.
  await seedDemoHubSupport(db, editor.id);
  await seedDemoDiscussion(
    db,
    subject,
    externalReviewers.map((r) => r.email),
  );
}

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A sample discussion space (open now, for two more weeks) with a few posts in Arabic and English and
 * one reply, written through the domain operations so the index and audit see them.
 */
async function seedDemoDiscussion(db: Db, subject: Subject, participantEmails: readonly string[]) {
  const space = await createSpace({
    db,
    subject,
    isSample: true,
    input: {
      title: {
        ar: 'مشاورة إقليمية: الاعتراف بمهارات العمال المهاجرين في المنطقة العربية',
        en: 'Regional consultation: recognising the skills of migrant workers in the Arab region',
      },
      description: {
        ar: 'مساحة نقاش توضيحية (بيانات تجريبية) لتبادل الخبرات حول الاعتراف بالمؤهلات والمهارات، تمهيدًا لمذكرة خلفية للاستعراض الإقليمي.',
        en: 'A sample discussion space (demo data) to share experience of recognising qualifications and skills, feeding a background note for the regional review.',
      },
      originalLanguage: 'ar',
      languages: ['ar', 'en'],
      audience: 'public',
      opensOn: dayFromNow(-14),
      closesOn: dayFromNow(14),
      questions: [
        {
          ar: 'ما الممارسات التي نجحت في الاعتراف بمهارات العمال المهاجرين في بلدكم؟',
          en: 'Which practices have worked to recognise migrant workers’ skills in your country?',
        },
        {
          ar: 'ما العوائق التي ما زالت قائمة، وكيف يمكن تجاوزها؟',
          en: 'What obstacles remain, and how can they be overcome?',
        },
      ],
      objectives: ['18', '6'],
      principles: [],
      countries: ['JOR', 'EGY', 'MAR'],
    },
  });
  const { questions } = await getSpace({ db, subject, spaceId: space.id });
  const participants = await db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.email, [...participantEmails]));
  const people: Subject[] = participants.map((p) => ({ userId: p.id, grants: [] }));
  const [first, second] = [people[0] ?? subject, people[1] ?? subject];
  const post = (who: Subject, question: number, body: string, language: 'ar' | 'en', parentId?: string) =>
    postReply({
      db,
      subject: who,
      spaceId: space.id,
      isSample: true,
      input: { questionId: questions[question]!.id, parentId, body, format: 'markdown', language },
    });
  const root = await post(
    first,
    0,
    'في الأردن ساعد **اختبار المهارات المهنية** قبل السفر على توظيف العمال في وظائف تناسب خبرتهم.\n\n- شهادات معترف بها من الطرفين\n- تدريب قصير عند الوصول',
    'ar',
  );
  await post(
    second,
    0,
    'Bilateral agreements that include *mutual recognition* clauses made a real difference for nurses.',
    'en',
  );
  await post(subject, 0, 'شكرًا على المثال. هل هناك تقييم منشور لنتائج هذا الاختبار؟', 'ar', root.id);
  await post(
    first,
    1,
    'تكلفة التصديق على الشهادات ما زالت عائقًا كبيرًا أمام العمال ذوي الأجور المنخفضة.',
    'ar',
  );
}
