import { eq, sql } from 'drizzle-orm';
import { conceptNotes, users } from '#db/schema/index';
import { moveConceptNote } from '~/modules/funding/move-concept-note.server';
import { recordContribution } from '~/modules/funding/record-contribution.server';
import { recordSteeringDecision } from '~/modules/funding/record-steering-decision.server';
import { recordTransfer } from '~/modules/funding/record-transfer.server';
import { saveProgressReport } from '~/modules/funding/results/save-progress-report.server';
import { saveIndicator, savePeriod, saveResult } from '~/modules/funding/results/save-results.server';
import { submitConceptNote } from '~/modules/funding/submit-concept-note.server';
import type { Subject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';

/**
 * A sample Migration MPTF (demo only, never the production seed), labelled as such: six concept
 * notes at every stage of the pipeline (one not selected, one still being screened), one steering
 * committee decision, two funded joint programmes — Jordan's with transfers, a results framework
 * and a progress report —, and contributions from three donors in three currencies. Every name,
 * amount and rate is invented for the demonstration.
 */
const sample = (ar: string, en: string) => ({ ar: `${ar} (تجريبي)`, en: `${en} (sample)` });

interface DemoNote {
  title: { ar: string; en: string };
  country: string | null;
  region: string | null;
  area: number;
  objectives: number[];
  budget: number;
  /** Where the note ends up. */
  to: 'submitted' | 'in_pipeline' | 'not_selected' | 'selected' | 'funded';
}

const notes: DemoNote[] = [
  {
    title: sample('تعزيز مسارات الهجرة النظامية للعمال', 'Regular pathways for migrant workers'),
    country: 'JOR',
    region: null,
    area: 4,
    objectives: [5, 6],
    budget: 2_500_000,
    to: 'funded',
  },
  {
    title: sample('بيانات الهجرة لصنع السياسات', 'Migration data for policy-making'),
    country: 'EGY',
    region: null,
    area: 1,
    objectives: [1, 17],
    budget: 1_800_000,
    to: 'funded',
  },
  {
    title: sample('حماية المهاجرين في أوضاع هشة', 'Protecting migrants in vulnerable situations'),
    country: 'MAR',
    region: null,
    area: 2,
    objectives: [7, 8],
    budget: 2_000_000,
    to: 'selected',
  },
  {
    title: sample('إدماج المهاجرين في الخدمات المحلية', 'Migrants in local services'),
    country: 'TUN',
    region: null,
    area: 5,
    objectives: [15, 16],
    budget: 1_200_000,
    to: 'in_pipeline',
  },
  {
    title: sample('إدارة الحدود القائمة على الحقوق', 'Rights-based border governance'),
    country: 'IRQ',
    region: null,
    area: 3,
    objectives: [11],
    budget: 3_000_000,
    to: 'not_selected',
  },
  {
    title: sample('عودة وإعادة إدماج مستدامة', 'Sustainable return and reintegration'),
    country: 'LBN',
    region: null,
    area: 4,
    objectives: [21],
    budget: 900_000,
    to: 'submitted',
  },
];

const path: Record<DemoNote['to'], ('screen' | 'admit' | 'select' | 'reject' | 'fund')[]> = {
  submitted: [],
  in_pipeline: ['screen', 'admit'],
  not_selected: ['screen', 'reject'],
  selected: ['screen', 'admit', 'select'],
  funded: ['screen', 'admit', 'select', 'fund'],
};

export async function seedDemoFund(db: Db): Promise<boolean> {
  const [existing] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(conceptNotes)
    .where(eq(conceptNotes.isSample, true));
  if (Number(existing?.n ?? 0) > 0) return false;
  const [network] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'network@marsad.test'))
    .limit(1);
  if (!network) return false;
  const subject: Subject = {
    userId: network.id,
    grants: [{ role: 'network_secretariat', scopeType: 'global', scopeId: '' }],
  };
  // The first call's decisions: notes funded on 15 January 2024, so a first year of results is in.
  const now = new Date('2024-01-15T09:00:00Z');
  const decision = await recordSteeringDecision({
    db,
    subject,
    isSample: true,
    input: {
      decidedOn: '2023-12-12',
      summary: sample(
        'اختارت اللجنة التوجيهية ثلاث مذكرات مفاهيمية',
        'The steering committee selected three concept notes',
      ),
      originalLanguage: 'ar',
      documents: [],
    },
  });
  const funded: string[] = [];
  for (const n of notes) {
    const note = await submitConceptNote({
      db,
      subject,
      isSample: true,
      now,
      input: {
        title: n.title,
        summary: sample(
          'مذكرة مفاهيمية نموذجية لعرض مسار الصندوق.',
          'A sample concept note to show the fund’s pipeline.',
        ),
        originalLanguage: 'ar',
        countryIso3: n.country ?? '',
        regionId: n.region ?? '',
        thematicAreaId: n.area,
        objectives: n.objectives,
        unOrganisations: ['IOM', 'ILO'],
        governmentEntities: ['وزارة العمل', 'وزارة الداخلية'],
        stakeholders: ['منظمات المجتمع المدني'],
        budgetRequestedUsd: n.budget,
        durationMonths: 24,
        genderMarker: 2,
        humanRightsMarker: 2,
        childSensitivityMarker: 1,
      },
    });
    for (const action of path[n.to]) {
      const { programme } = await moveConceptNote({
        db,
        subject,
        conceptNoteId: note.id,
        action,
        now,
        input:
          action === 'select'
            ? { decisionId: decision.id }
            : action === 'reject'
              ? {
                  reason: sample(
                    'لا تحدد المذكرة فريقًا حكوميًا شاملًا',
                    'The note names no whole-of-government team',
                  ),
                }
              : {},
      });
      if (programme) funded.push(programme.id);
    }
  }

  for (const c of [
    {
      donor: 'Germany',
      donorCountryIso3: 'DEU',
      receivedOn: '2023-03-01',
      amount: 5_000_000,
      currency: 'EUR',
      usdRate: 1.06,
      rateDate: '2023-03-01',
    },
    {
      donor: 'Germany',
      donorCountryIso3: 'DEU',
      receivedOn: '2024-02-15',
      amount: 2_000_000,
      currency: 'EUR',
      usdRate: 1.08,
      rateDate: '2024-02-14',
    },
    {
      donor: 'United Kingdom',
      donorCountryIso3: 'GBR',
      receivedOn: '2023-06-20',
      amount: 1_500_000,
      currency: 'GBP',
      usdRate: 1.27,
      rateDate: '2023-06-19',
    },
    {
      donor: 'Qatar',
      donorCountryIso3: 'QAT',
      receivedOn: '2024-05-05',
      amount: 1_000_000,
      currency: 'USD',
      usdRate: 1,
      rateDate: '2024-05-05',
    },
  ])
    await recordContribution({ db, subject, isSample: true, input: { ...c, donor: `${c.donor} (sample)` } });

  const [jordan] = funded;
  if (!jordan) return true;
  await recordTransfer({
    db,
    subject,
    programmeId: jordan,
    input: { organisation: 'IOM', amountUsd: 1_200_000, transferredOn: '2024-02-01' },
  });
  await recordTransfer({
    db,
    subject,
    programmeId: jordan,
    input: { organisation: 'ILO', amountUsd: 800_000, transferredOn: '2024-02-01' },
  });
  const result = await saveResult({
    db,
    subject,
    programmeId: jordan,
    input: {
      type: 'outcome',
      title: sample('وصول العمال المهاجرين إلى مسارات نظامية', 'Migrant workers reach regular pathways'),
      description: {},
      originalLanguage: 'ar',
    },
  });
  const permits = await saveIndicator({
    db,
    subject,
    programmeId: jordan,
    resultId: result.id,
    input: {
      title: sample('عدد العمال الحاصلين على تصاريح عمل', 'Workers holding work permits'),
      originalLanguage: 'ar',
      measure: 'unit',
      ascending: true,
      baselineValue: 1200,
      baselineDate: '2024-01-15',
    },
  });
  await savePeriod({
    db,
    subject,
    programmeId: jordan,
    indicatorId: permits.id,
    input: {
      periodStart: '2024-01-15',
      periodEnd: '2025-01-14',
      targetValue: 2000,
      actualValue: 1850,
      actualComment: 'Ministry of Labour records (sample)',
    },
  });
  await savePeriod({
    db,
    subject,
    programmeId: jordan,
    indicatorId: permits.id,
    input: { periodStart: '2025-01-15', periodEnd: '2026-01-14', targetValue: 3000 },
  });
  const women = await saveIndicator({
    db,
    subject,
    programmeId: jordan,
    resultId: result.id,
    input: {
      title: sample('نسبة النساء بين المستفيدين', 'Share of women among beneficiaries'),
      originalLanguage: 'ar',
      measure: 'percentage',
      ascending: true,
      baselineValue: 22,
      baselineDate: '2024-01-15',
    },
  });
  await savePeriod({
    db,
    subject,
    programmeId: jordan,
    indicatorId: women.id,
    input: { periodStart: '2024-01-15', periodEnd: '2025-01-14', targetValue: 35, actualValue: 31 },
  });
  await saveProgressReport({
    db,
    subject,
    programmeId: jordan,
    input: {
      periodStart: '2024-01-15',
      periodEnd: '2025-01-14',
      summary: sample(
        'بلغ البرنامج في سنته الأولى أغلب العمال المستهدفين بتصاريح العمل، وبقيت الفجوة في القطاع الزراعي.',
        'In its first year the programme reached most of the workers it aimed to reach with work permits; the gap remains in agriculture.',
      ),
      originalLanguage: 'ar',
    },
  });
  return true;
}
