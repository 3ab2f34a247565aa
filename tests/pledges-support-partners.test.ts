import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisationMembers, pledgePartners, pledges } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge as pledgeFactory } from '#seed/pledge-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { confirmPartnership } from '~/modules/pledges/confirm-partnership.server';
import { createPledge } from '~/modules/pledges/create-pledge.server';
import { declinePartnership } from '~/modules/pledges/decline-partnership.server';
import { listPartnerships } from '~/modules/pledges/list-partnerships.server';
import { submitPledge } from '~/modules/pledges/submit-pledge.server';
import { validPledgeInput } from '~/modules/pledges/test-fixtures';
import { updatePledge } from '~/modules/pledges/update-pledge.server';
import type { AssignableRole } from '~/permissions/matrix';
import type { Subject } from '~/permissions/resolver';
import { request, signIn } from './http';
import { testStores, useTestPlatform } from './platform';

const now = new Date('2026-03-01T09:00:00Z');

for (const store of testStores) {
  describe(`partnerships and pledging on behalf (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function person(roles: { role: AssignableRole; scopeId?: string }[] = [], orgId?: string) {
      const user = await createUser(db(), { roles });
      if (orgId) await db().insert(organisationMembers).values({ organisationId: orgId, userId: user.id });
      const subject: Subject = { userId: user.id, grants: await loadGrants(user.id) };
      return { user, subject };
    }

    it('lists the pledges naming the viewer’s organisation or state, and lets them confirm or decline', async () => {
      const partnerOrg = await createOrganisation(db());
      const partnerMember = await person([], partnerOrg.id);
      const focalEGY = await person([{ role: 'focal_point', scopeId: 'EGY' }]);
      const outsider = await person();
      const pledge = await pledgeFactory(db(), {
        kind: 'partnership',
        status: 'submitted',
        partners: [{ organisationId: partnerOrg.id }, { countryIso3: 'EGY' }],
      });
      const [orgPartner, statePartner] = await db()
        .select()
        .from(pledgePartners)
        .where(eq(pledgePartners.pledgeId, pledge.id))
        .orderBy(sql`${pledgePartners.organisationId} nulls last`);

      const mine = await listPartnerships({ subject: partnerMember.subject });
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        pledgeId: pledge.id,
        partnerId: orgPartner!.id,
        status: 'submitted',
        canConfirm: true,
        canDecline: true,
        confirmedAt: null,
      });
      expect((await listPartnerships({ subject: focalEGY.subject })).map((p) => p.partnerId)).toEqual([
        statePartner!.id,
      ]);
      expect(await listPartnerships({ subject: outsider.subject })).toEqual([]);

      await confirmPartnership({
        subject: partnerMember.subject,
        pledgeId: pledge.id,
        partnerId: orgPartner!.id,
        now,
      });
      expect((await listPartnerships({ subject: partnerMember.subject }))[0]).toMatchObject({
        canConfirm: false,
        canDecline: false,
      });
      await expect(
        declinePartnership({
          subject: partnerMember.subject,
          pledgeId: pledge.id,
          partnerId: orgPartner!.id,
          baseUrl: 'http://x',
        }),
      ).rejects.toMatchObject({ code: 'partnershipAlreadyConfirmed', status: 409 });
      await expect(
        declinePartnership({
          subject: outsider.subject,
          pledgeId: pledge.id,
          partnerId: statePartner!.id,
          baseUrl: 'http://x',
        }),
      ).rejects.toMatchObject({ status: 403 });

      const before = (await db().select().from(pledges).where(eq(pledges.id, pledge.id)))[0]!;
      await declinePartnership({
        subject: focalEGY.subject,
        pledgeId: pledge.id,
        partnerId: statePartner!.id,
        baseUrl: 'https://marsad.example.org',
      });
      const left = await db().select().from(pledgePartners).where(eq(pledgePartners.pledgeId, pledge.id));
      expect(left.map((p) => p.id)).toEqual([orgPartner!.id]);
      const after = (await db().select().from(pledges).where(eq(pledges.id, pledge.id)))[0]!;
      expect(after.version).toBe(before.version + 1);
      const mail = await db().execute<{ payload: { subject: string; text: string } }>(
        sql`select payload from jobs where dedupe_key = ${`pledge-partner-decline:${statePartner!.id}`}`,
      );
      expect(mail.rows[0]?.payload.text).toContain(`https://marsad.example.org/ar/pledges/${pledge.id}`);
    });

    it('refuses to decline once the pledge is approved', async () => {
      const partnerOrg = await createOrganisation(db());
      const member = await person([], partnerOrg.id);
      const pledge = await pledgeFactory(db(), {
        kind: 'partnership',
        status: 'approved',
        partners: [{ organisationId: partnerOrg.id }],
      });
      const [partner] = await db()
        .select()
        .from(pledgePartners)
        .where(eq(pledgePartners.pledgeId, pledge.id));
      await expect(
        declinePartnership({
          subject: member.subject,
          pledgeId: pledge.id,
          partnerId: partner!.id,
          baseUrl: 'http://x',
        }),
      ).rejects.toMatchObject({ code: 'partnershipNotDeclinable', status: 409 });
    });

    it('lets reviewers and administrators pledge on behalf of a verified organisation or any state', async () => {
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const otherSecretariat = await person([{ role: 'network_secretariat' }]);
      const admin = await person([{ role: 'admin' }]);
      const plain = await person();
      const verified = await createOrganisation(db(), { verified: true });
      const unverified = await createOrganisation(db());

      const forOrg = await createPledge({
        subject: secretariat.subject,
        organisationId: verified.id,
        input: validPledgeInput,
      });
      expect(forOrg).toMatchObject({
        organisationId: verified.id,
        createdBy: secretariat.user.id,
        status: 'draft',
      });
      const forState = await createPledge({
        subject: admin.subject,
        countryIso3: 'lby',
        input: validPledgeInput,
      });
      expect(forState.countryIso3).toBe('LBY');
      await expect(
        createPledge({
          subject: secretariat.subject,
          organisationId: unverified.id,
          input: validPledgeInput,
        }),
      ).rejects.toMatchObject({ code: 'pledgerNotVerified', status: 400 });
      await expect(
        createPledge({ subject: plain.subject, organisationId: verified.id, input: validPledgeInput }),
      ).rejects.toMatchObject({ status: 403 });
      // A member may still pledge for an unverified organisation of their own.
      const member = await person([], unverified.id);
      await createPledge({ subject: member.subject, organisationId: unverified.id, input: validPledgeInput });

      // The on-behalf author works on the draft until submission; another reviewer may not edit it.
      const edited = await updatePledge({
        subject: secretariat.subject,
        pledgeId: forOrg.id,
        expectedVersion: 1,
        input: { ...validPledgeInput, title: { en: 'Registered from the 2022 platform' } },
      });
      expect(edited.version).toBe(2);
      await expect(
        updatePledge({
          subject: otherSecretariat.subject,
          pledgeId: forOrg.id,
          expectedVersion: 2,
          input: validPledgeInput,
        }),
      ).rejects.toMatchObject({ status: 403 });
      const submitted = await submitPledge({ subject: secretariat.subject, pledgeId: forOrg.id, now });
      expect(submitted.status).toBe('submitted');
      // The organisation's own members remain its pledger.
      const orgMember = await person([], verified.id);
      const orgDraft = await createPledge({
        subject: orgMember.subject,
        organisationId: verified.id,
        input: validPledgeInput,
      });
      await expect(
        submitPledge({ subject: otherSecretariat.subject, pledgeId: orgDraft.id, now }),
      ).rejects.toMatchObject({ status: 403 });
    });
  });
}

