import { z } from 'zod';
import { normaliseDigits, plainText } from '../text/normalise-text';

/**
 * The one Zod field kit of forms and JSON inputs alike. Every refusal is an i18n code under
 * "errors." (the issue mapper reads it back), never English text. Form values arrive as strings:
 * blanks mean absent, digits may be Arabic-Indic or Persian, a list of one arrives as a string.
 */

/**
 * A Zod message that is an i18n code: `code('invalidDate')` → `{ error: 'errors.invalidDate' }`.
 * Params ride after the key as JSON (`errors.markerOutOfScale{"min":0,"max":3}`), so a message can
 * name its limits in the reader's digits whatever kind of issue Zod raises; the mapper reads them back.
 */
export const code = (key: string, params?: Record<string, number>) => ({
  error: `errors.${key}${params ? JSON.stringify(params) : ''}`,
});

/**
 * The code for a value of the wrong kind only (not a number, no text): a schema's own message
 * would otherwise also name its range checks, which the mapper words with their limits.
 */
export const typeCode = (key: string, params?: Record<string, number>) => ({
  error: (issue: { code: string }) => (issue.code === 'invalid_type' ? code(key, params).error : undefined),
});

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const blankToUndefined = (v: unknown) => (isBlank(v) ? undefined : v);
const asPlain = (v: unknown) => (typeof v === 'string' ? plainText(v) || undefined : (v ?? undefined));

/** Required plain text (NFC, control characters out, trimmed). */
export const text = (options: { max: number; min?: number }) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? plainText(v) : v),
    z
      .string(typeCode('required'))
      .min(options.min ?? 1)
      .max(options.max),
  );

/** Plain text; blank means absent. */
export const optionalText = (options: { max: number; min?: number }) =>
  z.preprocess(
    asPlain,
    z
      .string()
      .min(options.min ?? 1)
      .max(options.max)
      .optional(),
  );

export const languages = ['ar', 'en'] as const;
export type Language = (typeof languages)[number];
/** A text per language; absent languages are left out. */
export type Translated = { ar?: string; en?: string };

/** The language a text was written in. */
export const language = () => z.enum(languages, code('invalidChoice'));

/**
 * A text in Arabic and/or English (`title.ar`, `title.en`), each plain and limited; blank
 * languages are left out. `required` asks for at least one of them (refused at the object's path).
 * Whether the original language is given is checked beside its `originalLanguage` (`requireOriginal`).
 */
export const translatedText = (options: { max: number; min?: number; required?: boolean }) =>
  z
    .object({ ar: optionalText(options), en: optionalText(options) })
    .default({})
    .transform((t) => {
      const out: Translated = {};
      if (t.ar) out.ar = t.ar;
      if (t.en) out.en = t.en;
      return out;
    })
    .refine((t) => !options.required || Boolean(t.ar || t.en), code('translationRequired'));

/**
 * Adds a coded refusal at `path` from a schema's own rule (in `superRefine`):
 * `refuse(ctx, ['endDate'], 'datesOutOfOrder')`; `params` fill the message.
 */
export function refuse(
  ctx: z.RefinementCtx,
  path: PropertyKey[],
  errorCode: string,
  params?: Record<string, string | number>,
) {
  ctx.addIssue({ code: 'custom', path, message: `errors.${errorCode}`, ...(params ? { params } : {}) });
}

/**
 * Adds a refusal when a translated text lacks its original language (`errorCode` names the
 * domain's message; the path is the text's, e.g. `['indicators', 2, 'name']`).
 */
export function requireOriginal(
  ctx: z.RefinementCtx,
  value: Translated,
  original: Language,
  path: PropertyKey[],
  errorCode = 'originalTextRequired',
) {
  if (!value[original]) refuse(ctx, path, errorCode);
}

/** Keeps a non-string as is; a date object becomes its ISO day. */
const toDateInput = (v: unknown) =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : typeof v === 'string'
      ? normaliseDigits(v).trim() || undefined
      : (v ?? undefined);

/** An ISO day (YYYY-MM-DD), Arabic-Indic or Persian digits accepted. */
export const date = () => z.preprocess(toDateInput, z.iso.date(code('invalidDate')));
export const optionalDate = () => z.preprocess(toDateInput, z.iso.date(code('invalidDate')).optional());

/**
 * A number as typed: Arabic-Indic and Persian digits, the Arabic decimal separator (٫) and
 * thousands separators (٬ , spaces) accepted. Blank → undefined; anything else not a number is
 * returned as typed so the schema refuses it.
 */
export function parseNumber(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? undefined;
  const s = normaliseDigits(v)
    .trim()
    .replace(/[\s,\u066C\u00A0\u202F]/g, '')
    .replace('\u066B', '.');
  if (!s) return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return v;
  return Number(s);
}

/** Largest magnitude any typed number may have (beyond it, digits are lost). */
export const NUMBER_LIMIT = 1e15;

type NumberOptions = {
  /** The code when the value is not a number (default invalidNumber). */
  invalid?: string;
  /**
   * The code when the value is below `min` or above `max`, for a domain's own message that names
   * the scale (default tooSmall / tooBig with the limit).
   */
  outOfRange?: string;
  /** The domain's codes name the scale: give them `min` and `max`, shown in the reader's digits. */
  namingLimits?: boolean;
  min?: number;
  max?: number;
  int?: boolean;
};

