import { z } from 'zod';
import { objectiveStatuses, reviewKinds } from '#db/schema/review-values';
import { code, list } from '~/platform/forms/fields';
import { commentMax, reviewTitleMax, sectionLimits } from './section-content';

/**
 * The Zod schemas of the review forms, shared by the pages (HTML limits, parseForm) and the domain
 * operations (which parse their input again). Free of the ORM so pages can import it.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Plain text as typed: Windows line ends made \n, control characters (but tab and newline) removed. */
export const cleanText = (value: string) => value.replace(/\r\n?/g, '\n').replace(controlCharacters, '');

const text = (max: number) => z.string().transform(cleanText).pipe(z.string().max(max)).optional();

export const localeField = z.enum(['ar', 'en']);

/**
 * One save of one section, in one language: the texts of that language, and the language-neutral
 * fields (implementation status, SDG targets). A field left out is left as it is.
 */
export const sectionSaveSchema = z.object({
  language: localeField,
  version: z.coerce.number().int().min(0),
  body: text(sectionLimits.body),
  measures: text(sectionLimits.measures),
  partners: text(sectionLimits.partners),
  dataAvailable: text(sectionLimits.dataAvailable),
  objectiveStatus: z.union([z.literal(''), z.enum(objectiveStatuses)]).optional(),
  sdgTargets: text(sectionLimits.sdgTargets),
});
export type SectionSaveInput = z.infer<typeof sectionSaveSchema>;

const title = z.string().trim().max(reviewTitleMax).optional().default('');

export const openReviewSchema = z
  .object({
    kind: z.enum(reviewKinds),
    countryIso3: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    organisationId: z
      .uuid()
      .optional()
      .or(z.literal('').transform(() => undefined)),
    freeForm: z
      .union([z.boolean(), z.enum(['true', 'on', '1', 'false', ''])])
      .optional()
      .transform((v) => v === true || v === 'true' || v === 'on' || v === '1'),
    titleAr: title,
    titleEn: title,
    originalLanguage: localeField,
  })
  .superRefine((v, ctx) => {
    const own = v.originalLanguage === 'ar' ? v.titleAr : v.titleEn;
    if (!own) {
      ctx.addIssue({
        code: 'custom',
        path: [v.originalLanguage === 'ar' ? 'titleAr' : 'titleEn'],
        message: 'errors.reviewTitleRequired',
      });
    }
    if (v.kind === 'national' && !v.countryIso3) {
      ctx.addIssue({ code: 'custom', path: ['countryIso3'], message: 'errors.required' });
    }
    if (v.kind === 'parallel' && !v.organisationId) {
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'errors.required' });
    }
  });
export type OpenReviewInput = z.input<typeof openReviewSchema>;

export const titleSchema = z
  .object({
    version: z.coerce.number().int().min(1),
    titleAr: title,
    titleEn: title,
    originalLanguage: localeField,
  })
  .superRefine((v, ctx) => {
    if (!(v.originalLanguage === 'ar' ? v.titleAr : v.titleEn)) {
      ctx.addIssue({
        code: 'custom',
        path: [v.originalLanguage === 'ar' ? 'titleAr' : 'titleEn'],
        message: 'errors.reviewTitleRequired',
      });
    }
  });

export const commentBodySchema = z
  .string()
  .transform(cleanText)
  .pipe(z.string().trim().min(1).max(commentMax));

export const coEditorSchema = z.object({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  name: z.string().trim().max(120).optional().default(''),
  language: localeField,
});

/** An objective by its number (1–23). */
const objectiveTag = z.coerce
  .number(code('invalidChoice'))
  .int(code('invalidChoice'))
  .min(1, code('invalidChoice'))
  .max(23, code('invalidChoice'));

/** The objectives a free-form parallel review is tagged with (checkboxes named `objectives`). */
export const reviewObjectivesSchema = z.object({
  version: z.coerce.number().int().min(1),
  objectives: list(objectiveTag, { max: 23 }),
});
