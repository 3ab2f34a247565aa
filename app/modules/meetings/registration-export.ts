import type { Translated } from '#db/schema/columns';
import type { I18n } from '~/platform/i18n/translator';
import type { ParticipantRow } from './registration-view.server';

/**
 * The participant list as the organisers download it (`/{lang}/meetings/:id/participants.csv|xlsx`):
 * one list of columns shared by the CSV and the workbook, headings and coded values (status,
 * country, stakeholder category, interpretation language, attendance) in the reader's language,
 * days as ISO days. A workshop adds a column per day with each participant's attendance (empty
 * when not marked). Gender is not a column: it is voluntary and only ever counted.
 */
export type ParticipantCellType = 'text' | 'day' | 'number';
export type ParticipantCell = string | number | null;

export interface ParticipantExportContext {
  i18n: I18n;
  countries: Map<string, Translated>;
  categories: Map<string, Translated>;
  /** The days attendance is recorded for (a workshop's days; none for other meetings). */
  attendanceDays: readonly string[];
}

type ExportRow = ParticipantRow & { position: number | null };

export type ParticipantColumnKey =
  | 'name'
  | 'email'
  | 'status'
  | 'position'
  | 'organisation'
  | 'country'
  | 'category'
  | 'accessibility'
  | 'interpretation'
  | 'reason'
  | 'registeredOn';

export interface ParticipantColumn {
  key: ParticipantColumnKey | `attendance:${string}`;
  type: ParticipantCellType;
  width: number;
  heading(i18n: I18n): string;
  value(row: ExportRow, ctx: ParticipantExportContext): ParticipantCell;
}

const named = (map: Map<string, Translated>, key: string | null, i18n: I18n) =>
  key ? i18n.pick(map.get(key)).text || key : null;
const orNull = (text: string) => text || null;

const baseColumns: readonly (Omit<ParticipantColumn, 'heading' | 'key'> & { key: ParticipantColumnKey })[] = [
  { key: 'name', type: 'text', width: 30, value: (r) => r.name },
  { key: 'email', type: 'text', width: 32, value: (r) => r.email },
  {
    key: 'status',
    type: 'text',
    width: 18,
    value: (r, { i18n }) => i18n.t(`registration.status.${r.status}`),
  },
  { key: 'position', type: 'number', width: 10, value: (r) => r.position },
  { key: 'organisation', type: 'text', width: 32, value: (r) => orNull(r.organisation) },
  {
    key: 'country',
    type: 'text',
    width: 22,
    value: (r, ctx) => named(ctx.countries, r.countryIso3, ctx.i18n),
  },
  {
    key: 'category',
    type: 'text',
    width: 28,
    value: (r, ctx) => named(ctx.categories, r.stakeholderCategory, ctx.i18n),
  },
  { key: 'accessibility', type: 'text', width: 40, value: (r) => orNull(r.accessibilityNeeds) },
  {
    key: 'interpretation',
    type: 'text',
    width: 18,
    value: (r, { i18n }) =>
      r.interpretationLanguage ? i18n.t(`meetings.unLanguage.${r.interpretationLanguage}`) : null,
  },
  { key: 'reason', type: 'text', width: 40, value: (r) => orNull(r.decisionReason) },
  {
    key: 'registeredOn',
    type: 'day',
    width: 14,
    value: (r) => new Date(r.registeredAt).toISOString().slice(0, 10),
  },
];

/** The columns of this export: the registration's, then a workshop's attendance day by day. */
export function participantColumns(ctx: ParticipantExportContext): ParticipantColumn[] {
  return [
    ...baseColumns.map((c) => ({
      ...c,
      heading: (i18n: I18n) => i18n.t(`registration.export.col.${c.key}`),
    })),
    ...ctx.attendanceDays.map(
      (day): ParticipantColumn => ({
        key: `attendance:${day}`,
        type: 'text',
        width: 18,
        heading: (i18n) =>
          i18n.t('registration.export.col.attendance', {
            day: i18n.date(day, { dateStyle: 'medium', timeZone: 'UTC' }),
          }),
        value: (r, { i18n }) => {
          const mark = r.attendance[day];
          return mark ? i18n.t(`workshops.attendance.mark.${mark}`) : null;
        },
      }),
    ),
  ];
}

export const participantHeadings = (ctx: ParticipantExportContext) =>
  participantColumns(ctx).map((c) => c.heading(ctx.i18n));

/** The rows with their place on the waiting list (1, 2, … in list order; null for the others). */
export function withPositions(rows: readonly ParticipantRow[]) {
  let n = 0;
  return rows.map((r) => ({ ...r, position: r.status === 'waitlisted' ? ++n : null }));
}

export const participantCells = (row: ExportRow, ctx: ParticipantExportContext): ParticipantCell[] =>
  participantColumns(ctx).map((c) => c.value(row, ctx));
