import type { Locale, Translated } from '#db/schema/columns';

/**
 * The invitation letter of a cycle: text the secretariat edits, with placeholders filled per state
 * and recipient when it goes out. Placeholders are plain `{name}` words, not ICU, so any text the
 * secretariat types is safe: an unknown `{word}` stays as typed.
 */
export const letterPlaceholders = ['name', 'state', 'cycle', 'deadline', 'link'] as const;
export type LetterPlaceholder = (typeof letterPlaceholders)[number];
export type LetterValues = Record<LetterPlaceholder, string>;

export function renderLetter(text: string, values: LetterValues): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    (letterPlaceholders as readonly string[]).includes(key) ? values[key as LetterPlaceholder] : whole,
  );
}

/** Each placeholder standing for itself: the standard letter's text, as the secretariat edits it. */
export const placeholdersAsText = Object.fromEntries(
  letterPlaceholders.map((p) => [p, `{${p}}`]),
) as LetterValues;

/**
 * The letter in one language: the secretariat's text in that language when it wrote one, else the
 * standard letter in that language (a contact never gets a letter in a language they did not ask for).
 */
export function letterIn(
  locale: Locale,
  stored: { subject: Translated; body: Translated } | null,
  standard: (locale: Locale) => { subject: string; body: string },
): { subject: string; body: string; edited: boolean } {
  const subject = stored?.subject[locale];
  const body = stored?.body[locale];
  if (subject && body) return { subject, body, edited: true };
  const fallback = standard(locale);
  return {
    subject: subject || fallback.subject,
    body: body || fallback.body,
    edited: Boolean(subject || body),
  };
}
