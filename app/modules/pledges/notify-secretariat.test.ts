import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisationMembers, users } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { useTestPlatform } from '../../../tests/platform';
import { submitPledge } from './submit-pledge.server';

describe('submitting a pledge tells the Network secretariat', () => {
  const platform = useTestPlatform();

  it('queues one mail per active secretariat member, in their language, with the review link', async () => {
    const db = platform().database.db;
    const english = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, english.id));
    const arabic = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    const gone = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.id));
    await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] });

    const org = await createOrganisation(db, { name: { en: 'Tadamon', ar: 'تضامن' } });
    const member = await createUser(db);
    await db.insert(organisationMembers).values({ organisationId: org.id, userId: member.id });
    const pledge = await createPledge(db, { organisationId: org.id, createdBy: member.id });
    const subject = { userId: member.id, grants: await loadGrants(member.id) };
    const outbox = async () =>
      (
        await db.execute<{ payload: { to: string; subject: string; text: string } }>(
          sql`select payload from jobs where kind = 'mail.send' order by id`,
        )
      ).rows.map((r) => r.payload);
    expect(await outbox()).toEqual([]);

    await submitPledge({
      subject,
      pledgeId: pledge.id,
      now: new Date('2025-06-01T09:00:00Z'),
      baseUrl: 'https://marsad.example.org',
    });
    const mails = await outbox();
    expect(mails.map((m) => m.to).sort()).toEqual([arabic.email, english.email].sort());
    const en = mails.find((m) => m.to === english.email)!;
    expect(en.subject).toContain('Four one-stop centres for migrant workers');
    expect(en.text).toContain('Tadamon');
    expect(en.text).toContain(`https://marsad.example.org/en/pledges/${pledge.id}/review`);
    const ar = mails.find((m) => m.to === arabic.email)!;
    expect(ar.subject).toContain('أربعة مراكز خدمات متكاملة للعمال المهاجرين');
    expect(ar.text).toContain('تضامن');
    expect(ar.text).toContain(`/ar/pledges/${pledge.id}/review`);
  });
});
