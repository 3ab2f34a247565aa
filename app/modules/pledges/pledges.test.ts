import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, objectiveTags, organisationMembers, pledgeTransitions } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge as pledgeFactory } from '#seed/pledge-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { addProgressUpdate } from './add-progress-update.server';
import { confirmPartnership } from './confirm-partnership.server';
import { createPledge } from './create-pledge.server';
import { getPledge } from './get-pledge.server';
import { reviewPledge } from './review-pledge.server';
import { submitPledge } from './submit-pledge.server';
import { validPledgeInput } from './test-fixtures';
import { updatePledge } from './update-pledge.server';

const now = new Date('2025-06-01T09:00:00Z');

for (const store of testStores) {
  describe(`pledges (${store})`, () => {
    const platform = useTestPlatform(store);

    async function person(
      roles: { role: AssignableRole; scopeId?: string }[] = [],
      orgId?: string,
    ): Promise<Subject> {
      const db = platform().database.db;
      const user = await createUser(db, { roles });
      if (orgId) await db.insert(organisationMembers).values({ organisationId: orgId, userId: user.id });
      return { userId: user.id, grants: await loadGrants(user.id) };
    }
    async function trail(entityId: string) {
      const rows = await platform()
        .database.db.select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'pledge'), eq(auditLog.entityId, entityId)))
        .orderBy(auditLog.id);
      return rows.map((r) => r.action);
    }

    it('drafts a pledge for the pledger organisation, tagged through the shared tables, audited', async () => {
      const db = platform().database.db;
      const org = await createOrganisation(db);
      const member = await person([], org.id);
      const partnerOrg = await createOrganisation(db);
      const pledge = await createPledge({
        subject: member,
        organisationId: org.id,
        input: {
          ...validPledgeInput,
          kind: 'partnership',
          partners: [{ organisationId: partnerOrg.id }, { countryIso3: 'EGY' }],
        },
      });
      expect(pledge).toMatchObject({
        status: 'draft',
        organisationId: org.id,
        countryIso3: null,
        version: 1,
        financialAmount: 1250000.5,
        financialCurrency: 'USD',
        forms: ['financial', 'policy'],
      });
      const detail = await getPledge({ subject: member, pledgeId: pledge.id, now });
      expect(detail.tags).toEqual({ objectives: [6, 7], principles: [], countries: ['JOR'], regions: [] });
      expect(detail.indicators).toMatchObject([
        { position: 0, unit: 'centres', baseline: 0, target: 4, dueDate: '2027-12-31' },
      ]);
      expect(detail.partners.map((p) => [p.organisationId, p.countryIso3, p.confirmedAt])).toEqual([
        [partnerOrg.id, null, null],
        [null, 'EGY', null],
      ]);
      expect(detail.findings?.map((f) => f.code)).toEqual(['partnersUnconfirmed']);
      expect(detail.actions).toEqual(['submit']);
      expect(detail.canEdit).toBe(true);
      const tags = await db.select().from(objectiveTags).where(eq(objectiveTags.entityId, pledge.id));
      expect(tags.map((t) => t.entityType)).toEqual(['pledge', 'pledge']);
      expect(await trail(pledge.id)).toEqual(['pledge.create']);
    });

    it('refuses pledgers outside their organisation or state, and bad references', async () => {
      const db = platform().database.db;
      const org = await createOrganisation(db);
      const other = await person([], (await createOrganisation(db)).id);
      const focalJOR = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      const focalEGY = await person([{ role: 'focal_point', scopeId: 'EGY' }]);
      const input = validPledgeInput;
      await expect(createPledge({ subject: other, organisationId: org.id, input })).rejects.toMatchObject({
        status: 403,
      });
      await expect(createPledge({ subject: focalEGY, countryIso3: 'JOR', input })).rejects.toMatchObject({
        status: 403,
      });
      await expect(
        createPledge({ subject: anonymousSubject, countryIso3: 'JOR', input }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(createPledge({ subject: focalJOR, input })).rejects.toMatchObject({
        code: 'pledgerRequired',
      });
      await expect(
        createPledge({ subject: focalJOR, countryIso3: 'JOR', organisationId: org.id, input }),
      ).rejects.toMatchObject({ code: 'pledgerRequired' });
      const state = await createPledge({ subject: focalJOR, countryIso3: 'jor', input });
      expect(state).toMatchObject({ countryIso3: 'JOR', organisationId: null });
      await expect(
        createPledge({
          subject: focalJOR,
          countryIso3: 'JOR',
          input: { ...input, kind: 'common', partners: [{ countryIso3: 'JOR' }] },
        }),
      ).rejects.toMatchObject({ code: 'partnerIsPledger' });
      await expect(
        createPledge({
          subject: focalJOR,
          countryIso3: 'JOR',
          input: { ...input, kind: 'common', partners: [{ organisationId: crypto.randomUUID() }] },
        }),
      ).rejects.toMatchObject({ code: 'invalidChoice', params: { field: 'partners' } });
      await expect(
        createPledge({
          subject: focalJOR,
          countryIso3: 'JOR',
          input: { ...input, principles: ['no_such_principle'] },
        }),
      ).rejects.toMatchObject({ code: 'invalidChoice' });
      // A matching pledge cites a published pledge, not a draft.
      await expect(
        createPledge({
          subject: focalJOR,
          countryIso3: 'JOR',
          input: { ...input, kind: 'matching', matchesPledgeId: state.id },
        }),
      ).rejects.toMatchObject({ code: 'pledgeMatchNotFound' });
      const published = await pledgeFactory(db, { status: 'published', publishedAt: now });
      const matching = await createPledge({
        subject: focalJOR,
        countryIso3: 'JOR',
        input: { ...input, kind: 'matching', matchesPledgeId: published.id },
      });
      expect(matching.matchesPledgeId).toBe(published.id);
      await expect(
        createPledge({ subject: focalJOR, countryIso3: 'JOR', input: { ...input, refugeeOnly: 'on' } }),
      ).rejects.toMatchObject({
        code: 'pledgeRefugeeOnly',
        status: 400,
      });
    });

    it('updates with a version check, only by the pledger, only in draft or changes requested', async () => {
      const focalJOR = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      const focalEGY = await person([{ role: 'focal_point', scopeId: 'EGY' }]);
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const pledge = await createPledge({ subject: focalJOR, countryIso3: 'JOR', input: validPledgeInput });
      const edited = { ...validPledgeInput, title: { en: 'Five one-stop centres' }, objectives: [8] };
      const after = await updatePledge({
        subject: focalJOR,
        pledgeId: pledge.id,
        expectedVersion: 1,
        input: edited,
      });
      expect(after).toMatchObject({ version: 2, title: { en: 'Five one-stop centres' } });
      await expect(
        updatePledge({ subject: focalJOR, pledgeId: pledge.id, expectedVersion: 1, input: edited }),
      ).rejects.toMatchObject({
        code: 'staleVersion',
        status: 409,
      });
      await expect(
        updatePledge({ subject: focalEGY, pledgeId: pledge.id, expectedVersion: 2, input: edited }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        updatePledge({ subject: secretariat, pledgeId: pledge.id, expectedVersion: 2, input: edited }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        updatePledge({ subject: focalJOR, pledgeId: 'nope', expectedVersion: 2, input: edited }),
      ).rejects.toMatchObject({ status: 404 });
      expect((await getPledge({ subject: focalJOR, pledgeId: pledge.id })).tags.objectives).toEqual([8]);

      await submitPledge({ subject: focalJOR, pledgeId: pledge.id, now });
      await expect(
        updatePledge({ subject: focalJOR, pledgeId: pledge.id, expectedVersion: 3, input: edited }),
      ).rejects.toMatchObject({
        code: 'pledgeNotEditable',
        status: 409,
      });
      await reviewPledge({
        subject: secretariat,
        pledgeId: pledge.id,
        decision: 'requestChanges',
        comment: 'Add a baseline',
        now,
      });
      const again = await updatePledge({
        subject: focalJOR,
        pledgeId: pledge.id,
        expectedVersion: 4,
        input: edited,
      });
      expect(again).toMatchObject({ status: 'changes_requested', version: 5 });
      expect(await trail(pledge.id)).toEqual([
        'pledge.create',
        'pledge.update',
        'pledge.submit',
        'pledge.request_changes',
        'pledge.update',
      ]);
    });

    it('submits only without quality errors, and runs the whole review, every transition recorded', async () => {
      const db = platform().database.db;
      const org = await createOrganisation(db);
      const member = await person([], org.id);
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const regional = await person([{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const pledge = await createPledge({
        subject: member,
        organisationId: org.id,
        input: { ...validPledgeInput, indicators: [], endDate: '' },
      });
      const refused = submitPledge({ subject: member, pledgeId: pledge.id, now });
      await expect(refused).rejects.toMatchObject({
        code: 'pledgeQualityErrors',
        status: 422,
        params: { count: 2 },
        details: {
          findings: [
            expect.objectContaining({ code: 'noMeasurableTarget' }),
            expect.objectContaining({ code: 'noEndDate' }),
          ],
        },
      });
      const fixed = await updatePledge({
        subject: member,
        pledgeId: pledge.id,
        expectedVersion: 1,
        input: validPledgeInput,
      });
      await expect(submitPledge({ subject: secretariat, pledgeId: pledge.id, now })).rejects.toMatchObject({
        status: 403,
      });
      await expect(
        submitPledge({ subject: member, pledgeId: pledge.id, expectedVersion: 1, now }),
      ).rejects.toMatchObject({ code: 'staleVersion' });
      const submitted = await submitPledge({
        subject: member,
        pledgeId: pledge.id,
        expectedVersion: fixed.version,
        now,
      });
      expect(submitted).toMatchObject({ status: 'submitted', submittedAt: now });

      await expect(
        reviewPledge({ subject: member, pledgeId: pledge.id, decision: 'approve', now }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        reviewPledge({ subject: regional, pledgeId: pledge.id, decision: 'approve', now }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        reviewPledge({ subject: secretariat, pledgeId: pledge.id, decision: 'publish', now }),
      ).rejects.toMatchObject({
        code: 'pledgeTransitionNotAllowed',
        status: 409,
      });
      await expect(
        reviewPledge({
          subject: secretariat,
          pledgeId: pledge.id,
          decision: 'requestChanges',
          comment: '  ',
          now,
        }),
      ).rejects.toMatchObject({
        code: 'pledgeCommentRequired',
      });
      await reviewPledge({ subject: secretariat, pledgeId: pledge.id, decision: 'approve', now });
      const published = await reviewPledge({
        subject: secretariat,
        pledgeId: pledge.id,
        decision: 'publish',
        now,
      });
      expect(published).toMatchObject({ status: 'published', publishedAt: now });
      const closed = await reviewPledge({
        subject: secretariat,
        pledgeId: pledge.id,
        decision: 'close',
        comment: 'Fulfilled',
        now,
      });
      expect(closed).toMatchObject({ status: 'closed', closedAt: now });
      const transitions = await db
        .select()
        .from(pledgeTransitions)
        .where(eq(pledgeTransitions.pledgeId, pledge.id))
        .orderBy(pledgeTransitions.id);
      expect(transitions.map((t) => [t.fromStatus, t.toStatus, t.comment])).toEqual([
        ['draft', 'submitted', null],
        ['submitted', 'approved', null],
        ['approved', 'published', null],
        ['published', 'closed', 'Fulfilled'],
      ]);
      expect(await trail(pledge.id)).toEqual([
        'pledge.create',
        'pledge.update',
        'pledge.submit',
        'pledge.approve',
        'pledge.publish',
        'pledge.close',
      ]);
    });

    it('has partners confirm before approval; only the partner confirms', async () => {
      const db = platform().database.db;
      const partnerOrg = await createOrganisation(db);
      const focalJOR = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      const focalEGY = await person([{ role: 'focal_point', scopeId: 'EGY' }]);
      const partnerMember = await person([], partnerOrg.id);
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const input = {
        ...validPledgeInput,
        kind: 'partnership',
        partners: [{ organisationId: partnerOrg.id }, { countryIso3: 'EGY' }],
      };
      const pledge = await createPledge({ subject: focalJOR, countryIso3: 'JOR', input });
      const [orgPartner, egyPartner] = (await getPledge({ subject: focalJOR, pledgeId: pledge.id })).partners;
      // Partners see the draft they are asked to confirm; others do not.
      expect((await getPledge({ subject: partnerMember, pledgeId: pledge.id })).partners[0]?.canConfirm).toBe(
        true,
      );
      await expect(getPledge({ subject: await person(), pledgeId: pledge.id })).rejects.toMatchObject({
        status: 404,
      });

      await expect(
        confirmPartnership({ subject: focalJOR, pledgeId: pledge.id, partnerId: egyPartner!.id }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        confirmPartnership({ subject: partnerMember, pledgeId: pledge.id, partnerId: egyPartner!.id }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        confirmPartnership({ subject: focalEGY, pledgeId: pledge.id, partnerId: crypto.randomUUID() }),
      ).rejects.toMatchObject({ status: 404 });
      const confirmed = await confirmPartnership({
        subject: focalEGY,
        pledgeId: pledge.id,
        partnerId: egyPartner!.id,
        now,
      });
      expect(confirmed).toMatchObject({ confirmedAt: now, confirmedBy: focalEGY.userId });
      expect(
        await confirmPartnership({ subject: focalEGY, pledgeId: pledge.id, partnerId: egyPartner!.id }),
      ).toMatchObject({ confirmedAt: now });

      // Editing keeps the confirmations of partners still named.
      await updatePledge({
        subject: focalJOR,
        pledgeId: pledge.id,
        expectedVersion: 1,
        input: { ...input, title: { en: 'Renamed' } },
      });
      expect(
        (await getPledge({ subject: focalJOR, pledgeId: pledge.id })).partners.map((p) =>
          Boolean(p.confirmedAt),
        ),
      ).toEqual([false, true]);

      await submitPledge({ subject: focalJOR, pledgeId: pledge.id, now });
      await expect(
        reviewPledge({ subject: secretariat, pledgeId: pledge.id, decision: 'approve', now }),
      ).rejects.toMatchObject({
        code: 'pledgePartnersUnconfirmed',
        status: 409,
        params: { count: 1 },
      });
      await confirmPartnership({
        subject: partnerMember,
        pledgeId: pledge.id,
        partnerId: orgPartner!.id,
        now,
      });
      await reviewPledge({ subject: secretariat, pledgeId: pledge.id, decision: 'approve', now });
      expect(await trail(pledge.id)).toEqual([
        'pledge.create',
        'pledge.partner.confirm',
        'pledge.update',
        'pledge.submit',
        'pledge.partner.confirm',
        'pledge.approve',
      ]);
    });

    it('takes progress updates on published pledges only, from the pledger, and tracks freshness', async () => {
      const db = platform().database.db;
      const focalJOR = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      const focalEGY = await person([{ role: 'focal_point', scopeId: 'EGY' }]);
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const draft = await pledgeFactory(db, { countryIso3: 'JOR', createdBy: focalJOR.userId });
      const published = await pledgeFactory(db, {
        countryIso3: 'JOR',
        createdBy: focalJOR.userId,
        status: 'published',
        publishedAt: new Date('2024-01-10T00:00:00Z'),
      });
      const [indicator] = (await getPledge({ subject: focalJOR, pledgeId: published.id })).indicators;
      const update = {
        reportedOn: '2025-05-20',
        status: 'in_progress',
        narrative: { en: 'Two centres opened in Amman and Irbid.' },
        originalLanguage: 'en',
        values: [{ indicatorId: indicator!.id, value: '2' }],
      };
      await expect(
        addProgressUpdate({ subject: focalJOR, pledgeId: draft.id, input: update, now }),
      ).rejects.toMatchObject({
        code: 'pledgeNotPublished',
        status: 409,
      });
      await expect(
        addProgressUpdate({ subject: focalEGY, pledgeId: published.id, input: update, now }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        addProgressUpdate({ subject: secretariat, pledgeId: published.id, input: update, now }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        addProgressUpdate({
          subject: focalJOR,
          pledgeId: published.id,
          input: { ...update, reportedOn: '2025-06-02' },
          now,
        }),
      ).rejects.toMatchObject({
        code: 'progressDateInFuture',
      });
      // The pledge runs from 2025-01-01: nothing to report before that, and the refusal says so.
      await expect(
        addProgressUpdate({
          subject: focalJOR,
          pledgeId: published.id,
          input: { ...update, reportedOn: '2024-12-31' },
          now,
        }),
      ).rejects.toMatchObject({
        code: 'progressBeforeStart',
        status: 400,
        params: { field: 'reportedOn', startDate: '2025-01-01' },
      });
      const foreign = (await getPledge({ subject: focalJOR, pledgeId: draft.id })).indicators[0]!.id;
      await expect(
        addProgressUpdate({
          subject: focalJOR,
          pledgeId: published.id,
          input: { ...update, values: [{ indicatorId: foreign, value: 1 }] },
          now,
        }),
      ).rejects.toMatchObject({ code: 'invalidChoice' });

      // Published 2024-01-10, no update: amber by 2025-06-01.
      expect((await getPledge({ subject: anonymousSubject, pledgeId: published.id, now })).freshness).toBe(
        'amber',
      );
      const added = await addProgressUpdate({
        subject: focalJOR,
        pledgeId: published.id,
        input: update,
        now,
      });
      expect(added).toMatchObject({
        status: 'in_progress',
        values: [{ indicatorId: indicator!.id, value: 2 }],
      });
      await addProgressUpdate({
        subject: focalJOR,
        pledgeId: published.id,
        input: { ...update, reportedOn: '2025-01-01', values: [] },
        now,
      });
      const detail = await getPledge({ subject: anonymousSubject, pledgeId: published.id, now });
      expect(detail.pledge.lastProgressOn).toBe('2025-05-20');
      expect(detail.freshness).toBe('green');
      expect(detail.updates.map((u) => [u.reportedOn, u.values.length])).toEqual([
        ['2025-05-20', 1],
        ['2025-01-01', 0],
      ]);
      expect(detail.findings).toBeNull();
      expect(detail.actions).toEqual([]);
      expect(await trail(published.id)).toEqual(['pledge.progress.add', 'pledge.progress.add']);
      await expect(getPledge({ subject: anonymousSubject, pledgeId: draft.id })).rejects.toMatchObject({
        status: 404,
      });
    });
  });
}
