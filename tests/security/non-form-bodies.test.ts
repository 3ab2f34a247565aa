import { describe, expect, it } from 'vitest';
import { useAppServer } from './app-server';

/** Finding 6 of issue 10: a POST body that is not a form answers 400 or 415, never 500. */
describe('non-form POST bodies', () => {
  const server = useAppServer();
  const bodies: [string, string, string][] = [
    ['JSON', 'application/json', '{"email":"a@example.org"}'],
    ['plain text', 'text/plain', 'email=a@example.org'],
    [
      'broken multipart',
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
    ],
    ['no type', '', 'email=a@example.org'],
    ['XML', 'application/xml', '<a/>'],
  ];

  for (const path of ['/en/sign-in', '/ar/forgot-password', '/en/sign-up']) {
    for (const [what, type, body] of bodies) {
      it(`${path} with a ${what} body answers 400 or 415 with a page`, async () => {
        const headers: Record<string, string> = type ? { 'content-type': type } : {};
        const res = await fetch(`${server().base}${path}`, { method: 'POST', headers, body });
        expect([400, 415]).toContain(res.status);
        expect(res.headers.get('content-type')).toContain('text/html');
        await res.text();
      });
    }
  }
});
