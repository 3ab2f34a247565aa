import { describe, expect, it } from 'vitest';
import { createUser } from '#seed/factories';
import { csrfTokenFor } from '~/platform/forms.server';
import { request, signIn, testCsrfCookie } from '../http';
import { useTestPlatform } from '../platform';

/** CSRF variants on a signed-in save (issue 10): every mutation needs this browser's token. */
describe('CSRF', () => {
  const platform = useTestPlatform('pglite', { checkContentIndex: false });
  const form = { 'name.en': 'Forged organisation', originalLanguage: 'en' };

  it("refuses a save without a token, with another cookie's token, or with garbage", async () => {
    const user = await createUser(platform().database.db, { email: 'csrf@example.org' });
    const session = await signIn(user.id);
    const missing = await request('/en/organisations', { session, form, csrf: false });
    expect(missing.status).toBe(403);
    const other = await request('/en/organisations', {
      session,
      form: { ...form, _csrf: csrfTokenFor('another-browser-cookie-value-000') },
      csrf: false,
    });
    expect(other.status).toBe(403);
    const garbage = await request('/en/organisations', {
      session,
      form: { ...form, _csrf: 'x' },
      csrf: false,
    });
    expect(garbage.status).toBe(403);
    const good = await request('/en/organisations', { session, form });
    expect(good.status).toBe(302);
  });

  it('binds the token to the session: a planted cookie with its own valid token does not forge a save', async () => {
    const user = await createUser(platform().database.db, { email: 'planted@example.org' });
    const session = await signIn(user.id);
    // The attacker knows the cookie it planted and the token an anonymous page gave for it.
    const planted = await request('/en/organisations', {
      session,
      form: { ...form, _csrf: csrfTokenFor(testCsrfCookie) },
      csrf: false,
    });
    expect(planted.status).toBe(403);
  });
});
