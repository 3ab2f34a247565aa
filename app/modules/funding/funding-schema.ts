import { z } from 'zod';
import { MARKER_MAX, MARKER_MIN } from '#db/schema/funding-values';
import { objectiveCount } from '~/modules/reference/constants';
import { currencyCodes } from '~/platform/currencies';
import {
  amount,
  choice,
  code,
  date,
  language,
  list,
  number,
  optionalIso3,
  optionalNumber,
  optionalText,
  optionalUuid,
  refuse,
  requireOriginal,
  text,
  translatedText,
  url,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { plainText } from '~/platform/text/normalise-text';
import {
  DOCUMENTS_MAX,
  DONOR_MAX,
  DURATION_MONTHS_MAX,
  ENTITIES_MAX,
  ENTITY_NAME_MAX,
  GOVERNMENT_ENTITIES_MIN,
  NOTE_SUMMARY_MAX,
  NOTE_TITLE_MAX,
  REASON_MAX,
  URL_MAX,
  USD_MAX,
} from './funding-limits';

/**
 * The fund's forms, one Zod schema each: concept note, pipeline move, steering committee decision,
 * contribution, transfer. Field names are the schema's paths (`title.ar`, `summary.en`,
 * `reason.ar`, `budgetRequestedUsd`), so a refusal lands beside its input; the output is the stored
 * shape. Limits live in funding-limits.ts (shared with the forms).
 */

/**
 * A list typed one item per line (a textarea) or sent as a list (JSON): each item trimmed, blank
 * lines and repeats dropped, before the kit's `list` checks the items and their number.
 */
const oneItemPerLine = (v: unknown) => {
  const items = typeof v === 'string' ? v.split(/\r?\n/) : v;
  if (!Array.isArray(items)) return items;
  return [...new Set(items.map((i) => (typeof i === 'string' ? plainText(i) : i)).filter((i) => i !== ''))];
};

const names = (options: { min?: number } = {}) =>
  z.preprocess(oneItemPerLine, list(text({ max: ENTITY_NAME_MAX }), { ...options, max: ENTITIES_MAX }));

/** A thematic area by its number (whether it exists is the operation's check). */
const thematicArea = { int: true, min: 1, max: 99, invalid: 'invalidChoice', outOfRange: 'invalidChoice' };

const marker = () =>
  number({
    int: true,
    min: MARKER_MIN,
    max: MARKER_MAX,
    invalid: 'markerOutOfScale',
    outOfRange: 'markerOutOfScale',
    namingLimits: true,
  });

/** A concept note as a government submits it. */
export const conceptNoteInputSchema = z
  .object({
    title: translatedText({ max: NOTE_TITLE_MAX }),
    summary: translatedText({ max: NOTE_SUMMARY_MAX }),
    originalLanguage: language(),
    countryIso3: optionalIso3(),
    /** A region's id (`LAS`, `M49-142`), any case; whether it exists is the operation's check. */
    regionId: optionalText({ max: 40 })
      .refine((id) => id === undefined || /^[A-Z0-9_-]{2,}$/i.test(id), code('invalidChoice'))
      .transform((id) => id?.toUpperCase()),
    thematicAreaId: number(thematicArea),
    objectives: list(
      number({
        int: true,
        min: 1,
        max: objectiveCount,
        invalid: 'invalidChoice',
        outOfRange: 'invalidChoice',
      }),
      { min: 1 },
    ),
    unOrganisations: names({ min: 1 }),
    governmentEntities: names(),
    stakeholders: names(),
    budgetRequestedUsd: amount({ max: USD_MAX }),
    durationMonths: number({
      int: true,
      min: 1,
      max: DURATION_MONTHS_MAX,
      invalid: 'fundInvalidDuration',
      outOfRange: 'fundInvalidDuration',
      namingLimits: true,
    }),
    genderMarker: marker(),
    humanRightsMarker: marker(),
    childSensitivityMarker: marker(),
  })
  .superRefine((n, ctx) => {
    const lang = n.originalLanguage;
    requireOriginal(ctx, n.title, lang, ['title', lang], 'fundOriginalTextRequired');
    requireOriginal(ctx, n.summary, lang, ['summary', lang], 'fundOriginalTextRequired');
    if ((n.countryIso3 === undefined) === (n.regionId === undefined))
      refuse(ctx, ['countryIso3'], 'fundCountryOrRegion');
    if (n.governmentEntities.length < GOVERNMENT_ENTITIES_MIN)
      refuse(ctx, ['governmentEntities'], 'governmentEntitiesTooFew');
  })
  .transform((n) => ({
    ...n,
    countryIso3: n.countryIso3 ?? null,
    regionId: n.regionId ?? null,
    objectives: [...new Set(n.objectives)].sort((a, b) => a - b),
  }));
export type ConceptNoteInput = z.output<typeof conceptNoteInputSchema>;

/** A pipeline move: the decision that made it (selection) and the reason (not selected). */
export const pipelineMoveSchema = z
  .object({
    decisionId: optionalUuid(),
    reason: translatedText({ max: REASON_MAX }),
    comment: optionalText({ max: REASON_MAX }),
    version: optionalNumber({
      int: true,
      min: 1,
      max: Number.MAX_SAFE_INTEGER,
      invalid: 'invalidFormat',
      outOfRange: 'invalidFormat',
    }),
  })
  .transform((m) => ({
    decisionId: m.decisionId ?? null,
    reason: m.reason,
    comment: m.comment ?? null,
    expectedVersion: m.version,
  }));
export type PipelineMoveInput = z.output<typeof pipelineMoveSchema>;

/** A steering committee meeting's decisions. */
export const steeringDecisionSchema = z
  .object({
    decidedOn: date(),
    summary: translatedText({ max: NOTE_SUMMARY_MAX }),
    originalLanguage: language(),
    documents: z.preprocess(oneItemPerLine, list(url({ max: URL_MAX }), { max: DOCUMENTS_MAX })),
  })
  .superRefine((d, ctx) =>
    requireOriginal(
      ctx,
      d.summary,
      d.originalLanguage,
      ['summary', d.originalLanguage],
      'fundOriginalTextRequired',
    ),
  );
export type SteeringDecisionInput = z.output<typeof steeringDecisionSchema>;

/**
 * A donor's contribution: the amount in an ISO 4217 currency, the USD rate used and its date. The
 * USD value is computed here (amount × rate, to the cent), never typed, so it always matches its rate.
 */
export const contributionInputSchema = z
  .object({
    donor: text({ max: DONOR_MAX }),
    donorCountryIso3: optionalIso3(),
    receivedOn: date(),
    amount: amount({ max: USD_MAX }),
    currency: z.preprocess(
      (v) => (typeof v === 'string' ? v.toUpperCase() : v),
      choice(currencyCodes, 'invalidCurrency'),
    ),
    usdRate: number({ invalid: 'invalidFormat', max: 1e6 }).refine((r) => r > 0, code('rateNotPositive')),
    rateDate: date(),
    earmarkedThematicAreaId: optionalNumber(thematicArea),
  })
  .superRefine((c, ctx) => {
    if (c.currency === 'USD' && c.usdRate !== 1) refuse(ctx, ['usdRate'], 'usdRateMustBeOne');
    if (c.rateDate > c.receivedOn) refuse(ctx, ['rateDate'], 'rateDateAfterReceipt');
  })
  .transform((c) => ({
    ...c,
    donorCountryIso3: c.donorCountryIso3 ?? null,
    usdValue: usdValueOf(c.amount, c.usdRate),
    earmarkedThematicAreaId: c.earmarkedThematicAreaId ?? null,
  }));
export type ContributionInput = z.output<typeof contributionInputSchema>;

/** amount × rate, rounded to the cent (half away from zero). */
export const usdValueOf = (amount: number, rate: number) => Math.round(amount * rate * 100) / 100;

/** Money transferred to a participating UN organisation for a programme. */
export const transferInputSchema = z.object({
  organisation: text({ max: ENTITY_NAME_MAX }),
  amountUsd: amount({ max: USD_MAX }),
  transferredOn: date(),
});
export type TransferInput = z.output<typeof transferInputSchema>;

export const parseConceptNoteInput = (raw: unknown) => parseInput(conceptNoteInputSchema, raw);
export const parsePipelineMove = (raw: unknown) => parseInput(pipelineMoveSchema, raw);
export const parseSteeringDecision = (raw: unknown) => parseInput(steeringDecisionSchema, raw);
export const parseContributionInput = (raw: unknown) => parseInput(contributionInputSchema, raw);
export const parseTransferInput = (raw: unknown) => parseInput(transferInputSchema, raw);
