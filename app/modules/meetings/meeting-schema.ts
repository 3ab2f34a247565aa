import { z } from 'zod';
import {
  type BalanceTargets,
  meetingKinds,
  meetingLanguages,
  sessionKinds,
  speakerGenders,
  speakerRoles,
  speakerSectors,
  statementSpeakerKinds,
} from '#db/schema/meeting-values';
import { objectiveNumber } from '~/modules/pledges/pledge-schema';
import {
  checkbox,
  choice,
  code,
  date,
  iso3,
  language,
  list,
  optionalChoice,
  optionalIso3,
  optionalNumber,
  optionalText,
  optionalUrl,
  optionalUuid,
  refuse,
  requireOriginal,
  text,
  translatedText,
  uuid,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { normaliseDigits } from '~/platform/text/normalise-text';
import { isTimeZone } from '~/platform/time-zone';
import {
  AFFILIATION_MAX,
  MAX_CO_CHAIRS,
  MEETING_SUMMARY_MAX,
  MEETING_TITLE_MAX,
  ORGANISERS_MAX,
  REASON_MAX,
  RELEVANCE_MAX,
  ROOM_MAX,
  SESSION_SUMMARY_MAX,
  SESSION_TITLE_MAX,
  SPEAKER_NAME_MAX,
  STATEMENT_BODY_MAX,
  STATEMENT_TITLE_MAX,
  URL_MAX,
  VENUE_MAX,
} from './meeting-limits';

/**
 * The meeting forms (meeting, session, speaker, decision, statement), one Zod schema each, built
 * from the form kit. Field names are the schema's paths (`title.ar`, `summary.en`,
 * `balanceTargets.minWomenPercent`), so a refusal lands beside its input; the output is the stored
 * shape. Limits live in meeting-limits.ts (shared with the forms).
 */

/** A time of day (HH:MM, 24 hours), typed in any digits. */
export const clockTime = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? normaliseDigits(v).trim() || undefined : (v ?? undefined)),
    z.string(code('invalidTime')).regex(/^([01]\d|2[0-3]):[0-5]\d$/, code('invalidTime')),
  );

/** An IANA time zone (Africa/Cairo). */
const timeZone = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() || undefined : (v ?? undefined)),
    z.string(code('invalidTimeZone')).refine(isTimeZone, code('invalidTimeZone')),
  );

/** A whole percentage, 0–100; blank means no target. */
const percent = () =>
  optionalNumber({ invalid: 'invalidFormat', int: true }).refine(
    (n) => n === undefined || (n >= 0 && n <= 100),
    code('percentOutOfRange'),
  );

/** The balance targets the organisers set, only those given. */
const balanceTargets = z
  .object({
    minWomenPercent: percent(),
    minNonGovernmentPercent: percent(),
    maxSubregionPercent: percent(),
  })
  .default({})
  .transform((t) => {
    const out: BalanceTargets = {};
    if (t.minWomenPercent !== undefined) out.minWomenPercent = t.minWomenPercent;
    if (t.minNonGovernmentPercent !== undefined) out.minNonGovernmentPercent = t.minNonGovernmentPercent;
    if (t.maxSubregionPercent !== undefined) out.maxSubregionPercent = t.maxSubregionPercent;
    return out;
  });

const objectives = () => list(objectiveNumber);
const inOrder = (ns: readonly number[]) => [...new Set(ns)].sort((a, b) => a - b);

export const meetingInputSchema = z
  .object({
    kind: choice(meetingKinds),
    title: translatedText({ max: MEETING_TITLE_MAX }),
    summary: translatedText({ max: MEETING_SUMMARY_MAX }),
    originalLanguage: language(),
    organisers: optionalText({ max: ORGANISERS_MAX }),
    partners: optionalText({ max: ORGANISERS_MAX }),
    startsOn: date(),
    endsOn: date(),
    timeZone: timeZone(),
    venue: optionalText({ max: VENUE_MAX }),
    onlineUrl: optionalUrl({ max: URL_MAX }),
    languages: list(choice(meetingLanguages)),
    interpretation: checkbox(),
    regionId: optionalText({ max: 60 }),
    cycleId: optionalUuid(),
    participatingCountries: list(iso3()),
    balanceTargets,
  })
  .superRefine((m, ctx) => {
    const lang = m.originalLanguage;
    requireOriginal(ctx, m.title, lang, ['title', lang], 'meetingTitleRequired');
    if (m.endsOn < m.startsOn) refuse(ctx, ['endsOn'], 'datesOutOfOrder');
    if (!m.venue && !m.onlineUrl) refuse(ctx, ['venue'], 'meetingPlaceRequired');
  })
  .transform((m) => ({
    kind: m.kind,
    title: m.title,
    summary: m.summary,
    originalLanguage: m.originalLanguage,
    organisers: m.organisers ?? '',
    partners: m.partners ?? '',
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    timeZone: m.timeZone,
    venue: m.venue ?? '',
    onlineUrl: m.onlineUrl ?? '',
    languages: [...new Set(m.languages)],
    interpretation: m.interpretation,
    regionId: m.regionId ?? null,
    cycleId: m.cycleId ?? null,
    participatingCountries: [...new Set(m.participatingCountries)].sort(),
    balanceTargets: m.balanceTargets,
  }));
