import { foldArabic } from './arabic-fold';

/**
 * Text as stored (plain text, never interpreted as HTML) and as rule-based checks match it (case,
 * Arabic letter variants and diacritics folded by the one Arabic fold).
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

/**
 * Text folded for rule matching: compatibility-normalised, lower case, Arabic folded (digits
 * ASCII), every run of non-letters/digits one space, with a space at both ends.
 */
export function normaliseForMatch(value: string): string {
  const folded = foldArabic(value.normalize('NFKC').toLowerCase());
  return ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}
