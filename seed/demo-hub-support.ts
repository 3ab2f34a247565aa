import { inArray } from 'drizzle-orm';
import { hubExperts, supportRequests, users } from '#db/schema/index';
import type { SupportEventKind, SupportStatus } from '#db/schema/pledge-support';
import { syncExperts } from '~/modules/hub/experts/expert-content.server';
import { recordSupportEvent } from '~/modules/hub/support/support-events.server';
import type { Db } from '~/platform/db.server';

/**
 * The sample expert database and requests for support (labelled sample). Experts are vetted by the
 * demo Network secretariat; only the demo expert has an account, the others are profiles an editor
 * entered (contact addresses on the reserved .test domain). Requests are written with their
 * timelines back-dated — one accepted after a question, one assigned to an expert, one closed — and
 * no mail is sent: a seed is not a conversation. Everything is marked is_sample (pages show the sample
 * badge); production seeds none (SEED_DEMO is off there).
 */
const experts = [
  {
    email: 'expert@marsad.test',
    name: 'خبيرة (تجريبي) — Sample expert',
    organisation: 'مركز دراسات الهجرة (تجريبي) — Sample migration studies centre',
    biography: {
      ar: 'باحثة في سياسات هجرة اليد العاملة في المنطقة العربية، عملت على اتفاقيات العمل الثنائية والتوظيف العادل (ملف تجريبي).',
      en: 'Researcher on labour migration policy in the Arab region, with work on bilateral labour agreements and fair recruitment (sample profile).',
    },
    originalLanguage: 'ar' as const,
    objectives: [6, 7, 18],
    principles: ['human_rights', 'gender_responsive'],
    languages: ['ar', 'en'] as const,
    regions: ['LAS', 'M49-145'],
    availability: 'available' as const,
  },
  {
    email: 'sami.khatib@marsad.test',
    name: 'سامي الخطيب (خبير تجريبي) — Sami Khatib (sample expert)',
    organisation: 'المعهد العربي للإحصاء (تجريبي) — Sample Arab statistics institute',
    biography: {
      ar: 'خبير في إحصاءات الهجرة والتعدادات، ساعد مكاتب إحصائية وطنية على تصنيف البيانات حسب وضع الهجرة (ملف تجريبي).',
      en: 'Expert in migration statistics and censuses; has helped national statistical offices disaggregate data by migratory status (sample profile).',
    },
    originalLanguage: 'ar' as const,
    objectives: [1, 23],
    principles: ['sustainable_development'],
    languages: ['ar', 'fr'] as const,
    regions: ['LAS', 'M49-002'],
    availability: 'limited' as const,
  },
  {
    email: 'maria.santos@marsad.test',
    name: 'Maria Santos (sample expert)',
    organisation: 'Sample regional migration observatory',
    biography: {
      en: 'Works on safe migration pathways, consular protection and the search for missing migrants in the Americas (sample profile).',
    },
    originalLanguage: 'en' as const,
    objectives: [5, 8, 14],
    principles: ['human_rights', 'international_cooperation'],
    languages: ['en', 'es'] as const,
    regions: ['M49-019'],
    availability: 'available' as const,
  },
  {
    email: 'amina.diallo@marsad.test',
    name: 'Amina Diallo (sample expert)',
    organisation: 'Sample reintegration programme',
    biography: {
      en: 'Designs reintegration programmes for returning migrants with local authorities in West and North Africa (sample profile).',
      ar: 'تصمّم برامج إعادة إدماج المهاجرين العائدين مع السلطات المحلية في غرب أفريقيا وشمالها (ملف تجريبي).',
    },
    originalLanguage: 'en' as const,
    objectives: [7, 21],
    principles: ['whole_of_government'],
    languages: ['en', 'fr', 'ar'] as const,
    regions: ['M49-002', 'LAS'],
    availability: 'available' as const,
  },
];

const day = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * day);
const dateIn = (n: number) => new Date(Date.now() + n * day).toISOString().slice(0, 10);

