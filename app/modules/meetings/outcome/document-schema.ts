import { z } from 'zod';
import { meetingDocumentKinds } from '#db/schema/meeting-document-values';
import { choice, code, date, optionalUuid, text, translatedText } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { DOCUMENT_BODY_MAX, DOCUMENT_COMMENT_MAX, DOCUMENT_TITLE_MAX } from './document-limits';

const hasText = (v: { ar?: string; en?: string }) => Boolean(v.ar?.trim() || v.en?.trim());

export const documentTextSchema = z.object({
  title: translatedText({ max: DOCUMENT_TITLE_MAX }).refine(hasText, code('documentTitleRequired')),
  body: translatedText({ max: DOCUMENT_BODY_MAX }).refine(hasText, code('documentBodyRequired')),
});
export type DocumentTextInput = z.output<typeof documentTextSchema>;

export const newDocumentSchema = documentTextSchema.extend({
  kind: choice(meetingDocumentKinds),
  /** The round-table session of a co-chairs' summary. */
  sessionId: optionalUuid(),
});

export const documentCommentSchema = z.object({
  body: text({ max: DOCUMENT_COMMENT_MAX }),
  paragraph: z
    .string()
    .optional()
    .transform((v) => v?.trim() || null),
});

export const commentPeriodSchema = z.object({ closesOn: date() });

export const parseDocumentText = (raw: unknown) => parseInput(documentTextSchema, raw);
export const parseNewDocument = (raw: unknown) => parseInput(newDocumentSchema, raw);
export const parseDocumentComment = (raw: unknown) => parseInput(documentCommentSchema, raw);
export const parseCommentPeriod = (raw: unknown) => parseInput(commentPeriodSchema, raw);
