import { z } from 'zod';
import { expertLanguages } from '#db/schema/hub-expert-values';
import { hubSupportKinds, supportTargets } from '#db/schema/pledge-support-values';
import { objectiveCount } from '~/modules/reference/constants';
import {
  choice,
  iso3,
  language,
  list,
  number,
  optionalDate,
  optionalText,
  optionalUuid,
  refuse,
  requireOriginal,
  text,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { triageActions } from './support-workflow';

export const SUPPORT_TOPIC_MAX = 200;
export const SUPPORT_DETAIL_MIN = 20;
export const SUPPORT_DETAIL_MAX = 4000;
export const SUPPORT_NOTE_MAX = 4000;

/** What a state or stakeholder asks: topic, what is needed, kind, objectives, country, languages, deadline. */
export const hubSupportSchema = z
  .object({
    topic: translatedText({ max: SUPPORT_TOPIC_MAX }),
    description: translatedText({ max: SUPPORT_DETAIL_MAX, min: SUPPORT_DETAIL_MIN }),
    originalLanguage: language(),
    kind: choice(hubSupportKinds),
    objectives: list(number({ int: true, min: 1, max: objectiveCount }), { min: 1, max: objectiveCount }),
    countryIso3: iso3(),
    languages: list(choice(expertLanguages), { min: 1, max: expertLanguages.length }),
    deadline: optionalDate(),
    reviewId: optionalUuid(),
    target: choice(supportTargets).default('network_secretariat'),
  })
  .superRefine((v, ctx) => {
    if (!v.topic.ar && !v.topic.en) refuse(ctx, ['topic'], 'translationRequired');
    else requireOriginal(ctx, v.topic, v.originalLanguage, ['originalLanguage'], 'supportOriginalMissing');
    if (!v.description.ar && !v.description.en) refuse(ctx, ['description'], 'supportDescriptionRequired');
    else
      requireOriginal(ctx, v.description, v.originalLanguage, ['originalLanguage'], 'supportOriginalMissing');
  })
  .transform((v) => ({
    ...v,
    objectives: [...new Set(v.objectives)].sort((a, b) => a - b),
    languages: [...new Set(v.languages)],
  }));
export type HubSupportInput = z.output<typeof hubSupportSchema>;

/**
 * The secretariat's triage: an action and a note (the reason to decline, the question to ask for
 * detail, what was done on closing), and for `assign` an entity by name and/or an expert of the Hub.
 */
export const triageSchema = z
  .object({
    action: choice(triageActions),
    note: optionalText({ max: SUPPORT_NOTE_MAX }),
    assignedEntity: optionalText({ max: 300 }),
    assignedExpertId: optionalUuid(),
  })
  .superRefine((v, ctx) => {
    if ((v.action === 'decline' || v.action === 'ask_detail') && !v.note)
      refuse(ctx, ['note'], 'supportNoteRequired');
    if (v.action === 'assign' && !v.assignedEntity && !v.assignedExpertId)
      refuse(ctx, ['assignedEntity'], 'supportAssigneeRequired');
  });
export type TriageInput = z.output<typeof triageSchema>;

/** The requester's answer when the secretariat asked for more detail. */
export const supportDetailSchema = z.object({ detail: text({ max: SUPPORT_DETAIL_MAX, min: 1 }) });

export const parseHubSupport = (raw: unknown) => parseInput(hubSupportSchema, raw);
export const parseTriage = (raw: unknown) => parseInput(triageSchema, raw);
export const parseSupportDetail = (raw: unknown) => parseInput(supportDetailSchema, raw);
