import type { Logger } from 'pino';

/** Per-request values the HTTP server hands to every loader and action. */
export interface RequestContext {
  requestId: string;
  cspNonce: string;
  /** Raw value of the CSRF cookie; forms carry an HMAC of it (see csrf.server.ts). */
  csrfCookie: string;
  clientIp: string;
  log: Logger;
}

declare module 'react-router' {
  interface AppLoadContext extends RequestContext {}
}
