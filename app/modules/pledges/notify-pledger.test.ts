import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '#db/schema/index';
import { createPledge } from '#seed/pledge-factories';
import { useTestPlatform } from '../../../tests/platform';
import { notifyPledger } from './notify-pledger.server';

describe('notifyPledger', () => {
  const platform = useTestPlatform();

  it('queues a mail to the author in the author’s language, with the comment and a link', async () => {
    const db = platform().database.db;
    const pledge = await createPledge(db);
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, pledge.createdBy!));
    const id = await notifyPledger({
      db,
      pledge,
      decision: 'requestChanges',
      comment: 'Name the two cities.',
      baseUrl: 'https://marsad.example.org/',
    });
    expect(id).not.toBeNull();
    const rows = await db.execute<{ payload: { to: string; subject: string; text: string } }>(
      sql`select payload from jobs where id = ${id}`,
    );
    const mail = rows.rows[0]!.payload;
    expect(mail.subject).toContain('Four one-stop centres for migrant workers');
    expect(mail.text).toContain('Name the two cities.');
    expect(mail.text).toContain(`https://marsad.example.org/en/pledges/${pledge.id}/edit`);

    await db.update(users).set({ locale: 'ar' }).where(eq(users.id, pledge.createdBy!));
    const arId = await notifyPledger({
      db,
      pledge: { ...pledge, version: 2 },
      decision: 'publish',
      baseUrl: 'http://x',
    });
    const ar = await db.execute<{ payload: { subject: string; text: string } }>(
      sql`select payload from jobs where id = ${arId}`,
    );
    expect(ar.rows[0]!.payload.subject).toContain('أربعة مراكز خدمات متكاملة للعمال المهاجرين');
    expect(ar.rows[0]!.payload.text).toContain(`http://x/ar/pledges/${pledge.id}`);
  });

  it('queues nothing when the author is gone or disabled', async () => {
    const db = platform().database.db;
    const pledge = await createPledge(db);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, pledge.createdBy!));
    expect(await notifyPledger({ db, pledge, decision: 'approve', baseUrl: 'http://x' })).toBeNull();
    expect(
      await notifyPledger({
        db,
        pledge: { ...pledge, createdBy: null },
        decision: 'approve',
        baseUrl: 'http://x',
      }),
    ).toBeNull();
  });
});
