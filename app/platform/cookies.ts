export function readCookie(request: Request, name: string): string | undefined {
  return readCookieHeader(request.headers.get('cookie'), name);
}

export function readCookieHeader(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** httpOnly, SameSite=Lax, Path=/ and never a Domain (what `__Host-` requires); Secure when asked. */
export function serializeCookie(
  name: string,
  value: string,
  options: { maxAge?: number; secure?: boolean; httpOnly?: boolean } = {},
): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Lax'];
  if (options.httpOnly !== false) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  return parts.join('; ');
}

/** Every cookie the site sets, by what it is for. */
export type CookieRole = 'session' | 'csrf' | 'locale' | 'digits' | 'calendar';

const plainNames: Record<CookieRole, string> = {
  session: 'marsad_session',
  csrf: 'marsad_csrf',
  locale: 'marsad_locale',
  digits: 'marsad_digits',
  calendar: 'marsad_calendar',
};

export interface SiteCookies {
  /** `__Host-` names and the Secure attribute. */
  readonly secure: boolean;
  readonly names: Readonly<Record<CookieRole, string>>;
  read(source: Request | string | null | undefined, role: CookieRole): string | undefined;
  serialize(role: CookieRole, value: string, options?: { maxAge?: number; httpOnly?: boolean }): string;
}

function makeSiteCookies(secure: boolean): SiteCookies {
  const names = Object.fromEntries(
    Object.entries(plainNames).map(([role, name]) => [role, secure ? `__Host-${name}` : name]),
  ) as Record<CookieRole, string>;
  return {
    secure,
    names,
    read: (source, role) =>
      readCookieHeader(
        typeof source === 'string' || !source ? source : source.headers.get('cookie'),
        names[role],
      ),
    serialize: (role, value, options = {}) => serializeCookie(names[role], value, { ...options, secure }),
  };
}

const secureCookies = makeSiteCookies(true);
const plainCookies = makeSiteCookies(false);

/**
 * The site's cookies. Secure ones carry the `__Host-` prefix: the browser then keeps them only when
 * set over HTTPS with `Path=/` and no `Domain`, so neither a sibling subdomain nor a man in the middle
 * on plain http can plant or overwrite a session or CSRF cookie. Browsers refuse such cookies over
 * plain http, so development and tests use the plain names; `cookiesFor(config)` decides which.
 */
export const siteCookies = (secure: boolean): SiteCookies => (secure ? secureCookies : plainCookies);
