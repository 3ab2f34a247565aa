import data from '../../../data/reference/glossary.json';
import type { Locale } from './locales';

/** A Global Compact term as Marsad writes it in each language, and the variants it must not use. */
export interface GlossaryTerm {
  key: string;
  ar: { term: string; short?: string };
  en: { term: string; short?: string };
  banned: Record<Locale, string[]>;
}

export const glossaryTerms: readonly GlossaryTerm[] = data.terms;
export const glossarySource: string = data.source;

/** «الميثاق» is written «للميثاق» after the preposition لـ: the article's alif drops. */
const arabicForms = (v: string) => (v.startsWith('ال') ? [v, `لل${v.slice(2)}`] : [v]);

/**
 * The banned variants `text` uses, each with its term. Arabic matches inside words, since
 * prefixes attach («بالميثاق العالمي», «للميثاق العالمي»); English ignores case.
 */
export function bannedVariantsIn(text: string): { variant: string; term: string }[] {
  const lower = text.toLowerCase();
  return glossaryTerms.flatMap((t) => [
    ...t.banned.ar
      .filter((v) => arabicForms(v).some((f) => text.includes(f)))
      .map((variant) => ({ variant, term: t.key })),
    ...t.banned.en
      .filter((v) => lower.includes(v.toLowerCase()))
      .map((variant) => ({ variant, term: t.key })),
  ]);
}
