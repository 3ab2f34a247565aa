import { describe, expect, it } from 'vitest';
import { createUser, defaultTestPassword } from '#seed/factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { signIn } from './sign-in.server';

async function outcome(p: Promise<unknown>) {
  try {
    await p;
    return { ok: true };
  } catch (error) {
    const e = error as { code: string; status: number; params: unknown };
    return { code: e.code, status: e.status, params: e.params };
  }
}

for (const store of testStores) {
  describe(`sign-in (${store})`, () => {
    const platform = useTestPlatform(store);

    it('signs in with the right password, whatever the case of the address', async () => {
      const { database } = platform();
      const user = await createUser(database.db, { email: 'right@example.org' });
      const r = await signIn({
        email: 'Right@Example.org',
        password: defaultTestPassword,
        clientIp: '10.1.0.1',
      });
      expect(r.userId).toBe(user.id);
    });

    it('locks an address after 5 failures, the same way whether or not an account exists', async () => {
      const { database } = platform();
      await createUser(database.db, { email: 'exists@example.org' });
      const now = new Date();
      const tries = async (email: string) => {
        const out = [];
        for (let i = 0; i < 6; i++)
          out.push(await outcome(signIn({ email, password: 'wrong password', clientIp: '10.1.0.2', now })));
        return out;
      };
      const existing = await tries('exists@example.org');
      const missing = await tries('missing@example.org');
      expect(existing).toEqual(missing);
      expect(existing.slice(0, 4).every((o) => o.code === 'invalidCredentials' && o.status === 400)).toBe(
        true,
      );
      expect(existing.slice(4)).toEqual([
        { code: 'tooManyAttempts', status: 429, params: { minutes: 15 } },
        { code: 'tooManyAttempts', status: 429, params: { minutes: 15 } },
      ]);
      // Even the right password is refused while locked.
      expect(
        await outcome(
          signIn({ email: 'exists@example.org', password: defaultTestPassword, clientIp: '10.1.0.3' }),
        ),
      ).toMatchObject({
        code: 'tooManyAttempts',
      });
      // After the window, the right password works again.
      const later = new Date(now.getTime() + 15 * 60_000 + 1000);
      expect(
        await outcome(
          signIn({
            email: 'exists@example.org',
            password: defaultTestPassword,
            clientIp: '10.1.0.3',
            now: later,
          }),
        ),
      ).toEqual({
        ok: true,
      });
    });

    it('a success clears the failure count', async () => {
      const { database } = platform();
      await createUser(database.db, { email: 'clears@example.org' });
      for (let i = 0; i < 4; i++)
        await outcome(signIn({ email: 'clears@example.org', password: 'nope nope', clientIp: '10.1.0.4' }));
      await signIn({ email: 'clears@example.org', password: defaultTestPassword, clientIp: '10.1.0.4' });
      for (let i = 0; i < 4; i++) {
        expect(
          await outcome(signIn({ email: 'clears@example.org', password: 'nope nope', clientIp: '10.1.0.4' })),
        ).toMatchObject({
          code: 'invalidCredentials',
        });
      }
    });

    it('limits attempts per IP address across addresses', async () => {
      platform();
      const results = [];
      for (let i = 0; i < 31; i++) {
        results.push(
          await outcome(signIn({ email: `ip${i}@example.org`, password: 'x', clientIp: '10.1.0.5' })),
        );
      }
      expect(results[29]).toMatchObject({ code: 'invalidCredentials' });
      expect(results[30]).toMatchObject({ code: 'tooManyAttempts', status: 429 });
    });

    it('tells unverified and disabled accounts apart only after the right password', async () => {
      const { database } = platform();
      await createUser(database.db, { email: 'unverified@example.org', emailVerifiedAt: null });
      await createUser(database.db, { email: 'disabled@example.org', disabledAt: new Date() });
      expect(
        await outcome(signIn({ email: 'unverified@example.org', password: 'wrong', clientIp: '10.1.0.6' })),
      ).toMatchObject({
        code: 'invalidCredentials',
      });
      expect(
        await outcome(
          signIn({ email: 'unverified@example.org', password: defaultTestPassword, clientIp: '10.1.0.6' }),
        ),
      ).toMatchObject({
        code: 'emailNotVerified',
        status: 403,
      });
      expect(
        await outcome(
          signIn({ email: 'disabled@example.org', password: defaultTestPassword, clientIp: '10.1.0.6' }),
        ),
      ).toMatchObject({
        code: 'accountDisabled',
      });
    });
  });
}
