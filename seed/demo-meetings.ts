import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { meetings, meetingWorkshops, users } from '#db/schema/index';
import { createMeeting } from '~/modules/meetings/create-meeting.server';
import { adoptMeetingDocument } from '~/modules/meetings/outcome/adopt-document.server';
import { createMeetingDocument } from '~/modules/meetings/outcome/create-document.server';
import { saveSession } from '~/modules/meetings/save-session.server';
import { setMeetingStatus } from '~/modules/meetings/set-meeting-status.server';
import type { Subject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';

/**
 * Sample meetings, labelled as such: the IMRF 2022 with its four round tables and the objectives
 * each covered (data/reference/gcm.json; co-chairs only where the data names them), the first Arab
 * regional review conference with four panels covering 23/23 (the panel split is invented), the
 * 10th ARCP annual meeting and a focal-point workshop. Times and rooms are invented.
 */
interface RoundTable {
  n: number;
  objectives: number[];
  co_chairs: string[] | null;
}

const coChairCodes: Record<string, string> = {
  Egypt: 'EGY',
  Germany: 'DEU',
  Morocco: 'MAR',
  Azerbaijan: 'AZE',
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

function imrfRoundTables(): RoundTable[] {
  const file = path.resolve('data/reference/gcm.json');
  if (!fs.existsSync(file)) return [];
  const gcm = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    imrf?: { '2022'?: { round_tables?: RoundTable[] } };
  };
  return gcm.imrf?.['2022']?.round_tables ?? [];
}

const base = {
  originalLanguage: 'ar',
  partners: '',
  onlineUrl: '',
  interpretation: 'on',
  cycleId: '',
  participatingCountries: [],
  balanceTargets: { minWomenPercent: '40', minNonGovernmentPercent: '30' },
};
/** A session's input (nested as the form's paths build it: `title.ar`, `title.en`). */
const session = (
  kind: string,
  ar: string,
  en: string,
  day: string,
  startTime: string,
  endTime: string,
  room: string,
  objectives: string[] = [],
  coChairs: string[] = [],
) => ({
  kind,
  title: { ar, en },
  day,
  startTime,
  endTime,
  room,
  objectives,
  coChairs,
});

export async function seedDemoMeetings(db: Db): Promise<boolean> {
  const [existing] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(eq(meetings.isSample, true));
  if (Number(existing?.n ?? 0) > 0) return false;
  const [network] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'network@marsad.test'))
    .limit(1);
  if (!network) return false;
  // The Network secretariat organises every sample meeting (meetings.manage anywhere).
  const subject: Subject = {
    userId: network.id,
    grants: [{ role: 'network_secretariat', scopeType: 'global', scopeId: '' }],
  };
  const make = async (input: Record<string, unknown>, sessions: ReturnType<typeof session>[]) => {
    const meeting = await createMeeting({ db, subject, input: { ...base, ...input }, isSample: true });
    for (const s of sessions) await saveSession({ db, subject, meetingId: meeting.id, input: s });
    await setMeetingStatus({
      db,
      subject,
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      status: 'published',
    });
    return meeting;
  };

  const tables = imrfRoundTables();
  const tableTimes = [
    ['2022-05-17', '10:00', '13:00', 'Conference Room 4'],
    ['2022-05-17', '15:00', '18:00', 'Conference Room 4'],
    ['2022-05-18', '10:00', '13:00', 'Conference Room 4'],
    ['2022-05-18', '10:00', '13:00', 'Conference Room 2'],
  ] as const;
  const imrf = await make(
    {
      kind: 'imrf',
      title: {
        ar: 'منتدى استعراض الهجرة الدولية 2022 (بيانات تجريبية)',
        en: 'International Migration Review Forum 2022 (sample data)',
      },
      organisers: 'President of the General Assembly; UN Network on Migration',
      startsOn: '2022-05-17',
      endsOn: '2022-05-20',
      timeZone: 'America/New_York',
      venue: 'United Nations Headquarters, New York',
      languages: ['ar', 'en', 'fr', 'es', 'ru', 'zh'],
      regionId: '',
    },
    [
      ...tables.slice(0, 4).map((t, i) => {
        const [day, start, end, room] = tableTimes[i]!;
        return session(
          'round-table',
          `المائدة المستديرة ${t.n}`,
          `Round table ${t.n}`,
          day,
          start,
          end,
          room,
          t.objectives.map(String),
          (t.co_chairs ?? [])
            .map((c) => coChairCodes[c.split(' ')[0]!])
            .filter((c): c is string => Boolean(c)),
        );
      }),
      session(
        'policy-debate',
        'نقاش بشأن السياسات',
        'Policy debate',
        '2022-05-18',
        '15:00',
        '18:00',
        'Conference Room 4',
      ),
      session(
        'plenary',
        'الجلسة العامة: المناقشة العامة',
        'Plenary: general debate',
        '2022-05-19',
        '10:00',
        '18:00',
        'General Assembly Hall',
      ),
      session(
        'plenary',
        'الجلسة العامة: المناقشة العامة والاختتام',
        'Plenary: general debate and closing',
        '2022-05-20',
        '10:00',
        '18:00',
        'General Assembly Hall',
      ),
    ],
  );
  await make(
    {
      kind: 'review-conference',
      title: {
        ar: 'المؤتمر الإقليمي الأول لاستعراض الاتفاق العالمي في المنطقة العربية (بيانات تجريبية)',
        en: 'First Arab regional review conference of the Global Compact (sample data)',
      },
      organisers: 'جامعة الدول العربية، المنظمة الدولية للهجرة، الإسكوا',
      startsOn: '2021-02-24',
      endsOn: '2021-02-25',
      timeZone: 'Africa/Cairo',
      venue: '',
      onlineUrl: 'https://example.org/arab-regional-review',
      languages: ['ar', 'en'],
      regionId: 'LAS',
    },
    [
      session('panel', 'الحلقة النقاشية الأولى', 'Panel 1', '2021-02-24', '10:00', '12:30', '', range(1, 6)),
      session(
        'panel',
        'الحلقة النقاشية الثانية',
        'Panel 2',
        '2021-02-24',
        '14:00',
        '16:30',
        '',
        range(7, 12),
      ),
      session(
        'panel',
        'الحلقة النقاشية الثالثة',
        'Panel 3',
        '2021-02-25',
        '10:00',
        '12:30',
        '',
        range(13, 18),
      ),
      session(
        'panel',
        'الحلقة النقاشية الرابعة',
        'Panel 4',
        '2021-02-25',
        '14:00',
        '16:30',
        '',
        range(19, 23),
      ),
    ],
  );
  await make(
    {
      kind: 'mechanism-meeting',
      title: {
        ar: 'الاجتماع السنوي العاشر للعملية التشاورية العربية الإقليمية حول الهجرة واللجوء (بيانات تجريبية)',
        en: '10th annual meeting of the Arab Regional Consultative Process on Migration and Refugee Affairs (sample data)',
      },
      organisers: 'جامعة الدول العربية',
      startsOn: '2024-05-27',
      endsOn: '2024-05-28',
      timeZone: 'Africa/Cairo',
      venue: 'مقر جامعة الدول العربية، القاهرة',
      languages: ['ar'],
      regionId: 'LAS',
    },
    [],
  );
  const workshop = await make(
    {
      kind: 'workshop',
      title: {
        ar: 'ورشة عمل لبناء قدرات جهات التنسيق الوطنية في إعداد الاستعراضات الطوعية (بيانات تجريبية)',
        en: 'Capacity-building workshop for national focal points on voluntary reviews (sample data)',
      },
      organisers: 'جامعة الدول العربية، المنظمة الدولية للهجرة، الإسكوا',
      startsOn: '2020-06-15',
      endsOn: '2020-06-15',
      timeZone: 'Africa/Cairo',
      venue: '',
      onlineUrl: 'https://example.org/focal-point-workshop',
      languages: ['ar', 'en'],
      regionId: 'LAS',
    },
    [
      session(
        'workshop-session',
        'نموذج الإرشادات وإعداد التقارير',
        'The guidance template and reporting',
        '2020-06-15',
        '11:00',
        '13:00',
        '',
      ),
    ],
  );
  await seedSampleWorkshopRecord(db, workshop.id, network.id);
  await seedSampleDeclaration(db, subject, imrf.id);
  return true;
}

