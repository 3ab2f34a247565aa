import { z } from 'zod';
import { sectionFields, sectionKinds } from '#db/schema/review-values';
import { objectiveCount } from '~/modules/reference/constants';
import {
  checkbox,
  choice,
  code,
  list,
  optionalNumber,
  refuse,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { hasText } from '../cycles/input-fields';
import {
  MAX_SECTIONS,
  SECTION_GUIDANCE_MAX,
  SECTION_TITLE_MAX,
  TEMPLATE_DESCRIPTION_MAX,
  TEMPLATE_TITLE_MAX,
} from './template-limits';

export const templateInputSchema = z.object({
  title: translatedText({ max: TEMPLATE_TITLE_MAX }).refine(hasText, code('titleInOneLanguage')),
  description: translatedText({ max: TEMPLATE_DESCRIPTION_MAX }),
});
export type TemplateInput = z.output<typeof templateInputSchema>;

export const sectionInputSchema = z
  .object({
    kind: choice(sectionKinds),
    objective: optionalNumber({ invalid: 'invalidChoice', int: true, min: 1, max: objectiveCount }),
    title: translatedText({ max: SECTION_TITLE_MAX }).refine(hasText, code('titleInOneLanguage')),
    guidance: translatedText({ max: SECTION_GUIDANCE_MAX }),
    required: checkbox(),
    fields: list(choice(sectionFields), { max: 1000 }),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'objective' && s.objective === undefined)
      refuse(ctx, ['objective'], 'templateObjectiveRequired');
  })
  .transform((s) => ({
    ...s,
    objective: s.kind === 'objective' ? (s.objective ?? null) : null,
    fields: [...new Set(s.fields)],
  }));
export type SectionInput = z.output<typeof sectionInputSchema>;

export const parseTemplateInput = (raw: unknown): TemplateInput => parseInput(templateInputSchema, raw);
export const parseSectionInput = (raw: unknown): SectionInput => parseInput(sectionInputSchema, raw);

export {
  MAX_SECTIONS,
  SECTION_GUIDANCE_MAX,
  SECTION_TITLE_MAX,
  TEMPLATE_DESCRIPTION_MAX,
  TEMPLATE_TITLE_MAX,
};
