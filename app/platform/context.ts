import type { Logger } from 'pino';

/** Per-request values the HTTP server hands to every loader and action. */
export interface RequestContext {
  requestId: string;
  cspNonce: string;
  /**
   * The CSRF secret: the CSRF cookie, followed by the session cookie when signed in (server/app.ts);
   * forms carry an HMAC of it (csrfTokenFor), so a token is good for one browser and one session.
   */
  csrfCookie: string;
  clientIp: string;
  log: Logger;
}

declare module 'react-router' {
  interface AppLoadContext extends RequestContext {}
}
