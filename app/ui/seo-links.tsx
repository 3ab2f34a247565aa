import { useLocation } from 'react-router';
import type { Locale } from '~/platform/i18n/locales';

const ogLocale: Record<Locale, string> = { ar: 'ar_AR', en: 'en_GB' };

/**
 * The head's links for search engines and link previews, on every page under /ar and /en: the
 * canonical URL (the path without its query), the page in each language plus x-default (Arabic
 * first), the Atom feed of new publications, and the OpenGraph URL, type and locales. Titles and descriptions come from pageMeta.
 */
export function SeoLinks({ origin, locale }: { origin: string; locale: Locale }) {
  const { pathname } = useLocation();
  const match = /^\/(ar|en)(\/.*)?$/.exec(pathname);
  if (!match) return null;
  const rest = match[2] ?? '';
  const url = (lang: Locale) => `${origin}/${lang}${rest}`;
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  return (
    <>
      <link rel="canonical" href={url(locale)} />
      <link rel="alternate" hrefLang="ar" href={url('ar')} />
      <link rel="alternate" hrefLang="en" href={url('en')} />
      <link rel="alternate" hrefLang="x-default" href={url('ar')} />
      <link rel="alternate" type="application/atom+xml" href={`${origin}/feeds/all.atom?lang=${locale}`} />
      <meta property="og:url" content={url(locale)} />
      <meta property="og:type" content="website" />
      <meta property="og:locale" content={ogLocale[locale]} />
      <meta property="og:locale:alternate" content={ogLocale[other]} />
    </>
  );
}
