import type { Translated } from '#db/schema/columns';
import type { Locale } from './locales';

/** Intl.Collator is costly to build: one per language for the process. */
const collators = new Map<Locale, Intl.Collator>();

/** The reader's alphabetical order (Arabic: hamza seats and tāʾ marbūṭa where a reader expects them). */
export function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** A copy of `items` in the reader's alphabetical order of `text(item)`; ties keep their order. */
export function sortByText<T>(items: readonly T[], locale: Locale, text: (item: T) => string): T[] {
  const { compare } = collatorFor(locale);
  return items
    .map((item) => ({ item, key: text(item) }))
    .sort((a, b) => compare(a.key, b.key))
    .map((e) => e.item);
}

/** The name a reader of `locale` sees: theirs, else the other language's (as `pick` shows it). */
export function nameIn(value: Translated | null | undefined, locale: Locale): string {
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  return value?.[locale]?.trim() || value?.[other]?.trim() || '';
}

/** A copy of `items` in the reader's alphabetical order of their translated name. */
export function sortByName<T>(
  items: readonly T[],
  locale: Locale,
  name: (item: T) => Translated | null | undefined,
): T[] {
  return sortByText(items, locale, (item) => nameIn(name(item), locale));
}
