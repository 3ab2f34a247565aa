/**
 * The one Arabic text fold, for matching and search, the same in TypeScript (foldArabic) and in SQL
 * (marsad_fold(text), created from the same tables below by db-bootstrap.server.ts; a test feeds
 * both the same words). Stemming (prefixes, suffixes) is a later layer on top of this one.
 *   1. Unicode NFC;
 *   2. diacritics removed: tanween, harakat, shadda, sukun, the other marks U+064B–U+065F, and the
 *      superscript alef U+0670; every tatweel (U+0640) removed;
 *   3. أ إ آ ٱ → ا, ى → ي, ة → ه;
 *   4. Arabic-Indic and Persian digits → 0–9.
 * The hamza (ء) and the hamza seats ؤ ئ stay: they distinguish words.
 */

/** Code point ranges removed, as a regular-expression character class body (JS and PostgreSQL alike). */
const removedClass = '\\u064B-\\u065F\\u0670\\u0640';
const from = 'أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹';
const to = 'اااايه01234567890123456789';

const removed = new RegExp(`[${removedClass}]`, 'g');
const replacements = new Map([...from].map((c, i) => [c, to[i]!]));
const replaced = new RegExp(`[${from}]`, 'g');

export function foldArabic(value: string): string {
  return value
    .normalize('NFC')
    .replace(removed, '')
    .replace(replaced, (c) => replacements.get(c)!);
}

/** The SQL twin of foldArabic: IMMUTABLE, so indexes and generated columns may use it. */
export const foldArabicSql = /* sql */ `
create or replace function marsad_fold(t text) returns text
language sql immutable parallel safe as
$$ select translate(regexp_replace(normalize(coalesce(t, ''), NFC), '[${removedClass}]', '', 'g'), '${from}', '${to}') $$;
`;
