import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import type { ReferenceKind } from './reference-kinds';
import { itemSelection, kindTables, type ReferenceItem } from './reference-tables.server';

/** Every item of one kind with its labels, status notes and version, for the admin list. */
export async function listReferenceItems(options: {
  db?: DbOrTx;
  kind: ReferenceKind;
}): Promise<ReferenceItem[]> {
  const { db = getDb(), kind } = options;
  const { table, orderBy } = kindTables[kind];
  const rows = await db.select(itemSelection(kind)).from(table).orderBy(orderBy);
  return rows.map((r) => ({ kind, ...r }));
}
