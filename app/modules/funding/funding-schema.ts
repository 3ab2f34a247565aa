import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import { MARKER_MAX, MARKER_MIN } from '#db/schema/funding-values';
import { objectiveCount } from '~/modules/reference/constants';
import { currencyCodes } from '~/platform/currencies';
import { code, date, language, optionalText, parseNumber, text } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { normaliseDigits, plainText } from '~/platform/text/normalise-text';
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
 * contribution, transfer. Field names are the form's own (titleAr, governmentEntities, …), so a refused
 * field maps straight back to its input; the output is the structured record.
 */

const integerInput = (refusal: string, min: number, max: number) =>
  z.preprocess(
    parseNumber,
    z.number(code(refusal)).int(code(refusal)).min(min, code(refusal)).max(max, code(refusal)),
  );

const positiveAmount = (max = USD_MAX) =>
  z.preprocess(parseNumber, z.number(code('invalidFormat')).positive(code('amountNotPositive')).max(max));

/** Names one per line (a textarea) or a list (JSON): trimmed, blanks and repeats dropped. */
const nameList = (max: number) =>
  z.preprocess(
    (v) => {
      const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\r?\n/) : v == null ? [] : v;
      if (!Array.isArray(items)) return items;
      return [
        ...new Set(items.map((i) => (typeof i === 'string' ? plainText(i) : i)).filter((i) => i !== '')),
      ];
    },
    z.array(z.string().max(ENTITY_NAME_MAX)).max(max),
  );

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );

const objectiveNumber = z.preprocess(
  (v) => (typeof v === 'string' && /^\d+$/.test(normaliseDigits(v).trim()) ? Number(normaliseDigits(v)) : v),
  z
    .number(code('invalidChoice'))
    .int(code('invalidChoice'))
    .min(1, code('invalidChoice'))
    .max(objectiveCount, code('invalidChoice')),
);

const optionalCode = (pattern: RegExp) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : (v ?? undefined)),
    z.string().regex(pattern, code('invalidChoice')).optional(),
  );

const translatedOf = (ar?: string, en?: string): Translated => ({
  ...(ar ? { ar } : {}),
  ...(en ? { en } : {}),
});

const marker = integerInput('markerOutOfScale', MARKER_MIN, MARKER_MAX);

/** A concept note as a government submits it. */
export const conceptNoteInputSchema = z
  .object({
    titleAr: optionalText({ max: NOTE_TITLE_MAX }),
    titleEn: optionalText({ max: NOTE_TITLE_MAX }),
    summaryAr: optionalText({ max: NOTE_SUMMARY_MAX }),
    summaryEn: optionalText({ max: NOTE_SUMMARY_MAX }),
    originalLanguage: language(),
    countryIso3: optionalCode(/^[A-Z]{3}$/),
    regionId: optionalCode(/^[A-Z0-9_-]{2,40}$/),
    thematicAreaId: integerInput('invalidChoice', 1, 99),
    objectives: list(objectiveNumber).pipe(z.array(z.number()).min(1)),
    unOrganisations: nameList(ENTITIES_MAX).pipe(z.array(z.string()).min(1)),
    governmentEntities: nameList(ENTITIES_MAX),
    stakeholders: nameList(ENTITIES_MAX),
    budgetRequestedUsd: positiveAmount(),
    durationMonths: integerInput('fundInvalidDuration', 1, DURATION_MONTHS_MAX),
    genderMarker: marker,
    humanRightsMarker: marker,
    childSensitivityMarker: marker,
  })
  .superRefine((n, ctx) => {
    const issue = (path: string, code: string, params?: Record<string, number>) =>
      ctx.addIssue({ code: 'custom', path: [path], message: `errors.${code}`, params });
    const lang = n.originalLanguage === 'ar' ? 'Ar' : 'En';
    if (!n[`title${lang}`]) issue(`title${lang}`, 'fundOriginalTextRequired');
    if (!n[`summary${lang}`]) issue(`summary${lang}`, 'fundOriginalTextRequired');
    if ((n.countryIso3 === undefined) === (n.regionId === undefined))
      issue('countryIso3', 'fundCountryOrRegion');
    if (n.governmentEntities.length < GOVERNMENT_ENTITIES_MIN)
      issue('governmentEntities', 'governmentEntitiesTooFew');
  })
  .transform((n) => ({
    title: translatedOf(n.titleAr, n.titleEn),
    summary: translatedOf(n.summaryAr, n.summaryEn),
    originalLanguage: n.originalLanguage,
    countryIso3: n.countryIso3 ?? null,
    regionId: n.regionId ?? null,
    thematicAreaId: n.thematicAreaId,
    objectives: [...new Set(n.objectives)].sort((a, b) => a - b),
    unOrganisations: n.unOrganisations,
    governmentEntities: n.governmentEntities,
    stakeholders: n.stakeholders,
    budgetRequestedUsd: n.budgetRequestedUsd,
    durationMonths: n.durationMonths,
    genderMarker: n.genderMarker,
    humanRightsMarker: n.humanRightsMarker,
    childSensitivityMarker: n.childSensitivityMarker,
  }));
