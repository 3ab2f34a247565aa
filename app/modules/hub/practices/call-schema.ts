import { z } from 'zod';
import { practiceCallStatuses } from '#db/schema/hub-practice-values';
import { objectiveCount } from '~/modules/reference/constants';
import {
  choice,
  code,
  date,
  email,
  language,
  list,
  requireOriginal,
  text,
  translatedText,
} from '~/platform/forms/fields';
import { normaliseDigits } from '~/platform/text/normalise-text';
import { isTimeZone } from '~/platform/time-zone';

export const CALL_THEME_MAX = 300;
export const CALL_TEXT_MAX = 4000;

/** A time of day (HH:MM, 24 hours), typed in any digits. */
const clockTime = () =>
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

/**
 * A call for practices as an editor writes it: theme and description, the objectives it seeks
 * practices for, who may submit, the deadline as a local date and time in a named time zone, and a
 * contact. `status` lets an editor close a call early (or reopen one whose deadline is still ahead).
 */
export const callInputSchema = z
  .object({
    theme: translatedText({ max: CALL_THEME_MAX, required: true }),
    description: translatedText({ max: CALL_TEXT_MAX }),
    originalLanguage: language(),
    objectives: list(
      z.preprocess(
        (v) => (typeof v === 'string' ? Number(normaliseDigits(v)) : v),
        z.number().int().min(1).max(objectiveCount),
      ),
      { min: 1 },
    ),
    audience: translatedText({ max: 1000, required: true }),
    deadlineDate: date(),
    deadlineTime: clockTime(),
    timeZone: timeZone(),
    contactName: text({ max: 200 }),
    contactEmail: email(),
    status: choice(practiceCallStatuses).default('open'),
  })
  .superRefine((v, ctx) => {
    requireOriginal(
      ctx,
      v.theme,
      v.originalLanguage,
      ['theme', v.originalLanguage],
      'practiceOriginalMissing',
    );
  })
  .transform((v) => ({ ...v, objectives: [...new Set(v.objectives)].sort((a, b) => a - b) }));
export type CallInput = z.output<typeof callInputSchema>;