export type MeetingInput = z.output<typeof meetingInputSchema>;

/** A session of the agenda: its day and times are in the meeting's time zone. */
export const sessionInputSchema = z
  .object({
    kind: choice(sessionKinds),
    title: translatedText({ max: SESSION_TITLE_MAX }),
    summary: translatedText({ max: SESSION_SUMMARY_MAX }),
    day: date(),
    startTime: clockTime(),
    endTime: clockTime(),
    room: optionalText({ max: ROOM_MAX }),
    objectives: objectives(),
    coChairs: list(iso3(), { max: MAX_CO_CHAIRS }),
  })
  .superRefine((s, ctx) => {
    if (!s.title.ar && !s.title.en) refuse(ctx, ['title', 'ar'], 'sessionTitleRequired');
    if (s.endTime <= s.startTime) refuse(ctx, ['endTime'], 'timesOutOfOrder');
  })
  .transform((s) => ({
    ...s,
    room: s.room ?? '',
    objectives: inOrder(s.objectives),
    coChairs: [...new Set(s.coChairs)],
  }));
export type SessionInput = z.output<typeof sessionInputSchema>;

/** A speaker invited by the organisers or nominated by a signed-in person; demographics are voluntary. */
export const speakerInputSchema = z.object({
  sessionId: uuid(),
  name: text({ max: SPEAKER_NAME_MAX }),
  affiliation: optionalText({ max: AFFILIATION_MAX }),
  role: choice(speakerRoles),
  relevance: optionalText({ max: RELEVANCE_MAX }),
  gender: optionalChoice(speakerGenders),
  countryIso3: optionalIso3(),
  stakeholderCategory: optionalText({ max: 60 }),
  sector: optionalChoice(speakerSectors),
});
export type SpeakerInput = z.output<typeof speakerInputSchema>;

export const decisionInputSchema = z
  .object({
    decision: choice(['accept', 'decline']),
    reason: optionalText({ max: REASON_MAX }),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'decline' && !d.reason) refuse(ctx, ['reason'], 'declineReasonRequired');
  });

/**
 * A statement delivered at the meeting: who, in which language, on which day, and its text — or its
 * file instead (`withFile`: the upload arrives beside the fields).
 */
export const statementInputSchemaFor = (withFile: boolean) =>
  z
    .object({
      speakerKind: choice(statementSpeakerKinds),
      countryIso3: optionalIso3(),
      speakerName: optionalText({ max: SPEAKER_NAME_MAX }),
      sessionId: optionalUuid(),
      language: choice(meetingLanguages),
      deliveredOn: date(),
      title: translatedText({ max: STATEMENT_TITLE_MAX }),
      body: translatedText({ max: STATEMENT_BODY_MAX }),
      objectives: objectives(),
    })
    .superRefine((s, ctx) => {
      if (s.speakerKind === 'state' && !s.countryIso3) refuse(ctx, ['countryIso3'], 'statementStateRequired');
      if (s.speakerKind !== 'state' && !s.speakerName)
        refuse(ctx, ['speakerName'], 'statementSpeakerRequired');
      if (!withFile && !s.body.ar && !s.body.en) refuse(ctx, ['body', 'ar'], 'statementTextRequired');
    })
    .transform((s) => ({
      speakerKind: s.speakerKind,
      countryIso3: s.speakerKind === 'state' ? (s.countryIso3 ?? null) : null,
      speakerName: s.speakerKind === 'state' ? '' : (s.speakerName ?? ''),
      sessionId: s.sessionId ?? null,
      language: s.language,
      deliveredOn: s.deliveredOn,
      title: s.title,
      body: s.body,
      objectives: inOrder(s.objectives),
    }));
export const statementInputSchema = statementInputSchemaFor(false);
export type StatementInput = z.output<typeof statementInputSchema>;

export const parseStatementInput = (raw: unknown, options: { withFile?: boolean } = {}): StatementInput =>
  parseInput(statementInputSchemaFor(options.withFile ?? false), raw);
export const parseMeetingInput = (raw: unknown): MeetingInput => parseInput(meetingInputSchema, raw);
export const parseSessionInput = (raw: unknown): SessionInput => parseInput(sessionInputSchema, raw);
export const parseSpeakerInput = (raw: unknown): SpeakerInput => parseInput(speakerInputSchema, raw);
export const parseDecisionInput = (raw: unknown) => parseInput(decisionInputSchema, raw);
