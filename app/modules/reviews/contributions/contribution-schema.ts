import { z } from 'zod';
import { contributionKinds } from '#db/schema/review-contribution-values';
import { choice, code, date, language, list, requireOriginal, translatedText } from '~/platform/forms/fields';

/** Longest texts a contribution holds (characters, per language); the form and the server share them. */
export const contributionLimits = { contributor: 300, text: 30_000 } as const;

const objectiveNumber = z.coerce
  .number(code('invalidChoice'))
  .int(code('invalidChoice'))
  .min(1, code('invalidChoice'))
  .max(23, code('invalidChoice'));

/**
 * A contribution as the secretariat records it (field names are the schema's paths:
 * contributor.ar, text.en, objectives). Who sent it is required in the original language; the
 * text may be left out when a file comes with it (the operation checks that).
 */
export const contributionSchema = z
  .object({
    kind: choice(contributionKinds),
    contributor: translatedText({ max: contributionLimits.contributor }),
    receivedOn: date(),
    text: translatedText({ max: contributionLimits.text }),
    originalLanguage: language(),
    objectives: list(objectiveNumber, { max: 23 }),
  })
  .superRefine((v, ctx) =>
    requireOriginal(ctx, v.contributor, v.originalLanguage, ['contributor', v.originalLanguage]),
  );
export type ContributionInput = z.infer<typeof contributionSchema>;
