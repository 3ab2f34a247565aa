import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisationMembers, regions, roleAssignments, users } from '#db/schema/index';
import { demoPassword, seedDemo } from '#seed/demo';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { signIn } from './sign-in.server';

for (const store of testStores) {
  describe(`demo accounts (${store})`, () => {
    const platform = useTestPlatform(store);

    it('loads sample accounts once, only into an empty users table, with roles whose scope exists', async () => {
      const { database } = platform();
      const db = database.db;
      expect(await seedDemo(db)).toBe(true);
      expect(await seedDemo(db)).toBe(false);
      const all = await db.select().from(users);
      expect(all.map((u) => u.email).sort()).toEqual(
        [
          'admin@marsad.test',
          'expert@marsad.test',
          'focal.eg@marsad.test',
          'focal.jo@marsad.test',
          'las@marsad.test',
          'network@marsad.test',
          'ngo@marsad.test',
          'reviewer@marsad.test',
          // the Hub's sample roster of peer reviewers
          'reviewer.africa@marsad.test',
          'reviewer.americas@marsad.test',
          'reviewer.europe@marsad.test',
        ].sort(),
      );
      const roles = await db.select().from(roleAssignments);
      expect(roles.find((r) => r.role === 'admin')).toBeTruthy();
      const las = await db.select().from(regions).where(eq(regions.id, 'LAS'));
      const lasRole = roles.find((r) => r.role === 'regional_secretariat');
      if (las.length) expect(lasRole).toMatchObject({ scopeType: 'region', scopeId: 'LAS' });
      else expect(lasRole).toBeUndefined();
      const ngo = all.find((u) => u.email === 'ngo@marsad.test')!;
      const memberships = await db
        .select()
        .from(organisationMembers)
        .where(eq(organisationMembers.userId, ngo.id));
      expect(memberships).toMatchObject([{ role: 'admin' }]);
      const r = await signIn({ email: 'admin@marsad.test', password: demoPassword, clientIp: '10.3.0.1' });
      expect(r.userId).toBe(all.find((u) => u.email === 'admin@marsad.test')!.id);
    }, 60_000);
  });
}
