import type { Config } from './config.server';
import { type SiteCookies, siteCookies } from './cookies';
import { type CalendarPreference, type Digits, isCalendarPreference } from './i18n/locales';
import { getPlatform } from './platform.server';

/**
 * The one place that decides the cookies' names and attributes: `__Host-` and Secure in production
 * (served over HTTPS, PUBLIC_URL required), plain names over http in development and tests.
 */
export const cookiesFor = (config: Pick<Config, 'isProduction'>): SiteCookies =>
  siteCookies(config.isProduction);

/** The running platform's cookies. */
export const platformCookies = (): SiteCookies => cookiesFor(getPlatform().config);

/**
 * The reader's digits: the digits cookie (the switch on every page), else the signed-in person's
 * setting, else Arabic-Indic. Pages and downloads read it alike.
 */
export function readersDigits(request: Request, preference: Digits | null | undefined): Digits {
  const cookie = platformCookies().read(request, 'digits');
  return cookie === 'latn' || cookie === 'arab' ? cookie : (preference ?? 'arab');
}

/** The reader's calendar, read the same way as the digits: cookie, else the account, else Gregorian. */
export function readersCalendar(
  request: Request,
  preference: CalendarPreference | null | undefined,
): CalendarPreference {
  const cookie = platformCookies().read(request, 'calendar');
  return isCalendarPreference(cookie) ? cookie : (preference ?? 'gregorian');
}