export type ConceptNoteInput = z.output<typeof conceptNoteInputSchema>;

/** A pipeline move: the decision that made it (selection) and the reason (not selected). */
export const pipelineMoveSchema = z
  .object({
    decisionId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid(code('invalidChoice')).optional()),
    reasonAr: optionalText({ max: REASON_MAX }),
    reasonEn: optionalText({ max: REASON_MAX }),
    comment: optionalText({ max: REASON_MAX }),
    version: integerInput('invalidFormat', 1, Number.MAX_SAFE_INTEGER).optional(),
  })
  .transform((m) => ({
    decisionId: m.decisionId ?? null,
    reason: translatedOf(m.reasonAr, m.reasonEn),
    comment: m.comment ?? null,
    expectedVersion: m.version,
  }));
export type PipelineMoveInput = z.output<typeof pipelineMoveSchema>;

/** A steering committee meeting's decisions. */
export const steeringDecisionSchema = z
  .object({
    decidedOn: date(),
    summaryAr: optionalText({ max: NOTE_SUMMARY_MAX }),
    summaryEn: optionalText({ max: NOTE_SUMMARY_MAX }),
    originalLanguage: language(),
    documents: z.preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(/\r?\n/)
              .map((s) => s.trim())
              .filter(Boolean)
          : (v ?? []),
      z.array(z.url({ protocol: /^https?$/, error: 'errors.invalidUrl' }).max(URL_MAX)).max(DOCUMENTS_MAX),
    ),
  })
  .superRefine((d, ctx) => {
    const lang = d.originalLanguage === 'ar' ? 'Ar' : 'En';
    if (!d[`summary${lang}`]) {
      ctx.addIssue({ code: 'custom', path: [`summary${lang}`], message: 'errors.fundOriginalTextRequired' });
    }
  })
  .transform((d) => ({
    decidedOn: d.decidedOn,
    summary: translatedOf(d.summaryAr, d.summaryEn),
    originalLanguage: d.originalLanguage,
    documents: d.documents,
  }));
export type SteeringDecisionInput = z.output<typeof steeringDecisionSchema>;

/**
 * A donor's contribution: the amount in an ISO 4217 currency, the USD rate used and its date. The
 * USD value is computed here (amount × rate, to the cent), never typed, so it always matches its rate.
 */
export const contributionInputSchema = z
  .object({
    donor: text({ max: DONOR_MAX }),
    donorCountryIso3: optionalCode(/^[A-Z]{3}$/),
    receivedOn: date(),
    amount: positiveAmount(),
    currency: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.enum(currencyCodes, code('invalidCurrency')),
    ),
    usdRate: z.preprocess(
      parseNumber,
      z.number(code('invalidFormat')).positive(code('rateNotPositive')).max(1e6),
    ),
    rateDate: date(),
    earmarkedThematicAreaId: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      integerInput('invalidChoice', 1, 99).optional(),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.currency === 'USD' && c.usdRate !== 1) {
      ctx.addIssue({ code: 'custom', path: ['usdRate'], message: 'errors.usdRateMustBeOne' });
    }
    if (c.rateDate > c.receivedOn) {
      ctx.addIssue({ code: 'custom', path: ['rateDate'], message: 'errors.rateDateAfterReceipt' });
    }
  })
  .transform((c) => ({
    donor: c.donor,
    donorCountryIso3: c.donorCountryIso3 ?? null,
    receivedOn: c.receivedOn,
    amount: c.amount,
    currency: c.currency,
    usdRate: c.usdRate,
    rateDate: c.rateDate,
    usdValue: usdValueOf(c.amount, c.usdRate),
    earmarkedThematicAreaId: c.earmarkedThematicAreaId ?? null,
  }));
export type ContributionInput = z.output<typeof contributionInputSchema>;

/** amount × rate, rounded to the cent (half away from zero). */
export const usdValueOf = (amount: number, rate: number) => Math.round(amount * rate * 100) / 100;

/** Money transferred to a participating UN organisation for a programme. */
export const transferInputSchema = z.object({
  organisation: text({ max: ENTITY_NAME_MAX }),
  amountUsd: positiveAmount(),
  transferredOn: date(),
});
export type TransferInput = z.output<typeof transferInputSchema>;

export const parseConceptNoteInput = (raw: unknown) => parseInput(conceptNoteInputSchema, raw);
export const parsePipelineMove = (raw: unknown) => parseInput(pipelineMoveSchema, raw);
export const parseSteeringDecision = (raw: unknown) => parseInput(steeringDecisionSchema, raw);
export const parseContributionInput = (raw: unknown) => parseInput(contributionInputSchema, raw);
export const parseTransferInput = (raw: unknown) => parseInput(transferInputSchema, raw);
