import type { RegistrantGender } from '#db/schema/meeting-registration-values';
import type { AttendanceMark, TrainedByGender } from '#db/schema/meeting-workshop-values';
import { zonedParts } from '~/platform/time-zone';

/**
 * The rules of focal-point workshops, pure so tests pin them without a database: which states have
 * no focal point to invite, when attendance may be marked, when the record may be closed, and the
 * aggregates the record keeps (counts only, never names).
 */

interface WorkshopDays {
  startsOn: string;
  endsOn: string;
  timeZone: string;
}

/** Today in the workshop's time zone. */
export const workshopToday = (meeting: Pick<WorkshopDays, 'timeZone'>, now: Date) =>
  zonedParts(now, meeting.timeZone).date;

/** The workshop's days, first to last (ISO days). */
export function workshopDays(meeting: Pick<WorkshopDays, 'startsOn' | 'endsOn'>): string[] {
  const out: string[] = [];
  const end = Date.parse(`${meeting.endsOn}T00:00:00Z`);
  for (let t = Date.parse(`${meeting.startsOn}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

export type AttendanceRefusal =
  | 'attendanceDayOutsideWorkshop'
  | 'attendanceBeforeWorkshop'
  | 'attendanceDayNotYet';
export type RecordRefusal = 'recordBeforeEnd';

/**
 * Attendance for a day may be marked once that day has come (in the workshop's time zone), for a
 * day of the workshop only. Returns the refusal's code, or null when allowed.
 */
export function attendanceRefusal(meeting: WorkshopDays, day: string, now: Date): AttendanceRefusal | null {
  if (day < meeting.startsOn || day > meeting.endsOn) return 'attendanceDayOutsideWorkshop';
  const today = workshopToday(meeting, now);
  if (today < meeting.startsOn) return 'attendanceBeforeWorkshop';
  if (day > today) return 'attendanceDayNotYet';
  return null;
}

/** The record may be closed from the workshop's last day on (in its time zone). */
export const recordRefusal = (meeting: WorkshopDays, now: Date): RecordRefusal | null =>
  workshopToday(meeting, now) < meeting.endsOn ? 'recordBeforeEnd' : null;

/** The states in scope that no one holds the focal-point role for, in the order given. */
export function statesWithoutFocalPoint(
  states: readonly string[],
  focalPoints: readonly { countryIso3: string }[],
): string[] {
  const covered = new Set(focalPoints.map((f) => f.countryIso3));
  return states.filter((s) => !covered.has(s));
}

export interface TrainedPerson {
  registrationId: string;
  countryIso3: string | null;
  gender: RegistrantGender | null;
  marks: readonly AttendanceMark[];
}

export interface TrainingAggregates {
  total: number;
  byCountry: Record<string, number>;
  byGender: TrainedByGender;
}

/**
 * Who was trained: a participant marked attended on at least one day. Counted by state (when the
 * registration names one) and by the voluntary gender answer ("notGiven" otherwise).
 */
export function trainingAggregates(people: readonly TrainedPerson[]): TrainingAggregates {
  const byCountry: Record<string, number> = {};
  const byGender: TrainedByGender = {};
  let total = 0;
  for (const p of people) {
    if (!p.marks.includes('attended')) continue;
    total += 1;
    if (p.countryIso3) byCountry[p.countryIso3] = (byCountry[p.countryIso3] ?? 0) + 1;
    const g = p.gender ?? 'notGiven';
    byGender[g] = (byGender[g] ?? 0) + 1;
  }
  return { total, byCountry, byGender };
}
