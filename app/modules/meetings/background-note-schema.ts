import { z } from 'zod';
import { optionalUrl, refuse, translatedText } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { BACKGROUND_NOTE_TITLE_MAX, URL_MAX } from './meeting-limits';

/** A session's background note: a title in Arabic and/or English, and a link (or a file, sent beside). */
export const backgroundNoteInputSchema = z
  .object({
    title: translatedText({ max: BACKGROUND_NOTE_TITLE_MAX }),
    url: optionalUrl({ max: URL_MAX }),
  })
  .superRefine((n, ctx) => {
    if (!n.title.ar && !n.title.en) refuse(ctx, ['title', 'ar'], 'backgroundNoteTitleRequired');
  });
export type BackgroundNoteInput = z.output<typeof backgroundNoteInputSchema>;

export const parseBackgroundNoteInput = (raw: unknown): BackgroundNoteInput =>
  parseInput(backgroundNoteInputSchema, raw);