/**
 * The focal-point workshop's closed training record. The numbers are invented for the demo (no
 * attendance lies behind them) and the record is flagged as sample wherever it shows.
 */
async function seedSampleWorkshopRecord(db: Db, meetingId: string, organiserId: string) {
  await db.insert(meetingWorkshops).values({
    meetingId,
    states: ['EGY', 'IRQ', 'JOR', 'LBN', 'MAR', 'TUN'],
    closedAt: new Date('2020-06-16T12:00:00Z'),
    closedBy: organiserId,
    heldFrom: '2020-06-15',
    heldTo: '2020-06-15',
    topics: {
      ar: 'نموذج الإرشادات الإقليمي، وجمع البيانات، وإشراك أصحاب المصلحة في الاستعراضات الطوعية (بيانات تجريبية).',
      en: 'The regional guidance template, data collection, and involving stakeholders in voluntary reviews (sample data).',
    },
    report: {
      ar: 'سجل تجريبي لأغراض العرض: الأعداد مختلَقة.',
      en: 'A sample record for demonstration: the numbers are invented.',
    },
    trainedTotal: 14,
    trainedByCountry: { EGY: 3, IRQ: 2, JOR: 3, LBN: 2, MAR: 2, TUN: 2 },
    trainedByGender: { woman: 7, man: 5, notGiven: 2 },
    isSample: true,
  });
}

