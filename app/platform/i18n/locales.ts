export const locales = ['ar', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ar';
export type Digits = 'arab' | 'latn';
/** The reader's calendar: Gregorian only, or the Umm al-Qura Hijri date beside it. */
export type CalendarPreference = 'gregorian' | 'gregorian+hijri';
export const calendarPreferences = ['gregorian', 'gregorian+hijri'] as const;

export function isCalendarPreference(value: unknown): value is CalendarPreference {
  return value === 'gregorian' || value === 'gregorian+hijri';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'ar' || value === 'en';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Arabic readers choose Arabic-Indic (١٢٣) or Latin (123) digits; English always uses Latin. */
export function intlLocale(locale: Locale, digits: Digits): string {
  return locale === 'ar' ? `ar-u-nu-${digits}` : 'en';
}

/** The Hijri (Umm al-Qura) calendar in the reader's language and digits. */
export function hijriLocale(locale: Locale, digits: Digits): string {
  return locale === 'ar' ? `ar-u-ca-islamic-umalqura-nu-${digits}` : 'en-u-ca-islamic-umalqura';
}

/** Picks the best locale from an Accept-Language header, or undefined when none is supported. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((e) => e.tag && !Number.isNaN(e.q) && e.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}

/** Replaces or inserts the locale prefix of a path: /ar/objectives → /en/objectives. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const parts = pathname.split('/');
  if (isLocale(parts[1])) parts[1] = to;
  else parts.splice(1, 0, to);
  const out = parts.join('/');
  return out.endsWith('/') && out.length > 3 ? out.slice(0, -1) : out;
}
