import { siteBaseUrl } from '~/platform/config.server';
import type { Locale } from '~/platform/i18n/locales';
import { getPlatform } from '~/platform/platform.server';

/** Where links in e-mails point: PUBLIC_URL, else the configured host and port; never the request's Host. */
export function publicBaseUrl(): string {
  return siteBaseUrl(getPlatform().config);
}

/** An absolute link to a page of this site in one language, e.g. /ar/verify-email?token=… */
export function siteLink(
  baseUrl: string,
  locale: Locale,
  path: string,
  query: Record<string, string> = {},
): string {
  const search = new URLSearchParams(query).toString();
  return `${baseUrl}/${locale}${path}${search ? `?${search}` : ''}`;
}
