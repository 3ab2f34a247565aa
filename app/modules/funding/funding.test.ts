import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, conceptNotes, contentItems, objectiveTags } from '#db/schema/index';
import { person } from '~/modules/reviews/authoring/test-people';
import type { Db } from '~/platform/db.server';
import { errorFields } from '~/platform/forms/issues';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import { fundDashboard } from './fund-dashboard.server';
import { moveConceptNote } from './move-concept-note.server';
import { recordContribution } from './record-contribution.server';
import { recordSteeringDecision } from './record-steering-decision.server';
import { recordTransfer } from './record-transfer.server';
import { submitConceptNote } from './submit-concept-note.server';
import {
  conceptNoteInput,
  decisionInput,
  validConceptNoteInput,
  validContributionInput,
} from './test-fixtures';

const now = new Date('2025-06-10T09:00:00Z');

for (const store of testStores) {
  describe(`the Migration MPTF (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;
    const people = async () => ({
      jordan: (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject,
      egypt: (await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }])).subject,
      secretariat: (await person(db(), [{ role: 'network_secretariat' }])).subject,
      committee: (await person(db(), [{ role: 'fund_steering_committee' }])).subject,
    });

    it('refuses a concept note without two government entities, markers off the scale, a budget not positive', async () => {
      const { jordan, egypt } = await people();
      const oneEntity = await refusal(() =>
        submitConceptNote({
          subject: jordan,
          input: conceptNoteInput({ governmentEntities: 'وزارة العمل' }),
        }),
      );
      expect(oneEntity.code).toBe('governmentEntitiesTooFew');
      expect(Object.keys(errorFields(oneEntity))).toEqual(['governmentEntities']);
      // The same name twice is one entity.
      const repeated = await refusal(() =>
        submitConceptNote({
          subject: jordan,
          input: conceptNoteInput({ governmentEntities: 'وزارة العمل\n وزارة العمل ' }),
        }),
      );
      expect(repeated.code).toBe('governmentEntitiesTooFew');
      const marker = await refusal(() =>
        submitConceptNote({ subject: jordan, input: conceptNoteInput({ genderMarker: '4' }) }),
      );
      expect([marker.code, Object.keys(errorFields(marker))]).toEqual(['markerOutOfScale', ['genderMarker']]);
      const budget = await refusal(() =>
        submitConceptNote({ subject: jordan, input: conceptNoteInput({ budgetRequestedUsd: '0' }) }),
      );
      expect([budget.code, Object.keys(errorFields(budget))]).toEqual([
        'amountNotPositive',
        ['budgetRequestedUsd'],
      ]);
      // Each refusal is keyed by the path the form names its field with.
      const refused = async (changes: Record<string, string | string[]>) =>
        errorFields(
          await refusal(() => submitConceptNote({ subject: jordan, input: conceptNoteInput(changes) })),
        );
      expect(await refused({ 'title.ar': ' ' })).toEqual({
        'title.ar': [{ code: 'fundOriginalTextRequired' }],
      });
      expect(await refused({ originalLanguage: 'en', 'summary.en': '' })).toEqual({
        'summary.en': [{ code: 'fundOriginalTextRequired' }],
      });
      expect(await refused({ 'title.en': 'x'.repeat(201) })).toEqual({
        'title.en': [{ code: 'tooLong', params: { max: 200 } }],
      });
      expect(await refused({ regionId: 'LAS' })).toEqual({ countryIso3: [{ code: 'fundCountryOrRegion' }] });
      expect(await refused({ durationMonths: '١٢١' })).toEqual({
        durationMonths: [{ code: 'fundInvalidDuration', params: { min: 1, max: 120 } }],
      });
      expect(await refused({ durationMonths: '2.5' })).toEqual({
        durationMonths: [{ code: 'fundInvalidDuration', params: { min: 1, max: 120 } }],
      });
      expect(await refused({ thematicAreaId: '0' })).toEqual({ thematicAreaId: [{ code: 'invalidChoice' }] });
      expect(await refused({ objectives: [] })).toEqual({
        objectives: [{ code: 'chooseAtLeast', params: { min: 1 } }],
      });
      expect(await refused({ objectives: ['24'] })).toEqual({ 'objectives[0]': [{ code: 'invalidChoice' }] });
      expect(await refused({ unOrganisations: ' \n ' })).toEqual({
        unOrganisations: [{ code: 'chooseAtLeast', params: { min: 1 } }],
      });
      const otherState = await refusal(() =>
        submitConceptNote({ subject: egypt, input: validConceptNoteInput }),
      );
      expect(otherState.status).toBe(403);
      expect(await db().select().from(conceptNotes)).toHaveLength(0);
    });

    it('walks a note from submission to a funded programme, public from the pipeline on', async () => {
      const { jordan, secretariat, committee } = await people();
      const note = await submitConceptNote({ subject: jordan, input: validConceptNoteInput, now });
      expect(note).toMatchObject({
        status: 'submitted',
        budgetRequestedUsd: 2_500_000,
        governmentEntities: ['وزارة العمل', 'وزارة الداخلية'],
        unOrganisations: ['IOM', 'ILO'],
        genderMarker: 2,
      });
      const visibility = async () =>
        (
          await db()
            .select({ visibility: contentItems.visibility })
            .from(contentItems)
            .where(and(eq(contentItems.type, 'concept_note'), eq(contentItems.id, note.id)))
        )[0]?.visibility;
      expect(await visibility()).toBe('restricted');

      // Only the fund's secretariat moves it; the committee reads but does not move.
      expect(
        (
          await refusal(() =>
            moveConceptNote({ subject: committee, conceptNoteId: note.id, action: 'screen' }),
          )
        ).status,
      ).toBe(403);
      expect(
        (await refusal(() => moveConceptNote({ subject: jordan, conceptNoteId: note.id, action: 'screen' })))
          .status,
      ).toBe(403);

      await moveConceptNote({ subject: secretariat, conceptNoteId: note.id, action: 'screen', now });
      expect(await visibility()).toBe('restricted');
      const stale = await refusal(() =>
        moveConceptNote({
          subject: secretariat,
          conceptNoteId: note.id,
          action: 'admit',
          input: { version: '1' },
        }),
      );
      expect(stale.code).toBe('staleVersion');
      await moveConceptNote({
        subject: secretariat,
        conceptNoteId: note.id,
        action: 'admit',
        input: { version: '2' },
        now,
      });
      expect(await visibility()).toBe('public');

      const noDecision = await refusal(() =>
        moveConceptNote({ subject: secretariat, conceptNoteId: note.id, action: 'select' }),
      );
      expect(noDecision.code).toBe('steeringDecisionRequired');
      const decision = await recordSteeringDecision({
        subject: secretariat,
        input: decisionInput({
          'summary.ar': 'اختارت اللجنة التوجيهية ستة برامج.',
          documents: 'https://example.org/sc-minutes.pdf',
        }),
      });
      await moveConceptNote({
        subject: secretariat,
        conceptNoteId: note.id,
        action: 'select',
        input: { decisionId: decision.id },
        now,
      });
      const early = await refusal(() =>
        moveConceptNote({ subject: secretariat, conceptNoteId: note.id, action: 'close' }),
      );
      expect(early.code).toBe('pipelineMoveNotAllowed');
      const { note: funded, programme } = await moveConceptNote({
        subject: secretariat,
        conceptNoteId: note.id,
        action: 'fund',
        now,
      });
      expect(funded.status).toBe('funded');
      expect(programme).toMatchObject({
        conceptNoteId: note.id,
        budgetUsd: 2_500_000,
        countryIso3: 'JOR',
        thematicAreaId: 4,
        startDate: '2025-06-10',
        endDate: '2027-06-09',
        status: 'active',
      });
      const tags = await db()
        .select({ n: objectiveTags.objective })
        .from(objectiveTags)
        .where(and(eq(objectiveTags.entityType, 'programme'), eq(objectiveTags.entityId, programme!.id)));
      expect(tags.map((t) => t.n).sort()).toEqual([5, 6]);

      const trail = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, note.id))
        .orderBy(auditLog.id);
      expect(trail.map((t) => t.action)).toEqual([
        'concept_note.submit',
        'concept_note.screen',
        'concept_note.admit',
        'concept_note.select',
        'concept_note.fund',
      ]);

      // Transfers to participating organisations stay within the programme's budget.
      await recordTransfer({
        subject: secretariat,
        programmeId: programme!.id,
        input: { organisation: 'IOM', amountUsd: '2000000', transferredOn: '2025-07-01' },
      });
      const over = await refusal(() =>
        recordTransfer({
          subject: secretariat,
          programmeId: programme!.id,
          input: { organisation: 'ILO', amountUsd: '500000.01', transferredOn: '2025-07-01' },
        }),
      );
      expect(over.code).toBe('transfersExceedBudget');
    });

    it('rejects with the reason, and keeps a rejected note out of public view', async () => {
      const { jordan, secretariat } = await people();
      const note = await submitConceptNote({ subject: jordan, input: validConceptNoteInput, now });
      const noReason = await refusal(() =>
        moveConceptNote({ subject: secretariat, conceptNoteId: note.id, action: 'reject' }),
      );
      expect(noReason.code).toBe('notSelectedReasonRequired');
      expect(Object.keys(errorFields(noReason))).toEqual(['reason.ar']);
      const { note: rejected } = await moveConceptNote({
        subject: secretariat,
        conceptNoteId: note.id,
        action: 'reject',
        input: { reason: { ar: 'لا يستوفي معيار الشمول الحكومي.' } },
      });
      expect(rejected.status).toBe('not_selected');
      expect(rejected.notSelectedReason).toEqual({ ar: 'لا يستوفي معيار الشمول الحكومي.' });
      const [row] = await db()
        .select({ visibility: contentItems.visibility })
        .from(contentItems)
        .where(eq(contentItems.id, note.id));
      expect(row?.visibility).toBe('restricted');
    });

    it('records contributions with their rate; refuses other currencies, a USD rate other than 1, a rate dated after receipt', async () => {
      const { secretariat, jordan } = await people();
      const row = await recordContribution({ subject: secretariat, input: validContributionInput });
      expect(row).toMatchObject({ currency: 'EUR', amount: 1_000_000, usdRate: 1.09, usdValue: 1_090_000 });
      expect(
        (await refusal(() => recordContribution({ subject: jordan, input: validContributionInput }))).status,
      ).toBe(403);
      const bad = async (change: Record<string, string>) =>
        (
          await refusal(() =>
            recordContribution({ subject: secretariat, input: { ...validContributionInput, ...change } }),
          )
        ).code;
      expect(await bad({ currency: 'XYZ' })).toBe('invalidCurrency');
      expect(await bad({ currency: 'USD', usdRate: '1.1' })).toBe('usdRateMustBeOne');
      expect(await bad({ amount: '-5' })).toBe('amountNotPositive');
      expect(await bad({ rateDate: '2024-03-16' })).toBe('rateDateAfterReceipt');
      expect(await bad({ usdRate: '0' })).toBe('rateNotPositive');
      expect(await bad({ earmarkedThematicAreaId: '100' })).toBe('invalidChoice');
    });
  });

  describe(`the fund dashboard (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;

    it('sums as computed by hand, the public one over the published pipeline only', async () => {
      const jordan = (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject;
      const secretariat = (await person(db(), [{ role: 'network_secretariat' }])).subject;
      const egyptSecretariat = secretariat;
      // Contributions: 1,000,000 EUR × 1.09 (2024) + 500,000 USD (2025) + 250,000 GBP × 1.27 (2025).
      await recordContribution({ subject: secretariat, input: validContributionInput });
      await recordContribution({
        subject: secretariat,
        input: {
          ...validContributionInput,
          donor: 'Spain',
          donorCountryIso3: 'ESP',
          receivedOn: '2025-02-01',
          amount: '500000',
          currency: 'USD',
          usdRate: '1',
          rateDate: '2025-02-01',
        },
      });
      await recordContribution({
        subject: secretariat,
        input: {
          ...validContributionInput,
          donor: 'Germany',
          receivedOn: '2025-05-01',
          amount: '250000',
          currency: 'GBP',
          usdRate: '1.27',
          rateDate: '2025-04-30',
          earmarkedThematicAreaId: '2',
        },
      });
      const decision = await recordSteeringDecision({
        subject: secretariat,
        input: decisionInput({ 'summary.ar': 'قرارات' }),
      });
      // A funded note (Jordan, area 4, 1,200,000), one in the pipeline (a regional note, area 2,
      // 800,000), one screened only (Jordan, 300,000: not public).
      const funded = await submitConceptNote({
        subject: jordan,
        input: conceptNoteInput({ budgetRequestedUsd: '1200000' }),
      });
      for (const action of ['screen', 'admit'] as const) {
        await moveConceptNote({ subject: secretariat, conceptNoteId: funded.id, action });
      }
      await moveConceptNote({
        subject: secretariat,
        conceptNoteId: funded.id,
        action: 'select',
        input: { decisionId: decision.id },
      });
      await moveConceptNote({ subject: secretariat, conceptNoteId: funded.id, action: 'fund' });
      const regional = await submitConceptNote({
        subject: egyptSecretariat,
        input: conceptNoteInput({
          countryIso3: '',
          regionId: 'LAS',
          thematicAreaId: '2',
          budgetRequestedUsd: '800000',
        }),
      });
      for (const action of ['screen', 'admit'] as const) {
        await moveConceptNote({ subject: secretariat, conceptNoteId: regional.id, action });
      }
      const screened = await submitConceptNote({
        subject: jordan,
        input: conceptNoteInput({ budgetRequestedUsd: '300000' }),
      });
      await moveConceptNote({ subject: secretariat, conceptNoteId: screened.id, action: 'screen' });

      const pub = await fundDashboard({ db: db(), scope: 'public' });
      expect(pub.contributions).toEqual({
        totalUsd: 1_907_500,
        count: 3,
        byYear: [
          { year: 2024, usd: 1_090_000 },
          { year: 2025, usd: 817_500 },
        ],
        byDonor: [
          { donor: 'Germany', usd: 1_407_500, count: 2 },
          { donor: 'Spain', usd: 500_000, count: 1 },
        ],
      });
      expect(pub.allocations).toEqual({
        totalUsd: 1_200_000,
        programmes: 1,
        byThematicArea: [{ thematicAreaId: 4, usd: 1_200_000, programmes: 1 }],
        byRegion: [{ regionId: 'M49-142', usd: 1_200_000, programmes: 1 }],
      });
      expect(pub.pipeline.byStatus).toMatchObject({ submitted: 0, screened: 0, in_pipeline: 1, funded: 1 });
      expect(pub.pipeline.reached).toEqual({ inPipeline: 2, selected: 1, funded: 1 });
      expect(pub.pipeline.places).toBe(2);
      expect(pub.pipeline.demandUsd).toBe(800_000);
      expect(pub.availableUsd).toBe(707_500);

      const all = await fundDashboard({ db: db(), scope: 'all' });
      expect(all.pipeline.byStatus).toMatchObject({ screened: 1, in_pipeline: 1, funded: 1 });
      expect(all.pipeline.places).toBe(2);
    });
  });
}
