import { z } from 'zod';
import { sideEventFormats } from '#db/schema/meeting-side-event-values';
import { meetingLanguages } from '#db/schema/meeting-values';
import { objectiveNumber } from '~/modules/pledges/pledge-schema';
import {
  checkbox,
  choice,
  date,
  list,
  optionalDate,
  optionalText,
  refuse,
  text,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { plainText } from '~/platform/text/normalise-text';
import { clockTime } from '../meeting-schema';

/**
 * The side-event forms (proposal, settings, acceptance, decline), one Zod schema each, built from the
 * form kit; field names are the schema's paths so a refusal lands beside its input. Limits are named
 * here and read by the forms too.
 */
export const SIDE_EVENT_TITLE_MAX = 300;
export const SIDE_EVENT_ORGANISATION_MAX = 200;
export const SIDE_EVENT_ORGANISERS_MAX = 10;
export const SIDE_EVENT_DESCRIPTION_MAX = 4000;
export const SIDE_EVENT_REASON_MAX = 2000;
export const SIDE_EVENT_ROOM_MAX = 120;
export const GCM_OBJECTIVES = 23;

/** Co-organisers, one per line (or repeated fields): blank lines out, each plain, no repeats. */
const organiserNames = z.preprocess(
  (v) =>
    (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\r?\n/) : [])
      .map((s) => (typeof s === 'string' ? plainText(s) : s))
      .filter((s) => s !== ''),
  z.array(z.string().max(SIDE_EVENT_ORGANISATION_MAX)).max(SIDE_EVENT_ORGANISERS_MAX),
);

export const proposalInputSchema = z
  .object({
    // Checked on the field itself, so the refusal shows even when other fields are refused too.
    title: translatedText({ max: SIDE_EVENT_TITLE_MAX }).superRefine((t, ctx) => {
      if (!t.ar && !t.en) refuse(ctx, ['ar'], 'sideEventTitleRequired');
    }),
    proposingOrganisation: text({ max: SIDE_EVENT_ORGANISATION_MAX }),
    organisers: organiserNames,
    description: text({ max: SIDE_EVENT_DESCRIPTION_MAX }),
    objectives: list(objectiveNumber, { min: 1, max: GCM_OBJECTIVES }),
    format: choice(sideEventFormats),
    preferredDay: date(),
    languages: list(choice(meetingLanguages), { min: 1 }),
  })
  .transform((p) => ({
    ...p,
    organisers: [...new Set(p.organisers)],
    objectives: [...new Set(p.objectives)].sort((a, b) => a - b),
    languages: [...new Set(p.languages)],
    originalLanguage: p.title.ar ? ('ar' as const) : ('en' as const),
  }));
export type ProposalInput = z.output<typeof proposalInputSchema>;

export const sideEventSettingsSchema = z.object({
  open: checkbox(),
  closesOn: optionalDate(),
});
export type SideEventSettingsInput = z.output<typeof sideEventSettingsSchema>;

/** Accepting: a slot in the agenda is optional, but a slot is a day with both times. */
export const acceptInputSchema = z
  .object({
    day: optionalDate(),
    startTime: clockTime().optional(),
    endTime: clockTime().optional(),
    room: optionalText({ max: SIDE_EVENT_ROOM_MAX }),
  })
  .superRefine((a, ctx) => {
    const any = Boolean(a.day || a.startTime || a.endTime || a.room);
    if (!any) return;
    if (!a.day) refuse(ctx, ['day'], 'sideEventSlotIncomplete');
    if (!a.startTime) refuse(ctx, ['startTime'], 'sideEventSlotIncomplete');
    if (!a.endTime) refuse(ctx, ['endTime'], 'sideEventSlotIncomplete');
    if (a.startTime && a.endTime && a.endTime <= a.startTime) refuse(ctx, ['endTime'], 'timesOutOfOrder');
  })
  .transform((a) =>
    a.day && a.startTime && a.endTime
      ? { slot: { day: a.day, startTime: a.startTime, endTime: a.endTime, room: a.room ?? '' } }
      : { slot: null },
  );
export type AcceptInput = z.output<typeof acceptInputSchema>;

export const declineInputSchema = z
  .object({
    reason: optionalText({ max: SIDE_EVENT_REASON_MAX }),
  })
  .transform((d, ctx) => {
    if (!d.reason) {
      refuse(ctx, ['reason'], 'sideEventDeclineReasonRequired');
      return z.NEVER;
    }
    return { reason: d.reason };
  });

export const parseProposalInput = (raw: unknown): ProposalInput => parseInput(proposalInputSchema, raw);
export const parseSideEventSettings = (raw: unknown) => parseInput(sideEventSettingsSchema, raw);
export const parseAcceptInput = (raw: unknown): AcceptInput => parseInput(acceptInputSchema, raw);
export const parseDeclineInput = (raw: unknown) => parseInput(declineInputSchema, raw);
