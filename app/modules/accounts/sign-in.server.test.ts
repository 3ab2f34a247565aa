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

    it('slows guessing down with growing delays, the same way whether or not an account exists', async () => {
      const { database } = platform();
      await createUser(database.db, { email: 'exists@example.org' });
      const now = new Date();
      const at = (ms: number) => new Date(now.getTime() + ms);
      const tries = async (email: string) => {
        const out = [];
        for (let i = 0; i < 6; i++)
          out.push(await outcome(signIn({ email, password: 'wrong password', clientIp: '10.1.0.2', now })));
        return out;
      };
      const existing = await tries('exists@example.org');
      const missing = await tries('missing@example.org');
      expect(existing).toEqual(missing);
      expect(existing.slice(0, 5).every((o) => o.code === 'invalidCredentials')).toBe(true);
      // After five free failures from this address: wait a second, neutrally worded.
      expect(existing[5]).toEqual({ code: 'signInWait', status: 429, params: { seconds: 1 } });
      // The wait doubles with each further failure: 1 s, 2 s, 4 s …
      await outcome(
        signIn({ email: 'exists@example.org', password: 'wrong', clientIp: '10.1.0.2', now: at(1000) }),
      );
      expect(
        await outcome(
          signIn({ email: 'exists@example.org', password: 'wrong', clientIp: '10.1.0.2', now: at(2000) }),
        ),
      ).toEqual({ code: 'signInWait', status: 429, params: { seconds: 1 } });
      // Never a lock: once the wait is over the right password works.
      expect(
        await outcome(
          signIn({
            email: 'exists@example.org',
            password: defaultTestPassword,
            clientIp: '10.1.0.2',
            now: at(3000),
          }),
        ),
      ).toEqual({ ok: true });
    });

    it('lets the owner in within 30 s however many guesses came from other addresses', async () => {
      const { database } = platform();
      await createUser(database.db, { email: 'target@example.org' });
      const now = new Date();
      for (let i = 0; i < 60; i++) {
        await outcome(
          signIn({ email: 'target@example.org', password: `guess ${i}`, clientIp: `10.9.${i}.1`, now }),
        );
      }
      const owner = (ms: number) =>
        outcome(
          signIn({
            email: 'target@example.org',
            password: defaultTestPassword,
            clientIp: '10.1.0.30',
            now: new Date(now.getTime() + ms),
          }),
        );
      expect(await owner(0)).toMatchObject({ code: 'signInWait', status: 429 });
      expect(await owner(30_000)).toEqual({ ok: true });
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

    it('lets a workshop of 40 people behind one address sign in, typos included', async () => {
      const { database } = platform();
      const now = new Date();
      const people = Array.from({ length: 40 }, (_, i) => `workshop${i}@example.org`);
      for (const email of people) await createUser(database.db, { email });
      const signedIn = [];
      for (const [i, email] of people.entries()) {
        const when = new Date(now.getTime() + i * 10_000); // one every 10 s: the room in under 7 minutes
        await outcome(signIn({ email, password: 'a typo', clientIp: '10.1.0.40', now: when }));
        signedIn.push(
          await outcome(signIn({ email, password: defaultTestPassword, clientIp: '10.1.0.40', now: when })),
        );
      }
      expect(signedIn.every((o) => o.ok)).toBe(true);
    }, 120_000);

    it('slows an address down that guesses across many accounts', async () => {
      platform();
      const now = new Date();
      const results = [];
      for (let i = 0; i < 101; i++) {
        results.push(
          await outcome(signIn({ email: `ip${i}@example.org`, password: 'x', clientIp: '10.1.0.5', now })),
        );
      }
      expect(results[99]).toMatchObject({ code: 'invalidCredentials' });
      expect(results[100]).toMatchObject({ code: 'signInWait', status: 429 });
    }, 120_000);

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
