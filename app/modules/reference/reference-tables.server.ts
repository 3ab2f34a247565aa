import { eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Translated } from '#db/schema/columns';
import {
  countries,
  objectives,
  principles,
  regions,
  stakeholderCategories,
  thematicAreas,
} from '#db/schema/reference';
import { parseObjectiveNumber } from './constants';
import { type LabelField, labelFields, type ReferenceKind } from './reference-kinds';

type EditableTable =
  | typeof objectives
  | typeof principles
  | typeof thematicAreas
  | typeof stakeholderCategories
  | typeof regions
  | typeof countries;

interface KindTable {
  table: EditableTable;
  idColumn: PgColumn;
  /** The id's property name on a selected row. */
  idField: string;
  /** The row's condition for an id from a URL or form, or null when the id cannot exist. */
  where(rawId: string): SQL | null;
  orderBy: SQL;
}

const textId = (column: PgColumn) => (raw: string) =>
  /^[\w-]{1,64}$/.test(raw) ? sql`upper(${column}) = upper(${raw})` : null;

/** Server-side: which table holds each kind of editable reference item. */
export const kindTables: Record<ReferenceKind, KindTable> = {
  objective: {
    table: objectives,
    idColumn: objectives.number,
    idField: 'number',
    where: (raw) => {
      const n = parseObjectiveNumber(raw);
      return n === null ? null : eq(objectives.number, n);
    },
    orderBy: sql`${objectives.number}`,
  },
  principle: {
    table: principles,
    idColumn: principles.key,
    idField: 'key',
    where: (raw) => (/^[a-z_]{1,64}$/.test(raw) ? eq(principles.key, raw) : null),
    orderBy: sql`${principles.position}`,
  },
  'thematic-area': {
    table: thematicAreas,
    idColumn: thematicAreas.id,
    idField: 'id',
    where: (raw) => (/^\d{1,4}$/.test(raw) ? eq(thematicAreas.id, Number(raw)) : null),
    orderBy: sql`${thematicAreas.id}`,
  },
  'stakeholder-category': {
    table: stakeholderCategories,
    idColumn: stakeholderCategories.key,
    idField: 'key',
    where: (raw) => (/^[a-z_]{1,64}$/.test(raw) ? eq(stakeholderCategories.key, raw) : null),
    orderBy: sql`${stakeholderCategories.position}`,
  },
  region: {
    table: regions,
    idColumn: regions.id,
    idField: 'id',
    where: textId(regions.id),
    orderBy: sql`${regions.position}`,
  },
  country: {
    table: countries,
    idColumn: countries.iso3,
    idField: 'iso3',
    where: textId(countries.iso3),
    orderBy: sql`${countries.name}->>'en'`,
  },
};

export interface ReferenceItem {
  kind: ReferenceKind;
  id: string;
  labels: Partial<Record<LabelField, Translated>>;
  /** Status note per label and language: "title.ar" → "working translation; …". */
  status: Record<string, string>;
  editedFields: string[];
  version: number;
}

/** Columns an admin list or edit form needs for one kind, shaped as a ReferenceItem. */
export function itemSelection(kind: ReferenceKind) {
  const { table, idColumn } = kindTables[kind];
  const columns = getTableColumns(table) as unknown as Record<string, PgColumn>;
  const labels = sql.join(
    labelFields[kind].map((f) => sql`${sql.raw(`'${f}'`)}, ${columns[f]!}`),
    sql`, `,
  );
  return {
    id: sql<string>`${idColumn}::text`.as('id'),
    labels: sql<ReferenceItem['labels']>`jsonb_build_object(${labels})`.as('labels'),
    status: sql<Record<string, string>>`coalesce(${columns.provenance!}->'status', '{}'::jsonb)`.as('status'),
    editedFields: sql<string[]>`${columns.editedFields!}`.as('edited_fields'),
    version: sql<number>`${columns.version!}`.as('version'),
  };
}