export async function seedDemoHubSupport(db: Db, editorId: string) {
  const people = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(users.email, [
        'expert@marsad.test',
        'focal.jo@marsad.test',
        'focal.eg@marsad.test',
        'ngo@marsad.test',
      ]),
    );
  const userOf = (email: string) => people.find((p) => p.email === email)?.id ?? null;

  const expertIds: string[] = [];
  for (const { email, ...profile } of experts) {
    const [row] = await db
      .insert(hubExperts)
      .values({
        ...profile,
        languages: [...profile.languages],
        userId: userOf(email),
        contactEmail: email,
        status: 'approved',
        vettedBy: editorId,
        vettedAt: daysAgo(60),
        isSample: true,
      })
      .returning({ id: hubExperts.id });
    expertIds.push(row!.id);
  }
  await syncExperts(db, expertIds);

  const requests: {
    requester: string;
    values: Omit<typeof supportRequests.$inferInsert, 'subjectType' | 'subjectId' | 'requesterId'>;
    timeline: {
      kind: SupportEventKind;
      status: SupportStatus;
      daysAgo: number;
      note?: string;
      bySecretariat?: boolean;
    }[];
  }[] = [
    {
      requester: 'ngo@marsad.test',
      values: {
        kind: 'capacity_building',
        topic: {
          ar: 'تدريب على جمع بيانات مصنفة عن العمال المهاجرين (طلب تجريبي)',
          en: 'Training on collecting disaggregated data on migrant workers (sample request)',
        },
        description: {
          ar: 'نرغب في تدريب فريقنا الميداني على جمع بيانات مصنفة حسب الجنس والعمر ووضع الهجرة في مسوحاتنا عن ظروف عمل العمال المهاجرين في لبنان.',
        },
        originalLanguage: 'ar',
        objectives: [1, 6],
        countryIso3: 'LBN',
        languages: ['ar'],
        deadline: dateIn(75),
        status: 'accepted',
        createdAt: daysAgo(20),
      },
      timeline: [
        { kind: 'created', status: 'open', daysAgo: 20 },
        {
          kind: 'detail_asked',
          status: 'needs_detail',
          daysAgo: 18,
          note: 'كم عدد المشاركين في التدريب، وهل تفضلون تدريبًا حضوريًا أم عن بُعد؟',
          bySecretariat: true,
        },
        {
          kind: 'detail_added',
          status: 'open',
          daysAgo: 15,
          note: 'اثنا عشر باحثًا ميدانيًا، ونفضّل تدريبًا حضوريًا في بيروت.',
        },
        { kind: 'accepted', status: 'accepted', daysAgo: 14, bySecretariat: true },
      ],
    },
    {
      requester: 'focal.jo@marsad.test',
      values: {
        kind: 'technical',
        topic: {
          ar: 'مراجعة اتفاقيات العمل الثنائية في ضوء التوظيف العادل (طلب تجريبي)',
          en: 'Reviewing bilateral labour agreements against fair recruitment (sample request)',
        },
        description: {
          ar: 'تطلب وزارة العمل دعمًا فنيًا لمراجعة ثلاث اتفاقيات عمل ثنائية وإدراج بنود تمنع تحميل العمال رسوم التوظيف.',
          en: 'The Ministry of Labour asks for technical support to review three bilateral labour agreements and add clauses that keep recruitment fees off workers.',
        },
        originalLanguage: 'ar',
        objectives: [6, 7],
        countryIso3: 'JOR',
        languages: ['ar', 'en'],
        deadline: dateIn(45),
        status: 'in_progress',
        assignedEntity: 'منظمة العمل الدولية (تجريبي) — ILO (sample)',
        assignedExpertId: expertIds[0]!,
        createdAt: daysAgo(30),
      },
      timeline: [
        { kind: 'created', status: 'open', daysAgo: 30 },
        { kind: 'accepted', status: 'accepted', daysAgo: 28, bySecretariat: true },
        {
          kind: 'assigned',
          status: 'in_progress',
          daysAgo: 25,
          note: `منظمة العمل الدولية (تجريبي) — ILO (sample) — ${experts[0]!.name}`,
          bySecretariat: true,
        },
      ],
    },
    {
      requester: 'focal.eg@marsad.test',
      values: {
        kind: 'peer_exchange',
        topic: {
          ar: 'تبادل خبرات حول إعادة إدماج العائدين (طلب تجريبي)',
          en: 'Peer exchange on the reintegration of returnees (sample request)',
        },
        description: {
          ar: 'نود التعرف إلى تجارب دول أخرى في برامج إعادة الإدماج المستدام للعائدين على المستوى المحلي.',
        },
        originalLanguage: 'ar',
        objectives: [21],
        countryIso3: 'EGY',
        languages: ['ar'],
        status: 'closed',
        assignedExpertId: expertIds[3]!,
        createdAt: daysAgo(90),
        closedAt: daysAgo(20),
      },
      timeline: [
        { kind: 'created', status: 'open', daysAgo: 90 },
        { kind: 'accepted', status: 'accepted', daysAgo: 85, bySecretariat: true },
        { kind: 'assigned', status: 'in_progress', daysAgo: 80, note: experts[3]!.name, bySecretariat: true },
        {
          kind: 'closed',
          status: 'closed',
          daysAgo: 20,
          note: 'عُقدت جلستا تبادل عن بُعد مع سلطتين محليتين، وأُرسل ملخصهما إلى الجهة الطالبة.',
          bySecretariat: true,
        },
      ],
    },
  ];
  for (const r of requests) {
    const requesterId = userOf(r.requester);
    if (!requesterId) continue;
    const [row] = await db
      .insert(supportRequests)
      .values({
        ...r.values,
        subjectType: 'hub',
        subjectId: '',
        requesterId,
        isSample: true,
        updatedAt: daysAgo(r.timeline.at(-1)!.daysAgo),
      })
      .returning({ id: supportRequests.id });
    for (const e of r.timeline) {
      await recordSupportEvent(db, {
        requestId: row!.id,
        kind: e.kind,
        status: e.status,
        note: e.note ?? null,
        actorId: e.bySecretariat ? editorId : requesterId,
        at: daysAgo(e.daysAgo),
      });
    }
  }
}
