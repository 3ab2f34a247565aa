import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { organisationMembers, sessions, users } from '#db/schema/index';
import { createOrganisation, createUser, defaultTestPassword } from '#seed/factories';
import { issueToken } from '~/modules/accounts/tokens.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { escapeHtml, request, signIn } from './http';
import { useTestPlatform } from './platform';

const password = 'a long enough password';

/** The text of the first alert on the page (form-level error). */
function alertText(html: string): string | undefined {
  return html.match(/<div role="alert"[^>]*>([\s\S]*?)<\/div>/)?.[1];
}

function sessionFrom(res: Response): string | undefined {
  for (const cookie of res.headers.getSetCookie()) {
    const m = cookie.match(/^marsad_session=([^;]*)/);
    if (m) return decodeURIComponent(m[1]!);
  }
  return undefined;
}

describe('accounts pages', () => {
  const platform = useTestPlatform();

  function outbox(to: string): { to: string; subject: string; text: string }[] {
    const dir = path.join(platform().dataDir, 'outbox');
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
      .filter((m) => m.to === to);
  }
  const tokenIn = (text: string, page: string) => text.match(new RegExp(`/${page}\\?token=([\\w-]+)`))?.[1];

  beforeEach(async () => {
    await platform().database.db.execute(sql`delete from rate_limits`);
  });

  it('refuses a form without its CSRF token (403)', async () => {
    const res = await request('/en/sign-in', {
      form: { email: 'a@example.org', password: 'x' },
      csrf: false,
    });
    expect(res.status).toBe(403);
    const out = await request('/en/sign-out', { form: {}, csrf: false });
    expect(out.status).toBe(403);
  });

  it('answers bad input with 400, the typed values and messages in the URL language', async () => {
    const form = { name: 'سلمى', email: 'not-an-address', password: 'short', passwordConfirm: 'other' };
    const ar = await request('/ar/sign-up', { form });
    expect(ar.status).toBe(400);
    const arHtml = await ar.text();
    expect(arHtml).toContain('<html lang="ar" dir="rtl"');
    expect(arHtml).toContain('<title>إنشاء حساب — مرصد</title>');
    expect(arHtml).toContain('value="not-an-address"');
    expect(arHtml).toContain('value="سلمى"');
    expect(arHtml).not.toContain('value="short"');
    expect(arHtml).toContain(escapeHtml(serverI18n('ar').t('errors.invalidEmail')));
    expect(arHtml).toContain(escapeHtml(serverI18n('ar').t('errors.tooShort', { min: 10 })));

    const en = await request('/en/sign-up', { form });
    expect(en.status).toBe(400);
    const enHtml = await en.text();
    expect(enHtml).toContain(escapeHtml(serverI18n('en').t('errors.invalidEmail')));
    expect(enHtml).toContain(escapeHtml(serverI18n('en').t('errors.passwordMismatch')));
  });

  it('signs up, verifies by e-mail, signs in — and answers an existing address identically', async () => {
    const email = 'newcomer@example.org';
    const form = { name: 'Newcomer', email, password, passwordConfirm: password };
    const first = await request('/en/sign-up', { form });
    expect(first.status).toBe(200);
    const firstHtml = await first.text();
    expect(firstHtml).toContain('Check your e-mail');
    const again = await request('/en/sign-up', { form: { ...form, name: 'Someone else' } });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(firstHtml);

    const mails = outbox(email);
    expect(mails).toHaveLength(2);
    expect(mails[0]!.subject).toBe('Confirm your e-mail address for Marsad');
    expect(mails[1]!.subject).toBe('Someone tried to create a Marsad account with your address');
    const token = tokenIn(mails[0]!.text, 'en/verify-email')!;
    expect(mails[0]!.text).toContain(`http://localhost:3000/en/verify-email?token=${token}`);

    // Unverified: the right password is answered with "confirm first" and a resend button.
    const early = await request('/en/sign-in', { form: { email, password } });
    expect(early.status).toBe(403);
    expect(await early.text()).toContain('name="intent" value="resend"');

    const page = await request(`/en/verify-email?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`value="${token}"`);
    const verified = await request('/en/verify-email', { form: { token } });
    expect(verified.status).toBe(302);
    expect(verified.headers.get('location')).toBe('/en/account?verified=1');
    const session = sessionFrom(verified);
    expect(session).toBeTruthy();
    const account = await request('/en/account', { session });
    expect(account.status).toBe(200);
    expect(await account.text()).toContain('Newcomer');

    const reused = await request('/en/verify-email', { form: { token } });
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain('name="intent" value="resend"');

    const signedIn = await request('/en/sign-in', {
      form: { email: 'NEWCOMER@example.org', password, next: '/en/organisations' },
    });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get('location')).toBe('/en/organisations');
    expect(sessionFrom(signedIn)).toBeTruthy();
    for (const next of ['https://evil.example/x', '//evil.example', '/\\evil.example', '/.//evil.example']) {
      const res = await request('/en/sign-in', { form: { email, password, next } });
      expect(res.headers.get('location')).toBe('/en');
    }
  });

  it('slows an address down after repeated failures: 429 with the same wording whether or not it has an account', async () => {
    await createUser(platform().database.db, { email: 'locked@example.org' });
    async function fail(email: string) {
      let last: Response | undefined;
      for (let i = 0; i < 6; i++)
        last = await request('/ar/sign-in', { form: { email, password: 'wrong password' } });
      return last!;
    }
    for (const email of ['locked@example.org', 'nobody-here@example.org']) {
      const res = await fail(email);
      expect(res.status).toBe(429);
      const seconds = Number(res.headers.get('retry-after'));
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(2);
      const html = await res.text();
      expect(alertText(html)).toBe(escapeHtml(serverI18n('ar').t('errors.signInWait', { seconds })));
      expect(html).toContain(`value="${email}"`);
      if (email !== 'locked@example.org') continue;
      // During the wait even the right password is not checked.
      const right = await request('/ar/sign-in', { form: { email, password: defaultTestPassword } });
      expect(right.status).toBe(429);
    }
  });

  it('signs out only by POST', async () => {
    const user = await createUser(platform().database.db);
    const session = await signIn(user.id);
    const page = await request('/en/sign-out', { session });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('method="post"');
    const out = await request('/en/sign-out', { session, form: {} });
    expect(out.status).toBe(302);
    expect(out.headers.getSetCookie().join()).toContain('marsad_session=;');
    expect((await request('/en/account', { session })).status).toBe(302);
  });

  it('resets a password from the mailed link, ending the other sessions', async () => {
    const db = platform().database.db;
    const user = await createUser(db, { email: 'forgetful@example.org', locale: 'ar' });
    const old = await signIn(user.id);
    const unknown = await request('/en/forgot-password', { form: { email: 'unknown@example.org' } });
    const known = await request('/en/forgot-password', { form: { email: 'forgetful@example.org' } });
    expect(known.status).toBe(200);
    expect(await known.text()).toBe(await unknown.text());
    const [mail] = outbox('forgetful@example.org');
    expect(mail!.subject).toBe('اختر كلمة مرور جديدة لمرصد');
    const token = tokenIn(mail!.text, 'ar/reset-password')!;

    const mismatch = await request('/en/reset-password', {
      form: { token, password, passwordConfirm: 'different words' },
    });
    expect(mismatch.status).toBe(400);
    const done = await request('/en/reset-password', {
      form: { token, password, passwordConfirm: password },
    });
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/en/account?passwordReset=1');
    const fresh = sessionFrom(done);
    expect((await request('/en/account', { session: old })).status).toBe(302);
    expect((await request('/en/account', { session: fresh })).status).toBe(200);
    const left = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left).toHaveLength(1);

    const again = await request(`/en/reset-password?token=${token}`);
    expect(await again.text()).toContain('/en/forgot-password');
  });

  it('accepts an invitation: name, password, signed in', async () => {
    const db = platform().database.db;
    const invited = await createUser(db, {
      email: 'invited@example.org',
      password: null,
      emailVerifiedAt: null,
      name: 'x',
    });
    const token = await issueToken(db, { userId: invited.id, purpose: 'invite' });
    const page = await request(`/ar/accept-invite?token=${token}`);
    expect(await page.text()).toContain('invited@example.org');
    const res = await request('/ar/accept-invite', {
      form: { token, name: 'Nour', password, passwordConfirm: password },
    });
    expect(res.status).toBe(302);
    expect(sessionFrom(res)).toBeTruthy();
    const [row] = await db.select().from(users).where(eq(users.id, invited.id));
    expect(row!.name).toBe('Nour');
  });

  it('saves the account with its version; a stale save is refused with 409 and the typed values kept', async () => {
    const user = await createUser(platform().database.db, { name: 'Original' });
    const session = await signIn(user.id);
    const save = await request('/en/account', {
      session,
      form: {
        intent: 'profile',
        name: 'Renamed',
        locale: 'ar',
        digits: 'latn',
        calendar: 'gregorian+hijri',
        version: '1',
      },
    });
    expect(save.status).toBe(302);
    expect(save.headers.get('location')).toBe('/ar/account?saved=1');
    expect(save.headers.getSetCookie().join()).toContain('marsad_digits=latn');
    expect(save.headers.getSetCookie().join()).toContain('marsad_calendar=gregorian%2Bhijri');
    const stale = await request('/en/account', {
      session,
      form: {
        intent: 'profile',
        name: 'Typed while stale',
        locale: 'en',
        digits: 'arab',
        calendar: 'gregorian',
        version: '1',
      },
    });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('value="Typed while stale"');
    expect(html).toContain('Renamed');
    expect(html).toContain(escapeHtml(serverI18n('en').t('errors.staleVersion')));
    expect((await request('/en/account')).status).toBe(302);
  });

  it('sets the numerals preference for visitors and users, returning only to this site', async () => {
    const anon = await request('/ar/preferences', {
      form: { digits: 'latn', returnTo: '/ar/objectives?x=1' },
    });
    expect(anon.status).toBe(302);
    expect(anon.headers.get('location')).toBe('/ar/objectives?x=1');
    expect(anon.headers.getSetCookie().join()).toContain('marsad_digits=latn');
    const away = await request('/ar/preferences', {
      form: { digits: 'arab', returnTo: 'https://evil.example' },
    });
    expect(away.headers.get('location')).toBe('/ar');
    const user = await createUser(platform().database.db);
    await request('/ar/preferences', { session: await signIn(user.id), form: { digits: 'latn' } });
    const [row] = await platform().database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.digits).toBe('latn');
    expect((await request('/ar/preferences', { form: { digits: 'roman' } })).status).toBe(400);
  });

  it('sets the calendar preference alone, keeping the numerals, for visitors and users', async () => {
    const anon = await request('/en/preferences', {
      form: { calendar: 'gregorian+hijri', returnTo: '/en/meetings' },
    });
    expect(anon.status).toBe(302);
    expect(anon.headers.getSetCookie().join()).toContain('marsad_calendar=gregorian%2Bhijri');
    expect(anon.headers.getSetCookie().join()).not.toContain('marsad_digits');
    const user = await createUser(platform().database.db, { digits: 'latn' });
    await request('/ar/preferences', {
      session: await signIn(user.id),
      form: { calendar: 'gregorian+hijri' },
    });
    const [row] = await platform().database.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ digits: 'latn', calendar: 'gregorian+hijri' });
    expect((await request('/ar/preferences', { form: { calendar: 'julian' } })).status).toBe(400);
    expect((await request('/ar/preferences', { form: {} })).status).toBe(400);
  });

  it('creates organisations and lets only their administrators manage members', async () => {
    const db = platform().database.db;
    const founder = await createUser(db);
    const stranger = await createUser(db, { email: 'stranger@example.org' });
    const session = await signIn(founder.id);
    const bad = await request('/en/organisations', {
      session,
      form: { 'name.ar': '', 'name.en': '', originalLanguage: 'en' },
    });
    expect(bad.status).toBe(400);
    const created = await request('/en/organisations', {
      session,
      form: {
        'name.ar': '',
        'name.en': 'Open Doors',
        originalLanguage: 'en',
        website: 'https://opendoors.example.org',
      },
    });
    expect(created.status).toBe(302);
    const id = created.headers.get('location')!.match(/organisations\/([\w-]+)/)![1]!;

    const publicView = await request(`/ar/organisations/${id}`);
    expect(publicView.status).toBe(200);
    const publicHtml = await publicView.text();
    expect(publicHtml).toContain('Open Doors');
    expect(publicHtml).not.toContain('name="intent" value="addMember"');

    const strangerSession = await signIn(stranger.id);
    const refused = await request(`/en/organisations/${id}`, {
      session: strangerSession,
      form: { intent: 'addMember', email: 'stranger@example.org', role: 'admin' },
    });
    expect(refused.status).toBe(403);
    const anonymous = await request(`/en/organisations/${id}`, {
      form: { intent: 'removeMember', userId: founder.id },
    });
    expect(anonymous.status).toBe(302);

    const added = await request(`/en/organisations/${id}`, {
      session,
      form: { intent: 'addMember', email: 'STRANGER@example.org', role: 'member' },
    });
    expect(added.status).toBe(302);
    const last = await request(`/en/organisations/${id}`, {
      session,
      form: { intent: 'removeMember', userId: founder.id },
    });
    expect(last.status).toBe(409);
    expect(alertText(await last.text())).toBe(escapeHtml(serverI18n('en').t('errors.lastAdmin')));
    const members = await db
      .select()
      .from(organisationMembers)
      .where(eq(organisationMembers.organisationId, id));
    expect(members).toHaveLength(2);

    const org = await createOrganisation(db, { members: [{ userId: stranger.id, role: 'member' }] });
    expect(
      (
        await request(`/en/organisations/${org.id}`, {
          session: strangerSession,
          form: { intent: 'update', 'name.en': 'X', originalLanguage: 'en', version: '1' },
        })
      ).status,
    ).toBe(403);
    expect((await request('/en/organisations/not-a-uuid')).status).toBe(404);
  });
});
