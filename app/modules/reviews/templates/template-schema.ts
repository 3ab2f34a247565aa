import { z } from 'zod';
import { sectionFields, sectionKinds } from '#db/schema/review-values';
import { objectiveCount } from '~/modules/reference/constants';
import { parseInput } from '~/platform/forms/issues';
import { bool, err, hasText, list, translatedText } from '../cycles/input-fields';
import {
  MAX_SECTIONS,
  SECTION_GUIDANCE_MAX,
  SECTION_TITLE_MAX,
  TEMPLATE_DESCRIPTION_MAX,
  TEMPLATE_TITLE_MAX,
} from './template-limits';

export const templateInputSchema = z.object({
  title: translatedText(TEMPLATE_TITLE_MAX).refine(hasText, err('titleInOneLanguage')),
  description: translatedText(TEMPLATE_DESCRIPTION_MAX),
});
export type TemplateInput = z.output<typeof templateInputSchema>;

export const sectionInputSchema = z
  .object({
    kind: z.enum(sectionKinds, err('invalidChoice')),
    objective: z.preprocess(
      (v) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
      z.number(err('invalidChoice')).int().min(1).max(objectiveCount).optional(),
    ),
    title: translatedText(SECTION_TITLE_MAX).refine(hasText, err('titleInOneLanguage')),
    guidance: translatedText(SECTION_GUIDANCE_MAX),
    required: bool.default(false),
    fields: list(z.enum(sectionFields, err('invalidChoice'))),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'objective' && s.objective === undefined) {
      ctx.addIssue({ code: 'custom', path: ['objective'], message: 'errors.templateObjectiveRequired' });
    }
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
