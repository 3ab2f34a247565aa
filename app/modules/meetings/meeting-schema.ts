import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import {
  meetingKinds,
  meetingLanguages,
  sessionKinds,
  speakerGenders,
  speakerRoles,
  speakerSectors,
  statementSpeakerKinds,
} from '#db/schema/meeting-values';
import { objectiveCount } from '~/modules/reference/constants';
import { code, date, language, list, optionalText, text } from '~/platform/forms/fields';
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
 * The meeting forms (meeting, session, speaker, decision), one Zod schema each. Field names are the
 * form's own (titleAr, startTime, …) so a refused field maps straight back to its input; the output
 * is the stored shape. Limits live in meeting-limits.ts.
 */

const toInput = (v: unknown) =>
  typeof v === 'string' ? normaliseDigits(v).trim() || undefined : (v ?? undefined);
const clockTime = z.preprocess(
  toInput,
  z.string(code('invalidTime')).regex(/^([01]\d|2[0-3]):[0-5]\d$/, code('invalidTime')),
);

const iso3 = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z.string().regex(/^[A-Z]{3}$/, code('invalidChoice')),
);
const objective = z.preprocess(
  (v) => (typeof v === 'string' && /^\d+$/.test(normaliseDigits(v).trim()) ? Number(normaliseDigits(v)) : v),
  z
    .number(code('invalidChoice'))
    .int(code('invalidChoice'))
    .min(1, code('invalidChoice'))
    .max(objectiveCount, code('invalidChoice')),
);
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.enum(values, code('invalidChoice')).optional(),
  );
const percent = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : Number(normaliseDigits(String(v)))),
  z
    .number(code('invalidFormat'))
    .int(code('invalidFormat'))
    .min(0, code('percentOutOfRange'))
    .max(100, code('percentOutOfRange'))
    .optional(),
);
const bool = z.preprocess((v) => v === 'on' || v === 'true' || v === '1' || v === true, z.boolean());

const translatedOf = (ar?: string, en?: string): Translated => ({
  ...(ar ? { ar } : {}),
  ...(en ? { en } : {}),
});
const issuesOf = (ctx: z.RefinementCtx) => (path: string, code: string) =>
  ctx.addIssue({ code: 'custom', path: [path], message: `errors.${code}` });

export const meetingInputSchema = z
  .object({
    kind: z.enum(meetingKinds, code('invalidChoice')),
    titleAr: optionalText({ max: MEETING_TITLE_MAX }),
    titleEn: optionalText({ max: MEETING_TITLE_MAX }),
    summaryAr: optionalText({ max: MEETING_SUMMARY_MAX }),
    summaryEn: optionalText({ max: MEETING_SUMMARY_MAX }),
    originalLanguage: language(),
    organisers: optionalText({ max: ORGANISERS_MAX }),
    partners: optionalText({ max: ORGANISERS_MAX }),
    startsOn: date(),
    endsOn: date(),
    timeZone: z.preprocess(
      toInput,
      z.string(code('invalidTimeZone')).refine(isTimeZone, code('invalidTimeZone')),
    ),
    venue: optionalText({ max: VENUE_MAX }),
    onlineUrl: z.preprocess(
      toInput,
      z
        .url(code('invalidUrl'))
        .max(URL_MAX)
        .refine((u) => /^https?:\/\//i.test(u), code('invalidUrl'))
        .optional(),
    ),
    languages: list(z.enum(meetingLanguages, code('invalidChoice'))),
    interpretation: bool,
    regionId: z.preprocess(toInput, z.string().max(60).optional()),
    cycleId: z.preprocess(toInput, z.uuid(code('invalidChoice')).optional()),
    participatingCountries: list(iso3),
    minWomenPercent: percent,
    minNonGovernmentPercent: percent,
    maxSubregionPercent: percent,
  })
  .superRefine((m, ctx) => {
    const issue = issuesOf(ctx);
    const lang = m.originalLanguage === 'ar' ? 'Ar' : 'En';
    if (!m[`title${lang}`]) issue(`title${lang}`, 'meetingTitleRequired');
    if (m.endsOn < m.startsOn) issue('endsOn', 'datesOutOfOrder');
    if (!m.venue && !m.onlineUrl) issue('venue', 'meetingPlaceRequired');
  })
  .transform((m) => ({
    kind: m.kind,
    title: translatedOf(m.titleAr, m.titleEn),
    summary: translatedOf(m.summaryAr, m.summaryEn),
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
    balanceTargets: {
      ...(m.minWomenPercent !== undefined ? { minWomenPercent: m.minWomenPercent } : {}),
      ...(m.minNonGovernmentPercent !== undefined
        ? { minNonGovernmentPercent: m.minNonGovernmentPercent }
        : {}),
      ...(m.maxSubregionPercent !== undefined ? { maxSubregionPercent: m.maxSubregionPercent } : {}),
    },
  }));
export type MeetingInput = z.output<typeof meetingInputSchema>;

/** A session of the agenda: its day and times are in the meeting's time zone. */
export const sessionInputSchema = z
  .object({
    kind: z.enum(sessionKinds, code('invalidChoice')),
    titleAr: optionalText({ max: SESSION_TITLE_MAX }),
    titleEn: optionalText({ max: SESSION_TITLE_MAX }),
    summaryAr: optionalText({ max: SESSION_SUMMARY_MAX }),
    summaryEn: optionalText({ max: SESSION_SUMMARY_MAX }),
    day: date(),
    startTime: clockTime,
    endTime: clockTime,
    room: optionalText({ max: ROOM_MAX }),
    objectives: list(objective),
    coChairs: list(iso3).pipe(z.array(z.string()).max(MAX_CO_CHAIRS)),
  })
  .superRefine((s, ctx) => {
    const issue = issuesOf(ctx);
    if (!s.titleAr && !s.titleEn) issue('titleAr', 'sessionTitleRequired');
    if (s.endTime <= s.startTime) issue('endTime', 'timesOutOfOrder');
  })
  .transform((s) => ({
    kind: s.kind,
    title: translatedOf(s.titleAr, s.titleEn),
    summary: translatedOf(s.summaryAr, s.summaryEn),
    day: s.day,
    startTime: s.startTime,
    endTime: s.endTime,
    room: s.room ?? '',
    objectives: [...new Set(s.objectives)].sort((a, b) => a - b),
    coChairs: [...new Set(s.coChairs)],
  }));
export type SessionInput = z.output<typeof sessionInputSchema>;

/** A speaker invited by the organisers or nominated by a signed-in person; demographics are voluntary. */
export const speakerInputSchema = z.object({
  sessionId: z.uuid(code('invalidChoice')),
  name: text({ max: SPEAKER_NAME_MAX }),
  affiliation: optionalText({ max: AFFILIATION_MAX }),
  role: z.enum(speakerRoles, code('invalidChoice')),
  relevance: optionalText({ max: RELEVANCE_MAX }),
  gender: optionalChoice(speakerGenders),
  countryIso3: z.preprocess((v) => (v === '' ? undefined : v), iso3.optional()),
  stakeholderCategory: z.preprocess(toInput, z.string().max(60).optional()),
  sector: optionalChoice(speakerSectors),
});
export type SpeakerInput = z.output<typeof speakerInputSchema>;

export const decisionInputSchema = z
  .object({
    decision: z.enum(['accept', 'decline'], code('invalidChoice')),
    reason: optionalText({ max: REASON_MAX }),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'decline' && !d.reason) issuesOf(ctx)('reason', 'declineReasonRequired');
  });

