import { z } from 'zod';
import {
  digestFrequencies,
  discussionAudiences,
  discussionLanguages,
  postFormats,
} from '#db/schema/hub-discussion-values';
import { objectiveCount } from '~/modules/reference/constants';
import {
  choice,
  code,
  date,
  email,
  iso3,
  language,
  list,
  optionalUuid,
  present,
  refuse,
  requireOriginal,
  rows,
  text,
  translatedText,
  uuid,
} from '~/platform/forms/fields';
import { normaliseDigits } from '~/platform/text/normalise-text';
import { formatAudienceGroup, parseAudienceGroup } from './audience-groups';

/** Limits shared by the forms and the domain. */
export const SPACE_TITLE_MAX = 300;
export const SPACE_DESCRIPTION_MAX = 4000;
export const QUESTION_MAX = 1000;
export const QUESTIONS_MAX = 20;
export const MODERATORS_MAX = 10;
export const AUDIENCE_GROUPS_MAX = 50;
export const POST_MAX = 8000;
export const REPORT_REASON_MAX = 1000;
export const HIDE_REASON_MAX = 500;
export const SUMMARY_MAX = 20000;

const objective = z.preprocess(
  (v) => (typeof v === 'string' ? Number(normaliseDigits(v)) : v),
  z.number(code('invalidChoice')).int().min(1).max(objectiveCount),
);

/** A space as a Hub editor writes it; the closing day is the last day posts are taken (UTC). */
export const spaceInputSchema = z
  .object({
    title: translatedText({ max: SPACE_TITLE_MAX, required: true }),
    description: translatedText({ max: SPACE_DESCRIPTION_MAX }),
    originalLanguage: language(),
    languages: list(choice(discussionLanguages), { min: 1 }),
    audience: choice(discussionAudiences),
    /** For audience 'groups': the groups as stored (audience-groups.ts); ignored for other audiences. */
    audienceGroups: list(z.string().max(80), { max: AUDIENCE_GROUPS_MAX }),
    opensOn: date(),
    closesOn: date(),
    questions: rows(translatedText({ max: QUESTION_MAX }), { max: QUESTIONS_MAX }),
    /** One e-mail address a line. */
    moderators: z.preprocess(
      (v) =>
        (typeof v === 'string' ? v.split(/[\s,;،]+/) : Array.isArray(v) ? v : [])
          .map((x) => String(x).trim())
          .filter(Boolean),
      z.array(email()).max(MODERATORS_MAX),
    ),
    objectives: list(objective),
    principles: list(z.string().max(60)),
    countries: list(iso3()),
  })
  .superRefine((v, ctx) => {
    requireOriginal(ctx, v.title, v.originalLanguage, ['title', v.originalLanguage]);
    if (v.closesOn < v.opensOn) refuse(ctx, ['closesOn'], 'discussionDatesOutOfOrder');
    if (!present(v.questions).length) refuse(ctx, ['questions', 0, 'ar'], 'discussionQuestionRequired');
    if (v.audience === 'groups') {
      if (!v.audienceGroups.length) refuse(ctx, ['audienceGroups'], 'discussionAudienceGroupsRequired');
      else if (v.audienceGroups.some((g) => !parseAudienceGroup(g)))
        refuse(ctx, ['audienceGroups'], 'discussionAudienceGroupUnknown');
    }
  })
  .transform((v) => ({
    ...v,
    languages: [...new Set(v.languages)],
    audienceGroups:
      v.audience === 'groups'
        ? [...new Set(v.audienceGroups.map((g) => formatAudienceGroup(parseAudienceGroup(g)!)))]
        : [],
    questions: present(v.questions).filter((q) => q.ar || q.en),
    moderators: [...new Set(v.moderators)],
    objectives: [...new Set(v.objectives)].sort((a, b) => a - b),
    principles: [...new Set(v.principles)],
    countries: [...new Set(v.countries)],
  }));
export type SpaceInput = z.output<typeof spaceInputSchema>;

/** The opening instant (start of the opening day, UTC) and the closing one (end of the closing day). */
export function spaceWindow(input: Pick<SpaceInput, 'opensOn' | 'closesOn'>) {
  const opensAt = new Date(`${input.opensOn}T00:00:00Z`);
  const closesAt = new Date(`${input.closesOn}T00:00:00Z`);
  closesAt.setUTCDate(closesAt.getUTCDate() + 1);
  return { opensAt, closesAt };
}

/** A post: its question, the post it answers (if any), text and format. */
export const postInputSchema = z.object({
  questionId: uuid(),
  parentId: optionalUuid(),
  body: text({ max: POST_MAX }),
  format: choice(postFormats),
  language: language(),
});
export type PostInput = z.output<typeof postInputSchema>;

export const postEditSchema = z.object({
  body: text({ max: POST_MAX }),
  format: choice(postFormats),
});

export const reportInputSchema = z.object({ reason: text({ max: REPORT_REASON_MAX }) });
export const hideInputSchema = z.object({ reason: text({ max: HIDE_REASON_MAX }) });
export const followInputSchema = z.object({ frequency: choice(digestFrequencies) });

export const summaryInputSchema = z
  .object({
    text: translatedText({ max: SUMMARY_MAX, required: true }),
    originalLanguage: language(),
  })
  .superRefine((v, ctx) => requireOriginal(ctx, v.text, v.originalLanguage, ['text', v.originalLanguage]));
