import { z } from 'zod';
import { expertAvailabilities, expertLanguages } from '#db/schema/hub-expert-values';
import { objectiveCount } from '~/modules/reference/constants';
import {
  choice,
  email,
  language,
  list,
  number,
  optionalText,
  refuse,
  requireOriginal,
  text,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';

export const EXPERT_BIOGRAPHY_MIN = 20;
export const EXPERT_BIOGRAPHY_MAX = 2000;
export const EXPERT_MESSAGE_MIN = 10;
export const EXPERT_MESSAGE_MAX = 4000;

/** What an expert says about themself: expertise, languages, regions, organisation, biography, availability, contact. */
export const expertProfileSchema = z
  .object({
    name: text({ max: 200 }),
    organisation: optionalText({ max: 300 }),
    biography: translatedText({ max: EXPERT_BIOGRAPHY_MAX, min: EXPERT_BIOGRAPHY_MIN }),
    originalLanguage: language(),
    objectives: list(number({ int: true, min: 1, max: objectiveCount }), { min: 1, max: objectiveCount }),
    principles: list(text({ max: 60 }), { max: 20 }),
    languages: list(choice(expertLanguages), { min: 1, max: expertLanguages.length }),
    regions: list(text({ max: 40 }), { min: 1, max: 30 }),
    availability: choice(expertAvailabilities),
    contactEmail: email(),
    telephone: optionalText({ max: 40 }),
  })
  .superRefine((v, ctx) => {
    if (!v.biography.ar && !v.biography.en) refuse(ctx, ['biography'], 'translationRequired');
    else
      requireOriginal(ctx, v.biography, v.originalLanguage, ['originalLanguage'], 'hubExpertOriginalMissing');
  })
  .transform((v) => ({
    ...v,
    objectives: [...new Set(v.objectives)].sort((a, b) => a - b),
    principles: [...new Set(v.principles)],
    languages: [...new Set(v.languages)],
    regions: [...new Set(v.regions)],
  }));
export type ExpertProfileInput = z.output<typeof expertProfileSchema>;

/** A Hub editor's vetting: approve, or decline with the reason the expert reads. */
export const expertVettingSchema = z
  .object({ decision: choice(['approve', 'decline'] as const), reason: optionalText({ max: 2000 }) })
  .superRefine((v, ctx) => {
    if (v.decision === 'decline' && !v.reason) refuse(ctx, ['reason'], 'hubExpertReasonRequired');
  });

/** A message to an expert through the platform. */
export const expertMessageSchema = z.object({
  subject: text({ max: 200 }),
  body: text({ max: EXPERT_MESSAGE_MAX, min: EXPERT_MESSAGE_MIN }),
});

export const parseExpertProfile = (raw: unknown) => parseInput(expertProfileSchema, raw);
export const parseExpertVetting = (raw: unknown) => parseInput(expertVettingSchema, raw);
export const parseExpertMessage = (raw: unknown) => parseInput(expertMessageSchema, raw);
