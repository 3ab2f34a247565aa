import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createRequestHandler, type ServerBuild } from 'react-router';
import { createSession } from '~/modules/accounts/session.server';
import { openRequestMemo, type RequestContext, requestKeyHeader } from '~/platform/context';
import { platformCookies } from '~/platform/cookies.server';
import { csrfTokenFor } from '~/platform/forms.server';

/**
 * Sends requests through the real production server build (routes, loaders, actions, guard),
 * without a network socket. `npm test` builds first; run `npm run build` before `vitest` alone.
 */
let handler: ((request: Request, context: RequestContext) => Promise<Response>) | undefined;

async function getHandler() {
  if (!handler) {
    const buildFile = path.resolve('build/server/index.js');
    if (!fs.existsSync(buildFile)) throw new Error('No server build: run `npm run build` first');
    const build = (await import(buildFile)) as ServerBuild;
    const h = createRequestHandler(build, 'production');
    handler = (request, context) => h(request, context as never);
  }
  return handler;
}

export const testCsrfCookie = 'test-csrf-cookie-value-0123456789';

export interface TestRequestOptions {
  method?: string;
  /** Session cookie value, from signIn(). */
  session?: string;
  headers?: Record<string, string>;
  /** Form fields; the CSRF token is added unless csrf is false. */
  form?: Record<string, string | string[]>;
  csrf?: boolean;
  json?: unknown;
}

export async function request(pathname: string, options: TestRequestOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  headers.set('cookie', cookieHeader(options.session));
  let body: BodyInit | undefined;
  if (options.form) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(options.form)) for (const item of [v].flat()) params.append(k, item);
    if (options.csrf !== false) params.set('_csrf', csrfTokenFor(csrfSecret(options.session)));
    body = params;
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers.set('content-type', 'application/json');
  }
  const req = new Request(new URL(pathname, 'http://localhost'), {
    method: options.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
    redirect: 'manual',
  });
  return send(req, options.session);
}

/** A multipart POST as a browser sends an upload form: the CSRF token, the fields, then the file. */
export async function postFile(
  pathname: string,
  session: string,
  file: { bytes: Uint8Array; name: string; type?: string },
  fields: Record<string, string | string[]> = {},
): Promise<Response> {
  const form = new FormData();
  form.append('_csrf', csrfTokenFor(csrfSecret(session)));
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one);
  form.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? '' }));
  const req = new Request(new URL(pathname, 'http://localhost'), {
    method: 'POST',
    body: form,
    headers: { cookie: cookieHeader(session) },
    redirect: 'manual',
  });
  return send(req, session);
}

/** As server/app.ts hands a request to React Router: named, so its loaders share one memo. */
async function send(req: Request, session?: string): Promise<Response> {
  const memo = openRequestMemo();
  req.headers.set(requestKeyHeader, memo.key);
  try {
    return await (await getHandler())(req, testContext(session));
  } finally {
    memo.close();
  }
}

/** The CSRF cookie and the session, under the names the platform's config gives them. */
function cookieHeader(session?: string): string {
  const { names } = platformCookies();
  return [`${names.csrf}=${testCsrfCookie}`, ...(session ? [`${names.session}=${session}`] : [])].join('; ');
}

/** What server/app.ts binds form tokens to: the CSRF cookie, and the session when signed in. */
const csrfSecret = (session?: string) => (session ? `${testCsrfCookie}:${session}` : testCsrfCookie);

const testContext = (session?: string): RequestContext => ({
  requestId: 'test-request',
  cspNonce: 'test-nonce',
  csrfCookie: csrfSecret(session),
  clientIp: '127.0.0.1',
  log: pino({ level: process.env.TEST_LOG ?? 'silent' }),
});

/** Text as React escapes it in text and attributes, to find user text in rendered HTML. */
export const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The rendered input or select named `name` (a schema path) and the text of the refusals it points
 * to (aria-describedby …-err), to prove a refusal sits beside its field.
 */
export function formField(html: string, name: string) {
  const input =
    html.match(new RegExp(`<(?:input|select|textarea)[^>]*name="${escapeRegExp(name)}"[^>]*>`))?.[0] ?? '';
  const errorId = input
    .match(/aria-describedby="([^"]+)"/)?.[1]
    ?.split(' ')
    .find((id) => id.endsWith('-err'));
  const list = errorId
    ? html.match(new RegExp(`<ul id="${escapeRegExp(errorId)}"[^>]*>([\\s\\S]*?)</ul>`))
    : null;
  return { input, error: list?.[1]?.replace(/<[^>]+>/g, '') ?? '' };
}

/** A session cookie value for the user, as if they had signed in. */
export async function signIn(userId: string): Promise<string> {
  const setCookie = await createSession(userId);
  return decodeURIComponent(setCookie.split(';')[0]!.split('=')[1]!);
}
