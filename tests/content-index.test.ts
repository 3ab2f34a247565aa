import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentItems } from '#db/schema/content';
import { emptyNarrative } from '#db/schema/review-synthesis-types';
import { reviewMilestones } from '#db/schema/reviews';
import { createPledge as pledgeFactory } from '#seed/pledge-factories';
import { createReview, createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { contentTypes } from '~/content-types.server';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import { countPublicContent, countPublicContentByObjective } from '~/modules/content/count-content.server';
import { canReadContent } from '~/modules/content/read-rule';
import { readableContent } from '~/modules/content/readable-content.server';
import { checkContentType, rebuildContentType } from '~/modules/content/reindex.server';
import { moveConceptNote } from '~/modules/funding/move-concept-note.server';
import { recordSteeringDecision } from '~/modules/funding/record-steering-decision.server';
import { submitConceptNote } from '~/modules/funding/submit-concept-note.server';
import { decisionInput, validConceptNoteInput } from '~/modules/funding/test-fixtures';
import { createMeeting } from '~/modules/meetings/create-meeting.server';
import { recordStatement } from '~/modules/meetings/record-statement.server';
import { removeSession } from '~/modules/meetings/remove-session.server';
import { saveSession } from '~/modules/meetings/save-session.server';
import { setMeetingStatus } from '~/modules/meetings/set-meeting-status.server';
import { fourPanels, validMeetingInput } from '~/modules/meetings/test-fixtures';
import { createAction } from '~/modules/plans/create-action.server';
import { createPlan } from '~/modules/plans/create-plan.server';
import { deleteAction } from '~/modules/plans/delete-action.server';
import { setPlanStatus } from '~/modules/plans/set-plan-status.server';
import { validActionInput, validPlanInput } from '~/modules/plans/test-fixtures';
import { createPledge } from '~/modules/pledges/create-pledge.server';
import { reviewPledge } from '~/modules/pledges/review-pledge.server';
import { submitPledge } from '~/modules/pledges/submit-pledge.server';
import { validPledgeInput } from '~/modules/pledges/test-fixtures';
import { saveSection } from '~/modules/reviews/authoring/save-section.server';
import { person, reviewPeople } from '~/modules/reviews/authoring/test-people';
import { shortTemplate } from '~/modules/reviews/authoring/test-template';
import { recordContribution } from '~/modules/reviews/contributions/record-contribution.server';
import { syncCycleContent } from '~/modules/reviews/cycle-content.server';
import { setCycleStatus } from '~/modules/reviews/cycles/set-cycle-status.server';
import { publishOutcome } from '~/modules/reviews/outcome/publish-outcome.server';
import { saveOutcome } from '~/modules/reviews/outcome/save-outcome.server';
import { publishSynthesis } from '~/modules/reviews/synthesis/publish-synthesis.server';
import { saveSynthesisNarrative } from '~/modules/reviews/synthesis/save-synthesis-narrative.server';
import { moderateReview } from '~/modules/reviews/workflow/moderate-review.server';
import { submitReview } from '~/modules/reviews/workflow/submit-review.server';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { testStores, useTestPlatform } from './platform';

const baseUrl = 'https://marsad.example.org';

/**
 * Each content type walked through its workflow: an item counts in the public numbers exactly
 * while an anonymous reader may open it, and the list rule (SQL) and the page rule (TypeScript)
 * agree on who may open it at every step.
 */
for (const store of testStores) {
  describe(`content index (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;

    /** Public counts of one type, overall and within the scopes the framework pages use. */
    async function counted(type: ContentTypeKey, scope: { objective?: number; country?: string } = {}) {
      return (await countPublicContent({ db: db(), ...scope })).byType[type];
    }
    /** Who may open the item, asked of the SQL rule, and the same answer from the pure rule. */
    async function opens(subject: Subject, type: ContentTypeKey, id: string): Promise<boolean> {
      const [row] = await db()
        .select()
        .from(contentItems)
        .where(and(eq(contentItems.type, type), eq(contentItems.id, id)));
      const [listed] = await db()
        .select({ id: contentItems.id })
        .from(contentItems)
        .where(and(eq(contentItems.type, type), eq(contentItems.id, id), readableContent(subject)));
      const byRule = row ? canReadContent(subject, row) : false;
      expect(Boolean(listed), `SQL and TypeScript rules disagree on ${type} ${id}`).toBe(byRule);
      return byRule;
    }

    it('pledges count once published, and stay counted when closed', async () => {
      const focal = await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }]);
      const focalEgypt = await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }]);
      const network = await person(db(), [{ role: 'network_secretariat' }]);
      const pledge = await createPledge({
        subject: focal.subject,
        countryIso3: 'JOR',
        input: validPledgeInput,
      });
      const before = await counted('pledge', { objective: 7 });
      const steps: [string, () => Promise<unknown>, number][] = [
        ['submitted', () => submitPledge({ subject: focal.subject, pledgeId: pledge.id }), 0],
        [
          'approved',
          () => reviewPledge({ subject: network.subject, pledgeId: pledge.id, decision: 'approve' }),
          0,
        ],
        [
          'published',
          () => reviewPledge({ subject: network.subject, pledgeId: pledge.id, decision: 'publish' }),
          1,
        ],
        [
          'closed',
          () => reviewPledge({ subject: network.subject, pledgeId: pledge.id, decision: 'close' }),
          1,
        ],
      ];
      expect(await counted('pledge', { objective: 7 })).toBe(before);
      expect(await opens(focal.subject, 'pledge', pledge.id)).toBe(true);
      expect(await opens(network.subject, 'pledge', pledge.id)).toBe(true);
      expect(await opens(focalEgypt.subject, 'pledge', pledge.id)).toBe(false);
      expect(await opens(anonymousSubject, 'pledge', pledge.id)).toBe(false);
      for (const [step, run, delta] of steps) {
        await run();
        expect(await counted('pledge', { objective: 7 }), step).toBe(before + delta);
        expect(await counted('pledge', { country: 'JOR' }), step).toBe(delta);
        expect(await opens(anonymousSubject, 'pledge', pledge.id), step).toBe(delta === 1);
        expect(await opens(focalEgypt.subject, 'pledge', pledge.id), step).toBe(delta === 1);
      }
      // Tagged with objectives 6 and 7, made by Jordan: in the Arab region through its country.
      const byObjective = await countPublicContentByObjective({ db: db(), region: 'LAS', types: ['pledge'] });
      expect(byObjective.filter((o) => o.total).map((o) => o.objective)).toEqual([6, 7]);
    });

    it('concept notes count from the published pipeline on; the programme funded from one counts at once', async () => {
      const focal = await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }]);
      const focalEgypt = await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }]);
      const network = await person(db(), [{ role: 'network_secretariat' }]);
      const committee = await person(db(), [{ role: 'fund_steering_committee' }]);
      const note = await submitConceptNote({ subject: focal.subject, input: validConceptNoteInput });
      const decision = await recordSteeringDecision({
        subject: network.subject,
        input: decisionInput(),
      });
      const move = (action: 'screen' | 'admit' | 'select' | 'fund') => () =>
        moveConceptNote({
          subject: network.subject,
          conceptNoteId: note.id,
          action,
          input: action === 'select' ? { decisionId: decision.id } : {},
        });
      expect(await opens(focal.subject, 'concept_note', note.id)).toBe(true);
      expect(await opens(committee.subject, 'concept_note', note.id)).toBe(true);
      expect(await opens(network.subject, 'concept_note', note.id)).toBe(true);
      expect(await opens(focalEgypt.subject, 'concept_note', note.id)).toBe(false);
      const steps: [string, () => Promise<unknown>, number][] = [
        ['screened', move('screen'), 0],
        ['in pipeline', move('admit'), 1],
        ['selected', move('select'), 1],
        ['funded', move('fund'), 1],
      ];
      for (const [step, run, delta] of steps) {
        await run();
        expect(await counted('concept_note', { objective: 5 }), step).toBe(delta);
        expect(await counted('concept_note', { country: 'JOR' }), step).toBe(delta);
        expect(await opens(anonymousSubject, 'concept_note', note.id), step).toBe(delta === 1);
        expect(await opens(focalEgypt.subject, 'concept_note', note.id), step).toBe(delta === 1);
      }
      expect(await counted('programme', { objective: 6 })).toBe(1);
      expect(await counted('programme', { country: 'JOR' })).toBe(1);
    });

    it('national and parallel reviews count once published and stop when withdrawn', async () => {
      const people = await reviewPeople(db());
      const template = await createReviewTemplate(db(), { sections: shortTemplate });
      const cycle = await createReviewCycle(db(), { templateId: template.id, states: ['JOR', 'EGY'] });
      const national = await createReview(db(), { cycleId: cycle.id, countryIso3: 'JOR' });
      const parallel = await createReview(db(), {
        cycleId: cycle.id,
        kind: 'parallel',
        organisationId: people.organisation.id,
        countryIso3: 'JOR',
        freeForm: true,
      });
      for (const [key, body] of [
        ['introduction', { body: 'مقدمة' }],
        ['objective-7', { objectiveStatus: 'planned' }],
      ] as const) {
        await saveSection({
          subject: people.focalJOR.subject,
          reviewId: national.id,
          sectionKey: key,
          input: { language: 'ar', version: 0, ...body },
        });
      }
      expect(await counted('national_review')).toBe(0);
      expect(await opens(people.focalJOR.subject, 'national_review', national.id)).toBe(true);
      expect(await opens(people.lasSecretariat.subject, 'national_review', national.id)).toBe(false);

      await submitReview({ subject: people.focalJOR.subject, reviewId: national.id, baseUrl });
      // Submitted and tagged, but not public: not counted; the region's secretariat now opens it.
      expect(await counted('national_review', { objective: 7 })).toBe(0);
      expect(await opens(people.lasSecretariat.subject, 'national_review', national.id)).toBe(true);
      expect(await opens(people.eceSecretariat.subject, 'national_review', national.id)).toBe(false);
      expect(await opens(anonymousSubject, 'national_review', national.id)).toBe(false);

      const moderate = (action: 'publish' | 'withdraw', comment?: string) =>
        moderateReview({
          subject: people.lasSecretariat.subject,
          reviewId: national.id,
          action,
          comment,
          baseUrl,
        });
      await moderate('publish');
      expect(await counted('national_review', { objective: 7 })).toBe(1);
      expect(await counted('national_review', { country: 'JOR' })).toBe(1);
      expect(await opens(anonymousSubject, 'national_review', national.id)).toBe(true);
      await moderate('withdraw', 'تصحيح');
      expect(await counted('national_review')).toBe(0);
      expect(await opens(anonymousSubject, 'national_review', national.id)).toBe(false);

      expect(await counted('parallel_review')).toBe(0);
      expect(await opens(people.ngoMember.subject, 'parallel_review', parallel.id)).toBe(true);
      expect(await opens(people.focalJOR.subject, 'parallel_review', parallel.id)).toBe(false);
    });

    it('plan actions count while their plan is published, and leave when deleted', async () => {
      const focal = await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }]);
      const plan = await createPlan({ subject: focal.subject, countryIso3: 'EGY', input: validPlanInput });
      const kept = await createAction({ subject: focal.subject, planId: plan.id, input: validActionInput });
      const dropped = await createAction({
        subject: focal.subject,
        planId: plan.id,
        input: validActionInput,
      });
      expect(await counted('plan_action', { objective: 11 })).toBe(0);
      expect(await opens(focal.subject, 'plan_action', kept.id)).toBe(true);
      expect(await opens(anonymousSubject, 'plan_action', kept.id)).toBe(false);
      await deleteAction({ subject: focal.subject, actionId: dropped.id, expectedVersion: dropped.version });

      const published = await setPlanStatus({
        subject: focal.subject,
        planId: plan.id,
        publish: true,
        expectedVersion: plan.version,
      });
      expect(await counted('plan_action', { objective: 11 })).toBe(1);
      expect(await counted('plan_action', { country: 'EGY' })).toBe(1);
      expect(await opens(anonymousSubject, 'plan_action', kept.id)).toBe(true);
      await setPlanStatus({
        subject: focal.subject,
        planId: plan.id,
        publish: false,
        expectedVersion: published.version,
      });
      expect(await counted('plan_action')).toBe(0);
      const rows = await db().select().from(contentItems).where(eq(contentItems.type, 'plan_action'));
      expect(rows.map((r) => r.id)).toEqual([kept.id]);
    });

    it('meetings and their sessions count once published, stay counted when cancelled', async () => {
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const ece = await person(db(), [{ role: 'regional_secretariat', scopeId: 'ECE' }]);
      const meeting = await createMeeting({ subject: las.subject, input: validMeetingInput });
      const session = await saveSession({
        subject: las.subject,
        meetingId: meeting.id,
        input: fourPanels[3],
      });
      const statement = await recordStatement({
        subject: las.subject,
        meetingId: meeting.id,
        input: {
          speakerKind: 'state',
          countryIso3: 'EGY',
          language: 'ar',
          deliveredOn: '2026-03-29',
          body: { ar: 'بيان مصر' },
          objectives: ['9'],
        },
      });
      expect(await counted('meeting')).toBe(0);
      expect(await opens(anonymousSubject, 'statement', statement.id)).toBe(false);
      expect(await opens(las.subject, 'statement', statement.id)).toBe(true);
      expect(await opens(las.subject, 'meeting', meeting.id)).toBe(true);
      expect(await opens(las.subject, 'meeting_session', session.id)).toBe(true);
      expect(await opens(ece.subject, 'meeting', meeting.id)).toBe(false);
      expect(await opens(anonymousSubject, 'meeting_session', session.id)).toBe(false);

      const published = await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        status: 'published',
      });
      expect(await counted('meeting', { objective: 23 })).toBe(1);
      expect(await counted('meeting_session', { objective: 19 })).toBe(1);
      expect(await opens(anonymousSubject, 'meeting_session', session.id)).toBe(true);
      expect(await counted('statement', { objective: 9, country: 'EGY' })).toBe(1);
      await setMeetingStatus({
        subject: las.subject,
        meetingId: meeting.id,
        expectedVersion: published.version,
        status: 'cancelled',
      });
      expect(await counted('meeting')).toBe(1);
      await removeSession({
        subject: las.subject,
        meetingId: meeting.id,
        sessionId: session.id,
        expectedVersion: session.version,
      });
      expect(await counted('meeting_session')).toBe(0);
      expect(await counted('meeting', { objective: 23 })).toBe(0);
    });

    it('synthesis reports, outcome documents, consultation summaries and recorded contributions count once public', async () => {
      const people = await reviewPeople(db());
      const cycle = await createReviewCycle(db(), { status: 'draft', openedAt: null });
      const [milestone] = await db()
        .insert(reviewMilestones)
        .values({
          cycleId: cycle.id,
          position: 0,
          kind: 'consultation',
          title: { ar: 'حوار مع أصحاب المصلحة' },
          startsOn: '2020-10-27',
          summary: { ar: 'خلاصة الحوار' },
        })
        .returning();
      await syncCycleContent(db(), cycle.id);
      expect(await counted('consultation_summary')).toBe(0);
      expect(await opens(people.lasSecretariat.subject, 'consultation_summary', milestone!.id)).toBe(true);
      expect(await opens(people.focalJOR.subject, 'consultation_summary', milestone!.id)).toBe(false);
      await setCycleStatus({
        subject: people.lasSecretariat.subject,
        cycleId: cycle.id,
        action: 'open',
        expectedVersion: cycle.version,
      });
      expect(await counted('consultation_summary')).toBe(1);

      const las = people.lasSecretariat.subject;
      await createReview(db(), { cycleId: cycle.id, countryIso3: 'JOR', status: 'published' });
      await saveSynthesisNarrative({
        subject: las,
        cycleId: cycle.id,
        expectedVersion: 0,
        narrative: emptyNarrative(),
      });
      expect(await counted('synthesis')).toBe(0);
      expect(await opens(las, 'synthesis', cycle.id)).toBe(true);
      expect(await opens(people.eceSecretariat.subject, 'synthesis', cycle.id)).toBe(false);
      const contribution = await recordContribution({
        subject: las,
        cycleId: cycle.id,
        input: {
          kind: 'consultative_process',
          contributor: { ar: 'العملية التشاورية العربية' },
          receivedOn: '2020-12-01',
          text: { ar: 'بيان العملية التشاورية.' },
          originalLanguage: 'ar',
          objectives: ['5', '23'],
        },
      });
      // Public with the synthesis that quotes it; until then the secretariat's.
      expect(await counted('review_contribution', { objective: 23 })).toBe(0);
      expect(await opens(las, 'review_contribution', contribution.id)).toBe(true);
      expect(await opens(anonymousSubject, 'review_contribution', contribution.id)).toBe(false);
      expect(await opens(people.eceSecretariat.subject, 'review_contribution', contribution.id)).toBe(false);
      await publishSynthesis({ subject: las, cycleId: cycle.id, expectedVersion: 1 });
      expect(await counted('synthesis')).toBe(1);
      expect(await opens(anonymousSubject, 'synthesis', cycle.id)).toBe(true);
      expect(await counted('review_contribution', { objective: 23 })).toBe(1);
      expect(await opens(anonymousSubject, 'review_contribution', contribution.id)).toBe(true);

      const text = { title: { ar: 'الرسائل الرئيسية' }, body: { ar: 'الرسالة الأولى.' } };
      await saveOutcome({ subject: las, cycleId: cycle.id, expectedVersion: 0, input: text });
      expect(await counted('outcome_document')).toBe(0);
      expect(await opens(anonymousSubject, 'outcome_document', cycle.id)).toBe(false);
      await publishOutcome({ subject: las, cycleId: cycle.id, expectedVersion: 1 });
      expect(await counted('outcome_document')).toBe(1);
      const [outcome] = await db()
        .select()
        .from(contentItems)
        .where(and(eq(contentItems.type, 'outcome_document'), eq(contentItems.id, cycle.id)));
      expect(outcome).toMatchObject({
        visibility: 'public',
        body: { ar: 'الرسالة الأولى.' },
        regions: ['LAS'],
      });

      // Each published paragraph is an item of its own, at its page; one dropped leaves the index.
      expect(await counted('outcome_paragraph')).toBe(1);
      expect(await opens(anonymousSubject, 'outcome_paragraph', `${cycle.id}/para_1`)).toBe(true);
      const v2 = await saveOutcome({
        subject: las,
        cycleId: cycle.id,
        expectedVersion: 2,
        input: { title: text.title, body: { ar: 'الرسالة الأولى.\n\nالرسالة الثانية عن العمال المهاجرين.' } },
      });
      expect(await counted('outcome_paragraph')).toBe(1); // the draft is not public yet
      const published = await publishOutcome({
        subject: las,
        cycleId: cycle.id,
        expectedVersion: v2.version,
      });
      expect(await counted('outcome_paragraph')).toBe(2);
      const v3 = await saveOutcome({
        subject: las,
        cycleId: cycle.id,
        expectedVersion: published.version,
        input: { title: text.title, body: { ar: 'الرسالة الثانية عن العمال المهاجرين.' } },
      });
      await publishOutcome({ subject: las, cycleId: cycle.id, expectedVersion: v3.version });
      const paragraphs = await db()
        .select({ id: contentItems.id, path: contentItems.path, summary: contentItems.summary })
        .from(contentItems)
        .where(eq(contentItems.type, 'outcome_paragraph'));
      expect(paragraphs).toEqual([
        {
          id: `${cycle.id}/para_2`,
          path: `/reviews/cycles/${cycle.id}/outcome/paragraphs/para_2`,
          summary: text.title,
        },
      ]);
    });

    it('the pages and the API say the same public numbers', async () => {
      const { request } = await import('./http');
      await pledgeFactory(db(), {
        objectives: [12],
        countryIso3: 'TUN',
        status: 'published',
        publishedAt: new Date(),
      });
      await pledgeFactory(db(), { objectives: [12], countryIso3: 'TUN', status: 'submitted' });
      const counts = await countPublicContent({ db: db(), objective: 12 });
      expect(counts.byType.pledge).toBe(1);
      const objective = (await (await request('/api/v1/objectives/12')).json()).data;
      expect(objective.publicContent).toEqual(counts);
      const country = (await (await request('/api/v1/countries/tun')).json()).data;
      expect(country.publicContent).toEqual(await countPublicContent({ db: db(), country: 'TUN' }));
      const page = await (await request('/en/objectives/12')).text();
      expect(page).toContain('<dt>Pledges</dt><dd class="font-bold">1</dd>');
    });

    it('rebuilds to exactly what the writes kept, and reports drift when a source changes behind its back', async () => {
      for (const type of contentTypes) {
        const drift = await checkContentType(db(), type);
        expect([type.key, drift.missing, drift.differing, drift.orphaned]).toEqual([type.key, [], [], []]);
      }
      const [anyRow] = await db().select().from(contentItems).limit(1);
      await db()
        .update(contentItems)
        .set({ title: { ar: 'عنوان لم يكتبه أحد' } })
        .where(and(eq(contentItems.type, anyRow!.type), eq(contentItems.id, anyRow!.id)));
      await db()
        .insert(contentItems)
        .values({ ...anyRow!, id: 'no-such-item' });
      const type = contentTypes.find((t) => t.key === anyRow!.type)!;
      const drift = await checkContentType(db(), type);
      expect(drift).toMatchObject({ missing: [], differing: [anyRow!.id], orphaned: ['no-such-item'] });
      await rebuildContentType(db(), type);
      expect(await checkContentType(db(), type)).toMatchObject({ missing: [], differing: [], orphaned: [] });
    });
  });
}
