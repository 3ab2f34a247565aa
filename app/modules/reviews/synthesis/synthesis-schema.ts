import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import type { SynthesisNarrative } from '#db/schema/review-synthesis-types';
import { AppError } from '~/platform/errors';

/**
 * Longest texts the narrative accepts (characters), shared by the form's maxLength and the server.
 * All of them in both languages stay under the 1 MB form cap when sent as multipart (Arabic is two
 * bytes a character there; URL-encoding would make it six), which is why the editor posts multipart.
 */
export const narrativeLimits = { introduction: 30_000, objective: 5_000, conclusions: 30_000 } as const;

export const objectiveNumbers = Array.from({ length: 23 }, (_, i) => i + 1);

/** Form field names of the narrative editor: introduction_ar, objective_7_en, conclusions_ar, … */
export const narrativeField = {
  introduction: (lang: 'ar' | 'en') => `introduction_${lang}`,
  objective: (objective: number, lang: 'ar' | 'en') => `objective_${objective}_${lang}`,
  conclusions: (lang: 'ar' | 'en') => `conclusions_${lang}`,
};

const text = (max: number) => z.string().trim().max(max).optional().default('');

const formShape: Record<string, ReturnType<typeof text>> = {};
for (const lang of ['ar', 'en'] as const) {
  formShape[narrativeField.introduction(lang)] = text(narrativeLimits.introduction);
  formShape[narrativeField.conclusions(lang)] = text(narrativeLimits.conclusions);
  for (const n of objectiveNumbers)
    formShape[narrativeField.objective(n, lang)] = text(narrativeLimits.objective);
}

/** The narrative editor's form (plain text per language; empty fields allowed). */
export const narrativeFormSchema = z.object(formShape);
export type NarrativeForm = z.infer<typeof narrativeFormSchema>;

const translatedOf = (ar: string | undefined, en: string | undefined): Translated => ({
  ...(ar ? { ar } : {}),
  ...(en ? { en } : {}),
});

export function narrativeFromForm(form: NarrativeForm): SynthesisNarrative {
  const objectives: Record<string, Translated> = {};
  for (const n of objectiveNumbers) {
    const value = translatedOf(
      form[narrativeField.objective(n, 'ar')],
      form[narrativeField.objective(n, 'en')],
    );
    if (value.ar || value.en) objectives[String(n)] = value;
  }
  return {
    introduction: translatedOf(
      form[narrativeField.introduction('ar')],
      form[narrativeField.introduction('en')],
    ),
    objectives,
    conclusions: translatedOf(form[narrativeField.conclusions('ar')], form[narrativeField.conclusions('en')]),
  };
}

/** The form's values for a stored narrative (to fill the editor). */
export function formFromNarrative(narrative: SynthesisNarrative): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of ['ar', 'en'] as const) {
    out[narrativeField.introduction(lang)] = narrative.introduction[lang] ?? '';
    out[narrativeField.conclusions(lang)] = narrative.conclusions[lang] ?? '';
    for (const n of objectiveNumbers) {
      out[narrativeField.objective(n, lang)] = narrative.objectives[String(n)]?.[lang] ?? '';
    }
  }
  return out;
}

const translated = (max: number) =>
  z
    .object({ ar: z.string().trim().max(max).optional(), en: z.string().trim().max(max).optional() })
    .strict()
    .transform((value) => translatedOf(value.ar, value.en));

const narrativeSchema = z
  .object({
    introduction: translated(narrativeLimits.introduction),
    objectives: z.partialRecord(
      z.enum(objectiveNumbers.map(String) as [string, ...string[]]),
      translated(narrativeLimits.objective),
    ),
    conclusions: translated(narrativeLimits.conclusions),
  })
  .strict();

/** Validates a narrative in the domain (whatever the caller): throws AppError with the first problem. */
export function parseNarrative(raw: unknown): SynthesisNarrative {
  const parsed = narrativeSchema.safeParse(raw);
  if (parsed.success) {
    const objectives: Record<string, Translated> = {};
    for (const [key, value] of Object.entries(parsed.data.objectives)) {
      if (value?.ar || value?.en) objectives[key] = value;
    }
    return { ...parsed.data, objectives };
  }
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  if (issue.code === 'too_big') throw new AppError('tooLong', 400, { max: Number(issue.maximum), field });
  throw new AppError('invalidFormat', 400, { field });
}
