import { z } from 'zod';
import { labelFields, labelMaxLength, type ReferenceKind } from './reference-kinds';

/** Status choices on the edit form: keep the current note, or set one of the settable statuses. */
export const statusChoices = ['keep', 'official', 'verified', 'working'] as const;
export type StatusChoice = (typeof statusChoices)[number];

export const labelLanguages = ['ar', 'en'] as const;

/** Form field names: "title_ar", "title_ar_status", … */
export const textFieldName = (field: string, lang: string) => `${field}_${lang}`;
export const statusFieldName = (field: string, lang: string) => `${field}_${lang}_status`;

/** The edit form's schema for one kind: both languages of every label, a status each, the version read. */
export function referenceLabelSchema(kind: ReferenceKind) {
  const shape: Record<string, z.ZodType> = { version: z.coerce.number().int().min(1) };
  for (const field of labelFields[kind]) {
    for (const lang of labelLanguages) {
      shape[textFieldName(field, lang)] = z.string().trim().min(1).max(labelMaxLength[field]);
      shape[statusFieldName(field, lang)] = z.enum(statusChoices).default('keep');
    }
  }
  return z.object(shape);
}
