import { IntlMessageFormat } from 'intl-messageformat';
import type { Translated } from '#db/schema/columns';
import {
  type CalendarPreference,
  type Digits,
  directionOf,
  hijriLocale,
  intlLocale,
  type Locale,
} from './locales';
import {
  argumentElement,
  type Element,
  eachElement,
  literalElement,
  pluralElement,
  poundElement,
  selectElement,
  tagElement,
} from './message-elements';

export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;

export interface I18n {
  locale: Locale;
  digits: Digits;
  calendar: CalendarPreference;
  dir: 'rtl' | 'ltr';
  t(key: string, values?: MessageValues): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A date (and/or time); with the Hijri preference a date is followed by its Hijri day: «١٥ مايو ٢٠٢٢ (١٤ شوال ١٤٤٣ هـ)». */
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  list(items: string[], options?: Intl.ListFormatOptions): string;
  /** The reader's language when present, otherwise the other one, flagged so the UI can say so. */
  pick(value: Translated | null | undefined): { text: string; lang: Locale; isFallback: boolean };
}

/** Compiled messages and Intl formatters are costly to build: keep them per locale tag for the process. */
const messageCache = new Map<string, Map<string, Compiled>>();
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

/** Names of the bare placeholders (`{n}`, not `{n, number}` or `{n, plural, …}`) of a message. */
function bareArguments(elements: Element[]): Set<string> {
  const names = new Set<string>();
  for (const e of eachElement(elements))
    if (e.type === argumentElement && typeof e.value === 'string') names.add(e.value);
  return names;
}

interface Compiled {
  format: IntlMessageFormat;
  bare: Set<string>;
}

/**
 * intl-messageformat prints a number given to a bare placeholder with String(): Latin digits on a
 * page whose reader chose Arabic-Indic ones ("القسم 9 من 32"). Such numbers are written here in
 * the reader's digits, ungrouped (they are ordinals, years, section numbers); a quantity that
 * wants grouping says `{n, number}`.
 */
function withReadersDigits(values: MessageValues, bare: Set<string>, tag: string): MessageValues {
  let out: MessageValues | undefined;
  for (const name of bare) {
    const value = values[name];
    if (typeof value !== 'number') continue;
    out ??= { ...values };
    out[name] = cachedIntl('n', tag, bareNumber, () => new Intl.NumberFormat(tag, bareNumber)).format(value);
  }
  return out ?? values;
}
const bareNumber: Intl.NumberFormatOptions = { useGrouping: false, maximumFractionDigits: 20 };

/**
 * Set by the server only (catalog.server.ts): where a page's message set lacks a key, the whole
 * catalog answers, or, when strict (tests), the render fails naming the key and the route table.
 */
let wholeCatalog: { catalogs: Record<Locale, Messages>; strict: boolean } | undefined;
export function answerMissingKeysFromWholeCatalog(
  catalogs: Record<Locale, Messages>,
  options: { strict: boolean },
) {
  wholeCatalog = { catalogs, strict: options.strict };
}

function outsideTheSet(locale: Locale, key: string): string | undefined {
  const source = wholeCatalog?.catalogs[locale][key];
  if (source !== undefined && wholeCatalog?.strict)
    throw new Error(
      `[i18n] ${key} is not in this page's message set: run \`npm run i18n:routes\` (scripts/route-messages-table.ts)`,
    );
  return source;
}

/** Whether the options print a day (not a bare time or month): only then is a Hijri day added. */
function showsADay(options: Intl.DateTimeFormatOptions): boolean {
  return options.dateStyle !== undefined || options.day !== undefined;
}

/**
 * The message with every placeholder whose value is missing written as an ellipsis: a plural or select
 * on a missing value keeps its `other` branch (its `#` an ellipsis too). Production only (see `t`).
 */
