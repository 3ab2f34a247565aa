import { z } from 'zod';
import { contactKinds } from '#db/schema/review-outreach-values';
import {
  choice,
  code,
  date,
  email,
  iso3,
  language,
  list,
  number,
  optionalDate,
  optionalNumber,
  optionalText,
  optionalUrl,
  optionalUuid,
  text,
  translatedText,
} from '~/platform/forms/fields';

/** The inputs of the outreach forms (focal-point registry, letter, received reviews, workshops). */

export const contactNameMax = 200;
export const contactMinistryMax = 300;
export const letterSubjectMax = 300;
export const letterBodyMax = 20_000;
/** Text pasted for one section of a review received by the secretariat. */
export const pastedSectionMax = 50_000;
export const workshopTitleMax = 300;

export const contactSchema = z.object({
  countryIso3: iso3(),
  kind: choice(contactKinds),
  name: text({ max: contactNameMax }),
  ministry: optionalText({ max: contactMinistryMax }),
  email: email(),
  locale: language(),
});
export type ContactInput = z.output<typeof contactSchema>;

export const letterSchema = z.object({
  subject: translatedText({ max: letterSubjectMax }),
  body: translatedText({ max: letterBodyMax }),
});
export type LetterInput = z.output<typeof letterSchema>;

/** Which states a "remind now" is for: one state, or every state that has not handed its review in. */
export const remindSchema = z.object({
  target: z.union([z.literal('late'), iso3()], code('invalidChoice')),
});

export const receivedReviewSchema = z.object({
  countryIso3: iso3(),
  receivedOn: date(),
  originalLanguage: language(),
  title: translatedText({ max: 500 }),
  objectives: list(number({ int: true, min: 1, max: 23, invalid: 'invalidChoice' }), { min: 1, max: 23 }),
  /** Text pasted per template section, by section key (`sections.objective-7`). */
  sections: z.record(z.string(), optionalText({ max: pastedSectionMax })).default({}),
});
export type ReceivedReviewInput = z.output<typeof receivedReviewSchema>;

export const workshopSchema = z.object({
  title: translatedText({ max: workshopTitleMax, required: true }),
  startsOn: date(),
  endsOn: optionalDate(),
  place: translatedText({ max: 300 }),
  link: optionalUrl(),
  meetingId: optionalUuid(),
  invitedStates: list(iso3(), { max: 200 }),
  attendedStates: list(iso3(), { max: 200 }),
  participants: optionalNumber({ int: true, min: 0, max: 100_000 }),
});
export type WorkshopInput = z.output<typeof workshopSchema>;
