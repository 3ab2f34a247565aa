import { z } from 'zod';
import { registrantGenders } from '#db/schema/meeting-registration-values';
import { meetingLanguages } from '#db/schema/meeting-values';
import {
  checkbox,
  choice,
  optionalChoice,
  optionalDate,
  optionalIso3,
  optionalNumber,
  optionalText,
  refuse,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';

/** Field limits of the registration forms, shared by the schemas and the HTML constraints. */
export const REGISTRATION_ORGANISATION_MAX = 300;
export const REGISTRATION_NEEDS_MAX = 1000;
export const REGISTRATION_REASON_MAX = 1000;
export const REGISTRATION_CAPACITY_MAX = 100_000;
export const REMINDER_DAYS_MAX = 60;

/** The organisers' settings: open or not, the window, places, approval, the reminder. */
export const registrationSettingsSchema = z
  .object({
    open: checkbox(),
    opensOn: optionalDate(),
    closesOn: optionalDate(),
    capacity: optionalNumber({
      int: true,
      min: 0,
      max: REGISTRATION_CAPACITY_MAX,
      invalid: 'invalidCapacity',
      outOfRange: 'invalidCapacity',
      namingLimits: true,
    }),
    approvalRequired: checkbox(),
    reminderDays: optionalNumber({
      int: true,
      min: 0,
      max: REMINDER_DAYS_MAX,
      invalid: 'invalidReminderDays',
      outOfRange: 'invalidReminderDays',
      namingLimits: true,
    }),
  })
  .superRefine((s, ctx) => {
    if (s.opensOn && s.closesOn && s.closesOn < s.opensOn)
      refuse(ctx, ['closesOn'], 'registrationWindowOutOfOrder');
  })
  .transform((s) => ({
    open: s.open,
    opensOn: s.opensOn ?? null,
    closesOn: s.closesOn ?? null,
    capacity: s.capacity ?? null,
    approvalRequired: s.approvalRequired,
    reminderDays: s.reminderDays ?? 2,
  }));
export type RegistrationSettingsInput = z.output<typeof registrationSettingsSchema>;

/** A participant's answers: kept minimal; gender voluntary; needs in their own words. */
export const registrationInputSchema = z
  .object({
    organisation: optionalText({ max: REGISTRATION_ORGANISATION_MAX }),
    countryIso3: optionalIso3(),
    stakeholderCategory: optionalText({ max: 60 }),
    gender: optionalChoice(registrantGenders),
    accessibilityNeeds: optionalText({ max: REGISTRATION_NEEDS_MAX }),
    interpretationLanguage: optionalChoice(meetingLanguages),
  })
  .transform((r) => ({
    organisation: r.organisation ?? '',
    countryIso3: r.countryIso3 ?? null,
    stakeholderCategory: r.stakeholderCategory ?? null,
    gender: r.gender ?? null,
    accessibilityNeeds: r.accessibilityNeeds ?? '',
    interpretationLanguage: r.interpretationLanguage ?? null,
  }));
export type RegistrationInput = z.output<typeof registrationInputSchema>;

export const registrationDecisionSchema = z
  .object({
    decision: choice(['approve', 'decline']),
    reason: optionalText({ max: REGISTRATION_REASON_MAX }),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'decline' && !d.reason) refuse(ctx, ['reason'], 'registrationDeclineReasonRequired');
  });
export type RegistrationDecision = z.output<typeof registrationDecisionSchema>;

export const parseRegistrationSettings = (raw: unknown) => parseInput(registrationSettingsSchema, raw);
export const parseRegistrationInput = (raw: unknown) => parseInput(registrationInputSchema, raw);
export const parseRegistrationDecision = (raw: unknown) => parseInput(registrationDecisionSchema, raw);
