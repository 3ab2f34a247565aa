import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUser, defaultTestPassword } from '#seed/factories';
import { csrfTokenFor } from '~/platform/forms.server';
import { permissionsPolicy } from '../../server/app';
import { useAppServer } from './app-server';

/** Findings 4 (Host header) and 10 (headers, Secure cookies) of issue 10, through the real server. */
describe('response headers and links (development defaults)', () => {
  const server = useAppServer();

  it('sends nosniff once and a Permissions-Policy on every page', async () => {
    const res = await fetch(`${server().base}/ar`);
    await res.text();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('permissions-policy')).toBe(permissionsPolicy);
  });

  it('mails reset links to the configured address, whatever Host header the request carries', async () => {
    const { base, platform } = server();
    await createUser(platform.database.db, { email: 'victim@example.org', name: 'Victim' });
    const cookie = 'host-header-test-cookie-000000';
    const res = await fetch(`${base}/en/forgot-password`, {
      method: 'POST',
      headers: {
        host: 'evil.example',
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `marsad_csrf=${cookie}`,
      },
      body: new URLSearchParams({ email: 'victim@example.org', _csrf: csrfTokenFor(cookie) }),
    });
    expect(res.status).toBe(200);
    const outbox = path.join(platform.dataDir, 'outbox');
    const mails = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).not.toContain('evil.example');
    expect(mails[0]).toMatch(/http:\/\/localhost:3000\/(ar|en)\/reset-password\?token=/);
  });
});

describe('cookies (production)', () => {
  const server = useAppServer({ configure: (config) => ({ ...config, isProduction: true }) });
  /** What `__Host-` requires (RFC 6265bis §4.1.3.2) and what Marsad adds: Secure, Path=/, no Domain, HttpOnly, SameSite. */
  const expectHostCookie = (cookie: string | undefined, name: string) => {
    expect(cookie).toMatch(new RegExp(`^__Host-${name}=[^;]*; `));
    const attributes = cookie!.split(/;\s*/).slice(1);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'Secure', 'HttpOnly', 'SameSite=Lax']));
    expect(attributes.some((a) => /^domain=/i.test(a))).toBe(false);
  };
  const setCookie = (res: Response, name: string) =>
    res.headers.getSetCookie().find((c) => c.startsWith(`__Host-${name}=`));

  it('sets the CSRF and language cookies as __Host- cookies and no cookie under a plain name', async () => {
    const res = await fetch(`${server().base}/en`);
    await res.text();
    expectHostCookie(setCookie(res, 'marsad_csrf'), 'marsad_csrf');
    expectHostCookie(setCookie(res, 'marsad_locale'), 'marsad_locale');
    expect(res.headers.getSetCookie().every((c) => c.startsWith('__Host-'))).toBe(true);
  });

  it('signs in with a __Host- session cookie, and a session or CSRF cookie under the plain name counts for nothing', async () => {
    const { base, platform } = server();
    const user = await createUser(platform.database.db, { email: 'host-cookies@example.org' });
    const csrf = 'host-prefix-csrf-cookie-0123456789';
    const signInWith = (cookieName: string) =>
      fetch(`${base}/en/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${cookieName}=${csrf}` },
        body: new URLSearchParams({
          email: user.email,
          password: defaultTestPassword,
          _csrf: csrfTokenFor(csrf),
        }),
      });
    // A plain-named CSRF cookie (as a sibling subdomain or plain http could plant) is not this site's.
    expect((await signInWith('marsad_csrf')).status).toBe(403);
    const signedIn = await signInWith('__Host-marsad_csrf');
    expect(signedIn.status).toBe(302);
    const session = setCookie(signedIn, 'marsad_session');
    expectHostCookie(session, 'marsad_session');
    const token = session!.split(';')[0]!.split('=')[1]!;

    const account = (cookieName: string) =>
      fetch(`${base}/en/account`, { redirect: 'manual', headers: { cookie: `${cookieName}=${token}` } });
    const hosted = await account('__Host-marsad_session');
    expect(hosted.status).toBe(200);
    expect(await hosted.text()).toContain(user.name);
    const plain = await account('marsad_session');
    await plain.text();
    expect(plain.status).toBe(302);

    const digits = await fetch(`${base}/en/preferences`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `__Host-marsad_csrf=${csrf}; __Host-marsad_session=${token}`,
      },
      body: new URLSearchParams({ digits: 'latn', _csrf: csrfTokenFor(`${csrf}:${token}`) }),
    });
    expect(digits.status).toBe(302);
    expectHostCookie(setCookie(digits, 'marsad_digits'), 'marsad_digits');
  });

  it('still serves anonymous pages from the micro-cache (the language cookie is recognised under its __Host- name)', async () => {
    const { base } = server();
    await (await fetch(`${base}/en/principles`)).text();
    const second = await fetch(`${base}/en/principles`);
    await second.text();
    expect(second.headers.get('x-cache')).toBe('hit');
  });
});