/**
 * A Progress Declaration for the sample IMRF, adopted, so its paragraph pages can be cited. The text
 * is written for the demo and says so in every language; it is not the declaration the General
 * Assembly adopted (A/RES/76/266).
 */
async function seedSampleDeclaration(db: Db, subject: Subject, meetingId: string) {
  const body = {
    ar: [
      'نص تجريبي لأغراض العرض، وليس نص الإعلان الرسمي.',
      'إذ نشير إلى الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية ومبادئه التوجيهية،',
      '---',
      'نرحب بالتقدم المحرز في تنفيذ الاتفاق العالمي منذ اعتماده، ونقر بأن التحديات ما زالت قائمة.',
      'نلتزم بتحسين جمع البيانات المصنفة عن الهجرة وتحليلها ونشرها لتكون أساسًا للسياسات.',
      'نلتزم بتوسيع المسارات النظامية للهجرة وتيسير الحصول عليها.',
      'نلتزم بحماية حقوق العمال المهاجرين وأسرهم وتعزيز الاستقدام العادل.',
    ].join('\n\n'),
    en: [
      'Sample text for demonstration, not the text of the official declaration.',
      'Recalling the Global Compact for Safe, Orderly and Regular Migration and its guiding principles,',
      '---',
      'We welcome the progress made in implementing the Global Compact since its adoption, and recognise that challenges remain.',
      'We commit to improving the collection, analysis and dissemination of disaggregated migration data as a basis for policy.',
      'We commit to expanding regular pathways for migration and making them easier to use.',
      'We commit to protecting the rights of migrant workers and their families and promoting fair recruitment.',
    ].join('\n\n'),
  };
  const doc = await createMeetingDocument({
    db,
    subject,
    meetingId,
    input: {
      kind: 'progress-declaration',
      title: { ar: 'إعلان التقدم المحرز (نص تجريبي)', en: 'Progress Declaration (sample text)' },
      body,
    },
  });
  await adoptMeetingDocument({ db, subject, meetingId, documentId: doc.id, expectedVersion: doc.version });
}
