import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import { documentLanguages, resourceAudiences, resourceLicences, resourceTypes } from '#db/schema/hub-values';
import { objectiveCount } from '~/modules/reference/constants';
import { code, optionalText } from '~/platform/forms/fields';
import { normaliseDigits, plainText } from '~/platform/text/normalise-text';

/** Limits shared by the forms, the import and the domain. */
export const RESOURCE_TITLE_MAX = 300;
export const RESOURCE_ABSTRACT_MIN = 30;
export const RESOURCE_ABSTRACT_MAX = 4000;
export const RESOURCE_AUTHORS_MAX = 30;
export const RESOURCE_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const resourceFileKinds = ['pdf', 'docx', 'txt'] as const;

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  ) as unknown as z.ZodType<z.output<T>[], unknown[]>;
const translatedPair = (max: number, min = 1) =>
  z
    .object({ ar: optionalText({ max: max, min: min }), en: optionalText({ max: max, min: min }) })
    .default({});
const compact = (t: { ar?: string; en?: string }): Translated => ({
  ...(t.ar ? { ar: t.ar } : {}),
  ...(t.en ? { en: t.en } : {}),
});

/** Everything a submitter says about a resource (the file or link comes beside it). */
export const resourceInputSchema = z
  .object({
    title: translatedPair(RESOURCE_TITLE_MAX),
    abstract: translatedPair(RESOURCE_ABSTRACT_MAX, RESOURCE_ABSTRACT_MIN),
    originalLanguage: z.enum(['ar', 'en'], code('invalidChoice')),
    documentLanguages: list(z.enum(documentLanguages, code('invalidChoice'))).refine((v) => v.length > 0, {
      message: 'errors.hubDocumentLanguageRequired',
    }),
    type: z.enum(resourceTypes, code('invalidChoice')),
    publisher: z.preprocess((v) => (typeof v === 'string' ? plainText(v) : v), z.string().min(1).max(300)),
    /** One author a line (a form's textarea) or a list. */
    authors: z
      .preprocess(
        (v) =>
          (typeof v === 'string' ? v.split(/\r?\n|;/) : Array.isArray(v) ? v : [])
            .map((a) => plainText(String(a)))
            .filter(Boolean),
        z.array(z.string().max(200)).max(RESOURCE_AUTHORS_MAX),
      )
      .default([]),
    publicationDate: z.preprocess(
      (v) => (typeof v === 'string' ? normaliseDigits(v.trim()) || undefined : (v ?? undefined)),
      z.iso.date(code('invalidDate')).optional(),
    ),
    audiences: list(z.enum(resourceAudiences, code('invalidChoice'))),
    objectives: list(
      z.preprocess(
        (v) => (typeof v === 'string' ? Number(normaliseDigits(v)) : v),
        z.number().int().min(1).max(objectiveCount),
      ),
    ).refine((v) => v.length > 0, { message: 'errors.hubObjectiveRequired' }),
    principles: list(z.string().max(60)),
    countries: list(z.string().regex(/^[A-Za-z]{3}$/, code('invalidChoice'))),
    regions: list(z.string().max(40)),
    isGlobal: z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean()),
    licence: z.enum(resourceLicences, code('invalidChoice')),
    url: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim() || undefined : (v ?? undefined)),
      z
        .url({ protocol: /^https?$/, error: 'errors.invalidUrl' })
        .max(2000)
        .optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (!v.title.ar && !v.title.en)
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'errors.hubTitleRequired' });
    else if (!v.title[v.originalLanguage]) {
      ctx.addIssue({ code: 'custom', path: ['originalLanguage'], message: 'errors.hubOriginalMissing' });
    }
    if (!v.abstract.ar && !v.abstract.en) {
      ctx.addIssue({
        code: 'custom',
        path: ['abstract'],
        ...code('hubAbstractRequired', { min: RESOURCE_ABSTRACT_MIN }),
      });
    }
    if (!v.isGlobal && !v.countries.length && !v.regions.length) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'errors.hubScopeRequired' });
    }
  })
  .transform((v) => ({
    ...v,
    title: compact(v.title),
    abstract: compact(v.abstract),
    documentLanguages: [...new Set(v.documentLanguages)],
    objectives: [...new Set(v.objectives)].sort((a, b) => a - b),
    principles: [...new Set(v.principles)],
    countries: [...new Set(v.countries.map((c) => c.toUpperCase()))],
    regions: [...new Set(v.regions)],
    audiences: [...new Set(v.audiences)],
  }));
export type ResourceInput = z.output<typeof resourceInputSchema>;
