import { z } from 'zod';
import { documentLanguages, reviewerGenders } from '#db/schema/hub-values';
import { objectiveCount } from '~/modules/reference/constants';
import { normaliseDigits } from '~/platform/text/normalise-text';

const list = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

/** The roster form: who (by e-mail), internal or external, region, gender, languages, objectives. */
export const rosterEntrySchema = z.object({
  email: z
    .string()
    .trim()
    .min(1)
    .max(254)
    .pipe(z.email({ error: 'errors.invalidEmail' })),
  internal: z
    .enum(['internal', 'external'], { error: 'errors.invalidChoice' })
    .transform((v) => v === 'internal'),
  regionId: z.string().min(1).max(40),
  gender: z.enum(reviewerGenders, { error: 'errors.invalidChoice' }),
  languages: z.preprocess(list, z.array(z.enum(documentLanguages, { error: 'errors.invalidChoice' }))),
  objectives: z.preprocess(
    list,
    z.array(
      z.preprocess(
        (v) => (typeof v === 'string' ? Number(normaliseDigits(v)) : v),
        z.number().int().min(1).max(objectiveCount),
      ),
    ),
  ),
});
