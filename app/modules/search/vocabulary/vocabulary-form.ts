import { z } from 'zod';
import { code, list, number, refuse } from '~/platform/forms/fields';
import { plainText } from '~/platform/text/normalise-text';

/** Limits of a vocabulary entry, shared by the form's HTML constraints and the schema. */
export const vocabularyLimits = {
  keyLength: 60,
  termLength: 80,
  termsPerLanguage: 20,
  objectives: 23,
} as const;

/** A key names an entry in URLs and the audit trail: lower-case Latin letters, digits and hyphens. */
export const vocabularyKeyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One term a line (the textarea), trimmed, blank lines and repeats dropped. */
export function termsOf(value: unknown): string[] {
  const lines = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(/\r?\n/)
      : [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    const term = plainText(line).replace(/\s+/g, ' ').trim();
    if (!term || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    out.push(term);
  }
  return out;
}

const terms = z.preprocess(
  termsOf,
  z.array(z.string()).min(1, code('vocabularyTermsRequired')).max(vocabularyLimits.termsPerLanguage),
);

const fields = {
  ar: terms,
  en: terms,
  objectives: list(
    number({
      int: true,
      min: 1,
      max: vocabularyLimits.objectives,
      invalid: 'invalidChoice',
      outOfRange: 'invalidChoice',
    }),
  ),
  principles: list(z.string().trim().min(1).max(60)),
};

function checkTermLengths(value: { ar: string[]; en: string[] }, ctx: z.RefinementCtx) {
  for (const language of ['ar', 'en'] as const) {
    const long = value[language].find((t) => t.length > vocabularyLimits.termLength);
    if (long)
      refuse(ctx, [language], 'vocabularyTermTooLong', { max: vocabularyLimits.termLength, term: long });
  }
}

/** The form that adds a term (its key is chosen once). */
export const newVocabularyEntrySchema = z
  .object({
    key: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
      z
        .string(code('required'))
        .min(1, code('required'))
        .max(vocabularyLimits.keyLength)
        .regex(vocabularyKeyPattern, code('vocabularyKeyFormat'))
        // "new" is the address of the page that adds a term.
        .refine((k) => k !== 'new', code('vocabularyKeyTaken')),
    ),
    ...fields,
  })
  .superRefine(checkTermLengths);

/** The form that edits a term: the version read, so a stale save is refused. */
export const editVocabularyEntrySchema = z
  .object({ version: number({ int: true, min: 1 }), ...fields })
  .superRefine(checkTermLengths);

/** The form that removes a term. */
export const removeVocabularyEntrySchema = z.object({ version: number({ int: true, min: 1 }) });

export type VocabularyEntryInput = {
  ar: string[];
  en: string[];
  objectives: number[];
  principles: string[];
};
