import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import type { ReferenceKind } from './reference-kinds';
import { itemSelection, kindTables, type ReferenceItem } from './reference-tables.server';

/** One editable reference item, or null when the id does not exist for that kind. */
export async function getReferenceItem(options: {
  db?: DbOrTx;
  kind: ReferenceKind;
  id: string;
}): Promise<ReferenceItem | null> {
  const { db = getDb(), kind, id } = options;
  const { table, where } = kindTables[kind];
  const condition = where(id);
  if (!condition) return null;
  const [row] = await db.select(itemSelection(kind)).from(table).where(condition).limit(1);
  return row ? { kind, ...row } : null;
}
