import { z } from 'zod';
import { registrantGenders } from '#db/schema/meeting-registration-values';
import { attendanceMarks, materialVisibilities } from '#db/schema/meeting-workshop-values';
import {
  choice,
  date,
  iso3,
  list,
  optionalChoice,
  optionalNumber,
  optionalUrl,
  refuse,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';

/** Field limits of the workshop forms, shared by the schemas and the HTML constraints. */
export const WORKSHOP_STATES_MAX = 60;
export const MATERIAL_TITLE_MAX = 300;
export const MATERIAL_URL_MAX = 2000;
/** Slides and guides; the largest a Hub resource may be (a PowerPoint with images fits). */
export const MATERIAL_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const materialFileKinds = ['pdf', 'docx', 'pptx'] as const;
export const RECORD_TOPICS_MAX = 3000;
export const RECORD_REPORT_MAX = 10_000;

/** The states the workshop is for (their focal points are invited). */
export const workshopStatesSchema = z.object({
  states: list(iso3(), { max: WORKSHOP_STATES_MAX }),
});
export type WorkshopStatesInput = z.output<typeof workshopStatesSchema>;

/** An invitee's answer; accepting may give the voluntary gender answer of the registration. */
export const invitationAnswerSchema = z.object({
  answer: choice(['accept', 'decline']),
  gender: optionalChoice(registrantGenders),
});
export type InvitationAnswer = z.output<typeof invitationAnswerSchema>;

/** One day's marks: `marks.<registrationId>` = attended | absent (blank: not marked). */
export const attendanceSchema = z.object({
  day: date(),
  marks: z.record(z.string(), optionalChoice(attendanceMarks)).default({}),
  /** The version of each mark the organiser saw (0: none yet), so a stale save is refused. */
  seen: z.record(z.string(), optionalNumber({ int: true, min: 0 })).default({}),
});
export type AttendanceInput = z.output<typeof attendanceSchema>;

/** A material: a title, and a link unless a file comes with it (the route passes `hasFile`). */
export const materialSchema = z
  .object({
    title: translatedText({ max: MATERIAL_TITLE_MAX, required: true }),
    url: optionalUrl({ max: MATERIAL_URL_MAX }),
    visibility: choice(materialVisibilities),
    hasFile: z.boolean().default(false),
  })
  .superRefine((m, ctx) => {
    if (!m.hasFile && !m.url) refuse(ctx, ['url'], 'materialFileOrLink');
    if (m.hasFile && m.url) refuse(ctx, ['url'], 'materialFileOrLinkNotBoth');
  });
export type MaterialInput = z.output<typeof materialSchema>;

/** The training record: the days it was held, what it covered, a short report (ar/en). */
export const trainingRecordSchema = z
  .object({
    heldFrom: date(),
    heldTo: date(),
    topics: translatedText({ max: RECORD_TOPICS_MAX, required: true }),
    report: translatedText({ max: RECORD_REPORT_MAX }),
  })
  .superRefine((r, ctx) => {
    if (r.heldTo < r.heldFrom) refuse(ctx, ['heldTo'], 'datesOutOfOrder');
  });
export type TrainingRecordInput = z.output<typeof trainingRecordSchema>;

export const parseWorkshopStates = (raw: unknown) => parseInput(workshopStatesSchema, raw);
export const parseInvitationAnswer = (raw: unknown) => parseInput(invitationAnswerSchema, raw);
export const parseAttendance = (raw: unknown) => parseInput(attendanceSchema, raw);
export const parseMaterial = (raw: unknown) => parseInput(materialSchema, raw);
export const parseTrainingRecord = (raw: unknown) => parseInput(trainingRecordSchema, raw);
