import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUser } from '#seed/factories';
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

describe('response headers (production)', () => {
  const server = useAppServer({ configure: (config) => ({ ...config, isProduction: true }) });

  it('marks the language cookie Secure', async () => {
    const res = await fetch(`${server().base}/en`);
    await res.text();
    const locale = res.headers.getSetCookie().find((c) => c.startsWith('marsad_locale='));
    expect(locale).toContain('Secure');
  });
});
