import { z } from 'zod';
import type { SynthesisNarrative } from '#db/schema/review-synthesis-types';
import { type Language, languages, type Translated, translatedText } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';

/**
 * Longest texts the narrative accepts (characters), shared by the form's maxLength and the server.
 * All of them in both languages stay under the 1 MB form cap when sent as multipart (Arabic is two
 * bytes a character there; URL-encoding would make it six), which is why the editor posts multipart.
 */
export const narrativeLimits = { introduction: 30_000, objective: 5_000, conclusions: 30_000 } as const;

export const objectiveNumbers = Array.from({ length: 23 }, (_, i) => i + 1);

/** The editor's field names are the narrative's paths: introduction.ar, objectives.7.en, conclusions.ar. */
export const narrativeField = {
  introduction: (lang: Language) => `introduction.${lang}`,
  objective: (objective: number, lang: Language) => `objectives.${objective}.${lang}`,
  conclusions: (lang: Language) => `conclusions.${lang}`,
};

/** The form's values for a stored narrative (to fill the editor). */
export function formFromNarrative(narrative: SynthesisNarrative): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of languages) {
    out[narrativeField.introduction(lang)] = narrative.introduction[lang] ?? '';
    out[narrativeField.conclusions(lang)] = narrative.conclusions[lang] ?? '';
    for (const n of objectiveNumbers) {
      out[narrativeField.objective(n, lang)] = narrative.objectives[String(n)]?.[lang] ?? '';
    }
  }
  return out;
}

/** The narrative as the editor posts it or an API sends it: plain text per language, any of it blank. */
const narrativeSchema = z.object({
  introduction: translatedText({ max: narrativeLimits.introduction }),
  objectives: z
    .partialRecord(
      z.enum(objectiveNumbers.map(String) as [string, ...string[]]),
      translatedText({ max: narrativeLimits.objective }),
    )
    .default({})
    // Objectives left blank in both languages are not kept.
    .transform((all) => {
      const objectives: Record<string, Translated> = {};
      for (const [key, value] of Object.entries(all)) if (value?.ar || value?.en) objectives[key] = value;
      return objectives;
    }),
  conclusions: translatedText({ max: narrativeLimits.conclusions }),
});

/** Validates a narrative in the domain (whatever the caller): every refusal beside its field. */
export const parseNarrative = (raw: unknown): SynthesisNarrative => parseInput(narrativeSchema, raw);
