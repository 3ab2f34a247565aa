import { desc, eq, inArray, sql } from 'drizzle-orm';
import { programmeEntityType, programmes, programmeTransfers } from '#db/schema/funding';
import { getTags } from '~/modules/tagging/get-tags.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { findProgramme, type ProgrammeRow } from './funding-records.server';

export interface ProgrammeWithTransfers extends ProgrammeRow {
  objectives: number[];
  transfers: { organisation: string; amountUsd: number; transferredOn: string }[];
}

async function withDetails(db: DbOrTx, rows: ProgrammeRow[]): Promise<ProgrammeWithTransfers[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [tags, transfers] = await readTogether(db, [
    () => getTags({ db, entityType: programmeEntityType, entityIds: ids }),
    () =>
      db
        .select()
        .from(programmeTransfers)
        .where(inArray(programmeTransfers.programmeId, ids))
        .orderBy(programmeTransfers.transferredOn, programmeTransfers.createdAt),
  ]);
  return rows.map((r) => ({
    ...r,
    objectives: tags.get(r.id)?.objectives ?? [],
    transfers: transfers
      .filter((t) => t.programmeId === r.id)
      .map((t) => ({ organisation: t.organisation, amountUsd: t.amountUsd, transferredOn: t.transferredOn })),
  }));
}

/** Joint programmes, newest first: all are public (programme-content.server.ts). */
export async function listProgrammes(options: {
  db?: DbOrTx;
  limit: number;
  offset: number;
  country?: string;
}) {
  const { db = getDb() } = options;
  const where = options.country ? eq(programmes.countryIso3, options.country) : undefined;
  const [rows, [count]] = await readTogether(db, [
    () =>
      db
        .select()
        .from(programmes)
        .where(where)
        .orderBy(desc(programmes.createdAt), programmes.id)
        .limit(options.limit)
        .offset(options.offset),
    () => db.select({ n: sql<number>`count(*)::int` }).from(programmes).where(where),
  ]);
  return { items: await withDetails(db, rows), total: Number(count?.n ?? 0) };
}

export async function getProgramme(options: { db?: DbOrTx; id: string }) {
  const { db = getDb() } = options;
  const row = await findProgramme(db, options.id);
  return row ? (await withDetails(db, [row]))[0]! : null;
}