/** A statement delivered at the meeting: who, in which language, on which day, and its text. */
export const statementInputSchema = z
  .object({
    speakerKind: z.enum(statementSpeakerKinds, code('invalidChoice')),
    countryIso3: z.preprocess((v) => (v === '' ? undefined : v), iso3.optional()),
    speakerName: optionalText({ max: SPEAKER_NAME_MAX }),
    sessionId: z.preprocess(toInput, z.uuid(code('invalidChoice')).optional()),
    language: z.enum(meetingLanguages, code('invalidChoice')),
    deliveredOn: date(),
    titleAr: optionalText({ max: STATEMENT_TITLE_MAX }),
    titleEn: optionalText({ max: STATEMENT_TITLE_MAX }),
    bodyAr: optionalText({ max: STATEMENT_BODY_MAX }),
    bodyEn: optionalText({ max: STATEMENT_BODY_MAX }),
    objectives: list(objective),
  })
  .superRefine((s, ctx) => {
    const issue = issuesOf(ctx);
    if (s.speakerKind === 'state' && !s.countryIso3) issue('countryIso3', 'statementStateRequired');
    if (s.speakerKind !== 'state' && !s.speakerName) issue('speakerName', 'statementSpeakerRequired');
    if (!s.bodyAr && !s.bodyEn) issue('bodyAr', 'statementTextRequired');
  })
  .transform((s) => ({
    speakerKind: s.speakerKind,
    countryIso3: s.speakerKind === 'state' ? (s.countryIso3 ?? null) : null,
    speakerName: s.speakerKind === 'state' ? '' : (s.speakerName ?? ''),
    sessionId: s.sessionId ?? null,
    language: s.language,
    deliveredOn: s.deliveredOn,
    title: translatedOf(s.titleAr, s.titleEn),
    body: translatedOf(s.bodyAr, s.bodyEn),
    objectives: [...new Set(s.objectives)].sort((a, b) => a - b),
  }));
export type StatementInput = z.output<typeof statementInputSchema>;

export const parseStatementInput = (raw: unknown): StatementInput => parseInput(statementInputSchema, raw);
export const parseMeetingInput = (raw: unknown): MeetingInput => parseInput(meetingInputSchema, raw);
export const parseSessionInput = (raw: unknown): SessionInput => parseInput(sessionInputSchema, raw);
export const parseSpeakerInput = (raw: unknown): SpeakerInput => parseInput(speakerInputSchema, raw);
export const parseDecisionInput = (raw: unknown) => parseInput(decisionInputSchema, raw);
