import type { Locale } from '~/platform/i18n/locales';
import { getPlatform } from '~/platform/platform.server';

/** Where links in e-mails point: PUBLIC_URL when configured (required in production), else this request's origin. */
export function publicBaseUrl(request: Request): string {
  const configured = getPlatform().config.PUBLIC_URL;
  return (configured ?? new URL(request.url).origin).replace(/\/+$/, '');
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
