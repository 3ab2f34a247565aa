/**
 * Text normalisation for pledges: what is stored (plain text, never interpreted as HTML) and
 * what rule-based checks match on (case, Arabic letter variants and diacritics folded).
 */

const arabicIndicDigits = /[\u0660-\u0669]/g;
const easternArabicIndicDigits = /[\u06F0-\u06F9]/g;

/** Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits. */
export function normaliseDigits(value: string): string {
  return value
    .replace(arabicIndicDigits, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(easternArabicIndicDigits, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * The text as stored: Unicode NFC, line ends unified, control characters other than tab and
 * newline removed, trimmed. Markup is kept verbatim: it is shown as text, never rendered.
 */
export function plainText(value: string): string {
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .trim()
  );
}

/** Tashkeel (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel. */
const arabicMarks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;

/** Arabic folded for matching: no diacritics; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي. */
export function normaliseArabic(value: string): string {
  return value
    .replace(arabicMarks, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A');
}

/**
 * Text folded for rule matching: compatibility-normalised, lower case, Arabic folded, digits
 * ASCII, every run of non-letters/digits one space, with a space at both ends.
 */
export function normaliseForMatch(value: string): string {
  const folded = normaliseArabic(normaliseDigits(value.normalize('NFKC').toLowerCase()));
  return ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}
