import { IntlMessageFormat } from 'intl-messageformat';
import type { Translated } from '#db/schema/columns';
import { type Digits, directionOf, intlLocale, type Locale } from './locales';

export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;

export interface I18n {
  locale: Locale;
  digits: Digits;
  dir: 'rtl' | 'ltr';
  t(key: string, values?: MessageValues): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  list(items: string[], options?: Intl.ListFormatOptions): string;
  /** The reader's language when present, otherwise the other one, flagged so the UI can say so. */
  pick(value: Translated | null | undefined): { text: string; lang: Locale; isFallback: boolean };
}

/** Compiled messages and Intl formatters are costly to build: keep them per locale tag for the process. */
const messageCache = new Map<string, Map<string, IntlMessageFormat>>();
const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cachedIntl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  tag: string,
  options: object | undefined,
  make: () => T,
): T {
  const key = `${kind}|${tag}|${options ? JSON.stringify(options) : ''}`;
  let formatter = intlCache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    intlCache.set(key, formatter);
  }
  return formatter;
}

export type Messages = Record<string, string>;

export function createI18n(locale: Locale, digits: Digits, messages: Messages): I18n {
  const tag = intlLocale(locale, digits);
  let compiled = messageCache.get(tag);
  if (!compiled) {
    compiled = new Map();
    messageCache.set(tag, compiled);
  }
  const formatters = compiled;
  return {
    locale,
    digits,
    dir: directionOf(locale),
    t(key, values) {
      const source = messages[key];
      if (source === undefined) {
        if (process.env.NODE_ENV !== 'production') console.warn(`[i18n] missing key ${locale}:${key}`);
        return key;
      }
      if (!values && !source.includes('{')) return source;
      let formatter = formatters.get(source);
      if (!formatter) {
        formatter = new IntlMessageFormat(source, tag);
        formatters.set(source, formatter);
      }
      return String(formatter.format(values as Record<string, string | number | Date>));
    },
    number(value, options) {
      return cachedIntl('n', tag, options, () => new Intl.NumberFormat(tag, options)).format(value);
    },
    date(value, options = { dateStyle: 'long', timeZone: 'UTC' }) {
      return cachedIntl('d', tag, options, () => new Intl.DateTimeFormat(tag, options)).format(
        new Date(value),
      );
    },
    list(items, options = { type: 'conjunction' }) {
      return cachedIntl('l', tag, options, () => new Intl.ListFormat(tag, options)).format(items);
    },
    pick(value) {
      const other: Locale = locale === 'ar' ? 'en' : 'ar';
      const own = value?.[locale]?.trim();
      if (own) return { text: own, lang: locale, isFallback: false };
      const fallback = value?.[other]?.trim();
      if (fallback) return { text: fallback, lang: other, isFallback: true };
      return { text: '', lang: locale, isFallback: false };
    },
  };
}
