import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '#seed/factories';
import { observeQueries } from '~/platform/db.server';
import { request, signIn } from './http';
import { testStores, useTestPlatform } from './platform';

/**
 * A signed-in page reads the session and the roles once: the root loader and the route's guard ask
 * for the viewer, and React Router gives each loader its own copy of the Request, so the memo is
 * the HTTP request's (app/platform/context.ts). A form post reads them afresh after its action.
 */
for (const store of testStores) {
  describe(`viewer reads of a signed-in page (${store})`, () => {
    const platform = useTestPlatform(store, { checkContentIndex: false });
    let session: string;

    beforeAll(async () => {
      const user = await createUser(platform().database.db, {
        roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }],
      });
      session = await signIn(user.id);
    });

    const authReads = async (path: string) => {
      const seen: string[] = [];
      observeQueries((_ms, text) => seen.push(text));
      try {
        const res = await request(path, { session });
        expect(res.status).toBe(200);
        await res.text();
      } finally {
        observeQueries(undefined);
      }
      return {
        sessions: seen.filter((q) => /from "sessions"/.test(q)).length,
        roles: seen.filter((q) => /from "role_assignments"/.test(q)).length,
        memberships: seen.filter((q) => /from "organisation_members"/.test(q)).length,
      };
    };

    it('reads the session, the roles and the memberships once per page', async () => {
      // Before the request's memo: two of each (the root loader's and the guard's).
      for (const path of ['/en/pledges/mine', '/en/reviews/mine'])
        expect(await authReads(path), path).toEqual({ sessions: 1, roles: 1, memberships: 1 });
    });

    it('reads them again for the next request', async () => {
      await authReads('/en/pledges/mine');
      expect(await authReads('/en/pledges/mine')).toEqual({ sessions: 1, roles: 1, memberships: 1 });
    });
  });
}