const numberSchema = (options: NumberOptions) => {
  const limits =
    options.namingLimits && options.min !== undefined && options.max !== undefined
      ? { min: options.min, max: options.max }
      : undefined;
  const invalid = options.invalid ?? 'invalidNumber';
  const invalidParams = options.invalid ? limits : undefined;
  let schema = z.number(typeCode(invalid, invalidParams));
  if (options.int) schema = schema.int(code(invalid, invalidParams));
  const range = options.outOfRange ? code(options.outOfRange, limits) : undefined;
  return schema.min(options.min ?? -NUMBER_LIMIT, range).max(options.max ?? NUMBER_LIMIT, range);
};

/** A required number (see parseNumber for what is accepted). */
export const number = (options: NumberOptions = {}) => z.preprocess(parseNumber, numberSchema(options));
export const optionalNumber = (options: NumberOptions = {}) =>
  z.preprocess(parseNumber, numberSchema(options).optional());

type AmountOptions = { max: number; invalid?: string };

const amountSchema = (options: AmountOptions) =>
  z
    .number(typeCode(options.invalid ?? 'invalidFormat'))
    .positive(code('amountNotPositive'))
    .max(options.max);

/** A sum of money: a number above zero (refused with `amountNotPositive`), at most `max`. */
export const amount = (options: AmountOptions) => z.preprocess(parseNumber, amountSchema(options));
export const optionalAmount = (options: AmountOptions) =>
  z.preprocess(parseNumber, amountSchema(options).optional());

/** One of a list of values (an enumeration of db/schema, a status, a kind). */
export const choice = <const T extends readonly [string, ...string[]]>(
  values: T,
  errorCode = 'invalidChoice',
) => z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.enum(values, code(errorCode)));
export const optionalChoice = <const T extends readonly [string, ...string[]]>(
  values: T,
  errorCode = 'invalidChoice',
) =>
  z.preprocess(
    (v) => blankToUndefined(typeof v === 'string' ? v.trim() : v),
    z.enum(values, code(errorCode)).optional(),
  );

/**
 * A list from repeated fields (checkboxes, multi-selects) or JSON; one value arrives as a
 * string, none as nothing. `min` is refused as chooseAtLeast, `max` as tooBig.
 */
export const list = <T extends z.ZodType>(item: T, options: { min?: number; max?: number } = {}) => {
  let array = z.array(item);
  if (options.min !== undefined) array = array.min(options.min);
  if (options.max !== undefined) array = array.max(options.max);
  return z.preprocess((v) => (isBlank(v) ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v]), array);
};

/** Is every leaf of a submitted row blank (a row the form offered and the user left empty)? */
export function blankRow(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(blankRow);
  if (typeof v === 'object') return Object.values(v).every(blankRow);
  return false;
}

/**
 * Repeated rows (`indicators[0].target`, `indicators[1].target`, …). Rows left blank become
 * `null` and keep their place, so a refusal's path still names the row the user sees; drop them
 * with `present()` once the rules are checked.
 */
export const rows = <T extends z.ZodType>(item: T, options: { max?: number } = {}) => {
  let array = z.array(item.nullable());
  if (options.max !== undefined) array = array.max(options.max);
  return z.preprocess((v) => {
    if (isBlank(v)) return [];
    const all = Array.isArray(v) ? Array.from(v) : [v];
    return all.map((row) => (blankRow(row) ? null : row));
  }, array);
};

/** The rows that were filled in. */
export const present = <T>(all: readonly (T | null | undefined)[]): T[] =>
  all.filter((row): row is T => row !== null && row !== undefined);

/** A checkbox: checked ('on', 'true', '1') or not (absent, '', 'false', '0'). */
export const checkbox = () =>
  z.preprocess(
    (v) =>
      v === 'on' || v === 'true' || v === '1'
        ? true
        : v === undefined || v === '' || v === 'false' || v === '0'
          ? false
          : v,
    z.boolean(typeCode('invalidChoice')),
  );

/** A record id. */
export const uuid = () =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.uuid(code('invalidChoice')));
export const optionalUuid = () =>
  z.preprocess(
    (v) => blankToUndefined(typeof v === 'string' ? v.trim() : v),
    z.uuid(code('invalidChoice')).optional(),
  );

/** A country by its ISO 3166 alpha-3 code (any case). */
export const iso3 = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
    z.string(typeCode('invalidChoice')).regex(/^[A-Z]{3}$/, code('invalidChoice')),
  );
export const optionalIso3 = () => z.preprocess(blankToUndefined, iso3().optional());

/** A web address (http or https). */
export const url = (options: { max?: number } = {}) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z.url({ protocol: /^https?$/, ...code('invalidUrl') }).max(options.max ?? 2000),
  );
export const optionalUrl = (options: { max?: number } = {}) =>
  z.preprocess(blankToUndefined, url(options).optional());

/** An e-mail address, trimmed and lower-cased. */
export const email = (options: { max?: number } = {}) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.email(code('invalidEmail')).max(options.max ?? 254),
  );
