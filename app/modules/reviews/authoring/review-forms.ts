import { z } from 'zod';
import { objectiveStatuses, reviewKinds } from '#db/schema/review-values';
import { sdgTargetList } from '~/modules/reference/sdg-target-field';
import {
  checkbox,
  choice,
  code,
  email,
  type Language,
  language,
  list,
  optionalIso3,
  optionalText,
  optionalUuid,
  refuse,
  requireOriginal,
  type Translated,
  text,
  translatedText,
} from '~/platform/forms/fields';
import { plainText } from '~/platform/text/normalise-text';
import { commentMax, maxSectionSdgTargets, reviewTitleMax, sectionLimits } from './section-content';

/**
 * The Zod schemas of the review forms, shared by the pages (HTML limits, parseForm) and the domain
 * operations (which parse their input again). Free of the ORM so pages can import it.
 */

/** A section's text in one language; '' clears it, a field left out is left as it is. */
const sectionText = (max: number) => z.string().transform(plainText).pipe(z.string().max(max)).optional();

/**
 * One save of one section, in one language: the texts of that language, and the language-neutral
 * fields (implementation status, SDG targets). A field left out is left as it is.
 */
export const sectionSaveSchema = z.object({
  language: language(),
  version: z.coerce.number().int().min(0),
  body: sectionText(sectionLimits.body),
  measures: sectionText(sectionLimits.measures),
  partners: sectionText(sectionLimits.partners),
  dataAvailable: sectionText(sectionLimits.dataAvailable),
  objectiveStatus: z.union([z.literal(''), z.enum(objectiveStatuses)]).optional(),
  // The form sends an empty `sdgTargets` beside the checkboxes, so none ticked clears the list.
  sdgTargets: sdgTargetList({ max: maxSectionSdgTargets }).optional(),
  sdgTargetsNote: sectionText(sectionLimits.sdgTargetsNote),
});
export type SectionSaveInput = z.infer<typeof sectionSaveSchema>;

const title = () => translatedText({ max: reviewTitleMax });

/** A review's title must be given in its original language (refused beside that language's field). */
const titleInOriginal = (v: { title: Translated; originalLanguage: Language }, ctx: z.RefinementCtx) =>
  requireOriginal(ctx, v.title, v.originalLanguage, ['title', v.originalLanguage], 'reviewTitleRequired');

export const openReviewSchema = z
  .object({
    kind: choice(reviewKinds),
    countryIso3: optionalIso3(),
    organisationId: optionalUuid(),
    freeForm: checkbox(),
    title: title(),
    originalLanguage: language(),
  })
  .superRefine((v, ctx) => {
    titleInOriginal(v, ctx);
    if (v.kind === 'national' && !v.countryIso3) refuse(ctx, ['countryIso3'], 'required');
    if (v.kind === 'parallel' && !v.organisationId) refuse(ctx, ['organisationId'], 'required');
  });
export type OpenReviewInput = z.input<typeof openReviewSchema>;

export const titleSchema = z
  .object({
    version: z.coerce.number().int().min(1),
    title: title(),
    originalLanguage: language(),
  })
  .superRefine(titleInOriginal);

export const commentBodySchema = text({ max: commentMax });

export const coEditorSchema = z.object({
  email: email(),
  name: optionalText({ max: 120 }),
  language: language(),
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