describe('partnership and pledging pages', () => {
  const platform = useTestPlatform();
  const db = () => platform().database.db;

  it('shows partnerships with confirm buttons, linked from my pledges, and confirms', async () => {
    const member = await createUser(db());
    const partnerOrg = await createOrganisation(db(), { members: [{ userId: member.id }] });
    const pledge = await pledgeFactory(db(), {
      kind: 'partnership',
      status: 'submitted',
      partners: [{ organisationId: partnerOrg.id }],
    });
    const session = await signIn(member.id);
    const mine = await (await request('/en/pledges/mine', { session })).text();
    expect(mine).toContain('href="/en/pledges/partnerships"');
    const page = await request('/ar/pledges/partnerships', { session });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`/ar/pledges/${pledge.id}`);
    expect(html).toContain('value="confirm"');
    expect(html).toContain('value="decline"');
    const [partner] = await db().select().from(pledgePartners).where(eq(pledgePartners.pledgeId, pledge.id));
    const confirmed = await request('/ar/pledges/partnerships', {
      session,
      form: { intent: 'confirm', pledgeId: pledge.id, partnerId: partner!.id },
    });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get('location')).toBe('/ar/pledges/partnerships?notice=confirmed');
    const [after] = await db().select().from(pledgePartners).where(eq(pledgePartners.id, partner!.id));
    expect(after?.confirmedBy).toBe(member.id);

    // Someone else cannot confirm for this organisation.
    const stranger = await createUser(db());
    const refused = await request('/ar/pledges/partnerships', {
      session: await signIn(stranger.id),
      form: { intent: 'decline', pledgeId: pledge.id, partnerId: partner!.id },
    });
    expect(refused.status).toBe(403);
  });

  it('offers reviewers every verified organisation and every state on the new-pledge form', async () => {
    const secretariat = await createUser(db(), { roles: [{ role: 'network_secretariat' }] });
    const verified = await createOrganisation(db(), { verified: true, name: { en: 'Verified Relief Org' } });
    const unverified = await createOrganisation(db(), { name: { en: 'Unverified Club' } });
    const res = await request('/en/pledges/new', { session: await signIn(secretariat.id) });
    expect(res.status).toBe(200);
    const page = await res.text();
    // The pledger choice (the partner lists below name every organisation).
    const html = page.slice(
      page.indexOf('name="pledger"'),
      page.indexOf('</select>', page.indexOf('name="pledger"')),
    );
    expect(html).toContain(`value="o:${verified.id}"`);
    expect(html).not.toContain(`value="o:${unverified.id}"`);
    expect(html).toContain('value="c:JOR"');
    expect(html).toContain('<optgroup label="States">');
    // A plain user still may not open it.
    expect(
      (await request('/en/pledges/new', { session: await signIn((await createUser(db())).id) })).status,
    ).toBe(403);
  });

  it('summarises published pledges on the country and objective pages, linking to the registry', async () => {
    const published = { status: 'published' as const, publishedAt: new Date() };
    await pledgeFactory(db(), {
      countryIso3: 'TUN',
      createdBy: null,
      objectives: [19],
      countries: ['TUN'],
      ...published,
    });
    await pledgeFactory(db(), { objectives: [19], countries: ['TUN'], ...published });
    await pledgeFactory(db(), { countryIso3: 'TUN', createdBy: null, objectives: [19], status: 'draft' });
    const country = await (await request('/en/countries/TUN')).text();
    // Public pledges (published or closed): the registry's default list, as every public number counts.
    expect(country).toContain('href="/en/pledges?country=TUN"');
    expect(country).toContain('See the 2 published pledges in the registry');
    const objective = await (await request('/en/objectives/19')).text();
    expect(objective).toContain('href="/en/pledges?objective=19"');
    expect(objective).toContain('See the 2 published pledges for this objective in the registry');
  });
});
