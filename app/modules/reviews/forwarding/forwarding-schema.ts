import { z } from 'zod';
import { forwardedDocuments } from '#db/schema/review-forwarding-values';
import {
  choice,
  date,
  list,
  optionalText,
  optionalUuid,
  refuse,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';

export const FORUM_NAME_MAX = 120;
export const FORWARDING_NOTE_MAX = 2000;

/** The year in the example of a forum's name the form gives ("IMRF 2026"; the IMRF meets every four years from 2022). */
export const exampleForumYear = 2026;
/**
 * The "Forward to the IMRF" form: the published documents chosen (synthesis, outcome), the IMRF
 * meeting of the platform or, when there is none, the forum's name ("IMRF 2026"), the day and a note.
 */
export const forwardingInputSchema = z
  .object({
    documents: list(choice(forwardedDocuments), { min: 1 }),
    meetingId: optionalUuid(),
    forumName: optionalText({ max: FORUM_NAME_MAX }),
    forwardedOn: date(),
    note: translatedText({ max: FORWARDING_NOTE_MAX }),
  })
  .superRefine((v, ctx) => {
    if (!v.meetingId && !v.forumName)
      refuse(ctx, ['forumName'], 'forwardingForumRequired', { year: exampleForumYear });
  });
export type ForwardingInput = z.output<typeof forwardingInputSchema>;

export const parseForwardingInput = (raw: unknown): ForwardingInput => parseInput(forwardingInputSchema, raw);
