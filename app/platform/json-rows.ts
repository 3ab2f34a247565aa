import { getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm';

/**
 * Rows of `table` that the database returned as JSON (`json_agg(t)` in a subquery, so one query can
 * bring a record's children), decoded column by column exactly as a select of the table would be.
 */
export function rowsFromJson<T extends Table>(table: T, rows: unknown): InferSelectModel<T>[] {
  if (!Array.isArray(rows)) return [];
  const columns = Object.entries(getTableColumns(table));
  return rows.map((row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = row[column.name];
      out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return out as InferSelectModel<T>;
  });
}