function withEllipsisFor(source: string, values: MessageValues, tag: string): string {
  const literal = (value: string): Element => ({ type: literalElement, value });
  const fill = (elements: Element[]): Element[] =>
    elements.flatMap((e): Element[] => {
      const named = typeof e.value === 'string' && e.type !== literalElement && e.type !== poundElement;
      const missing = named && values[e.value as string] == null;
      if (e.type === tagElement && e.children) return [{ ...e, children: fill(e.children) }];
      if ((e.type === selectElement || e.type === pluralElement) && e.options) {
        if (missing)
          return fill(e.options.other?.value ?? []).map((x) => (x.type === poundElement ? literal('…') : x));
        const options = Object.fromEntries(
          Object.entries(e.options).map(([k, o]) => [k, { ...o, value: fill(o.value) }]),
        );
        return [{ ...e, options }];
      }
      return missing ? [literal('…')] : [e];
    });
  const ast = new IntlMessageFormat(source, tag).getAst() as Element[];
  try {
    return String(new IntlMessageFormat(fill(ast) as never, tag).format(values as Record<string, string>));
  } catch {
    return source;
  }
}

export function createI18n(
  locale: Locale,
  digits: Digits,
  messages: Messages,
  calendar: CalendarPreference = 'gregorian',
): I18n {
  const tag = intlLocale(locale, digits);
  const hijriTag = hijriLocale(locale, digits);
  let compiled = messageCache.get(tag);
  if (!compiled) {
    compiled = new Map();
    messageCache.set(tag, compiled);
  }
  const formatters = compiled;
  return {
    locale,
    digits,
    calendar,
    dir: directionOf(locale),
    t(key, values) {
      const source = messages[key] ?? outsideTheSet(locale, key);
      if (source === undefined) {
        // Tests and development fail on a key the catalog lacks; production shows the key rather than break the page.
        if (process.env.NODE_ENV !== 'production') throw new Error(`[i18n] missing key ${locale}:${key}`);
        return key;
      }
      if (!values && !source.includes('{')) return source;
      let compiled = formatters.get(source);
      if (!compiled) {
        const format = new IntlMessageFormat(source, tag);
        compiled = { format, bare: bareArguments(format.getAst() as Element[]) };
        formatters.set(source, compiled);
      }
      const formatted = values ? withReadersDigits(values, compiled.bare, tag) : values;
      try {
        return String(compiled.format.format(formatted as Record<string, string | number | Date>));
      } catch (error) {
        if (process.env.NODE_ENV !== 'production') throw error;
        // A message stored before its text gained a placeholder (an import report's refusal) lacks the
        // value: production shows an ellipsis in its place rather than break the page.
        return withEllipsisFor(source, formatted ?? {}, tag);
      }
    },
    number(value, options) {
      // Amounts show fraction digits only when there are any: «٢٥٠٬٠٠٠ د.أ.», not «٢٥٠٬٠٠٠٫٠٠٠ د.أ.»
      // (read as 250 million).
      const policy =
        options?.style === 'currency' && !options.trailingZeroDisplay
          ? { ...options, trailingZeroDisplay: 'stripIfInteger' as const }
          : options;
      return cachedIntl('n', tag, policy, () => new Intl.NumberFormat(tag, policy)).format(value);
    },
    date(value, options = { dateStyle: 'long', timeZone: 'UTC' }) {
      const when = new Date(value);
      const gregorian = cachedIntl('d', tag, options, () => new Intl.DateTimeFormat(tag, options)).format(
        when,
      );
      if (calendar !== 'gregorian+hijri' || !showsADay(options) || Number.isNaN(when.getTime()))
        return gregorian;
      // The Hijri day in the same time zone, always in full (a numeric Hijri date is easily misread).
      const hijriOptions: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: options.timeZone };
      const hijri = cachedIntl(
        'd',
        hijriTag,
        hijriOptions,
        () => new Intl.DateTimeFormat(hijriTag, hijriOptions),
      );
      return `${gregorian} (${hijri.format(when)})`;
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
