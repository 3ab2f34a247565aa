import { IntlMessageFormat } from 'intl-messageformat';
import { type Element, eachElement, literalElement } from './message-elements';

/**
 * Where an Arabic message may keep a Latin digit: codes and identifiers a reader types or looks up
 * as written, and examples of what to type. Anything else is a figure that must be a placeholder,
 * so it shows in the reader's digits (issue 12). Keep this list short: each entry is a kind, not
 * a message.
 */
export const allowedLatinDigits: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /https?:\/\/\S+/g, why: 'a URL' },
  { pattern: /[?&][a-z_]+=\d+/g, why: 'a query parameter to add to a URL (?bom=0)' },
  {
    pattern: /\bISO(?: 3166-1| 4217| 8601|3)\b/g,
    why: 'the ISO standards of codes and dates, and ISO3 codes',
  },
  { pattern: /\bUTF-8\b/g, why: 'the text encoding' },
  { pattern: /\bM49(?:-\d+)?\b/g, why: 'the UN M49 classification and its region ids (M49-145)' },
  { pattern: /\b[A-Z]-\d+\b/g, why: "Marsad's indicator codes (P-24)" },
  { pattern: /\bO\d{1,2}\b/g, why: 'the open data codes of objectives (O1 to O23)' },
  { pattern: /\b\d{1,2}\.\d{1,2}\.\d{1,2}\b/g, why: 'SDG indicator ids (10.7.2)' },
  { pattern: /\b73\/195\b/g, why: "the Compact's General Assembly resolution" },
  {
    pattern: /\b[A-Za-z]+ \d+(?:\.\d+)*\b/g,
    why: 'a number inside Latin-script text typed as written: a group code (CWG 2.2), a published title (Migrant Stock 2024)',
  },
  { pattern: /\b123\b/g, why: 'the sample that shows what Latin digits look like (the digit choice)' },
  { pattern: /\b\d{4}-\d{2}-\d{2}\b/g, why: 'an ISO 8601 date shown as what to type' },
  { pattern: /\b\d{1,2}:\d{2}\b/g, why: 'a time shown as what to type' },
  {
    pattern: /\b\d+ أو [\u0660-\u0669]+/g,
    why: 'a number shown in both digit systems, both accepted (1250 أو ١٢٥٠)',
  },
];

/**
 * The reverse: a reader who chose Latin digits must not meet Arabic-Indic ones written into a
 * message. Allowed: what shows that digit system itself, and examples of what to type.
 */
export const allowedArabicIndicDigits: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: /(?<![\u0660-\u0669])١٢٣(?![\u0660-\u0669])/g,
    why: 'the sample of Arabic-Indic digits (the digit choice)',
  },
  {
    pattern: /\b\d+ أو [\u0660-\u0669]+/g,
    why: 'a number shown in both digit systems, both accepted (1250 أو ١٢٥٠)',
  },
  {
    pattern: /مثل [\u0660-\u0669٫]+ أو [\u0660-\u0669٫]+/g,
    why: 'numbers shown as what to type, with the Arabic decimal separator (مثل ٤٠٠ أو ١٢٫٥)',
  },
];

/** The message's own text: placeholders, plural cases and tag names are not text a reader sees as written. */
function literalTexts(elements: Element[]): string[] {
  const texts: string[] = [];
  for (const e of eachElement(elements))
    if (e.type === literalElement && typeof e.value === 'string') texts.push(e.value);
  return texts;
}

/**
 * The runs of Latin digits an Arabic message writes outside its placeholders and the allowed codes
 * («من 0 إلى 14 سنة» → ['0', '14']); empty when it has none.
 */
export function strayLatinDigits(message: string): string[] {
  return strayDigits(message, allowedLatinDigits, /\d+/g);
}

/** The runs of Arabic-Indic digits an Arabic message writes outside its placeholders and the allowed samples. */
export function strayArabicIndicDigits(message: string): string[] {
  return strayDigits(message, allowedArabicIndicDigits, /[\u0660-\u0669\u06F0-\u06F9]+/g);
}

function strayDigits(message: string, allowed: readonly { pattern: RegExp }[], digits: RegExp): string[] {
  const ast = new IntlMessageFormat(message, 'ar').getAst() as Element[];
  return literalTexts(ast).flatMap((text) => {
    let rest = text;
    for (const { pattern } of allowed) rest = rest.replace(pattern, ' ');
    return rest.match(digits) ?? [];
  });
}
