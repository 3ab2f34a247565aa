import type { Config } from './config.server';
import { type SiteCookies, siteCookies } from './cookies';
import { getPlatform } from './platform.server';

/**
 * The one place that decides the cookies' names and attributes: `__Host-` and Secure in production
 * (served over HTTPS, PUBLIC_URL required), plain names over http in development and tests.
 */
export const cookiesFor = (config: Pick<Config, 'isProduction'>): SiteCookies =>
  siteCookies(config.isProduction);

/** The running platform's cookies. */
export const platformCookies = (): SiteCookies => cookiesFor(getPlatform().config);
