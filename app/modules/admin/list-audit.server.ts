import { and, asc, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { auditLog, users } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { type AuditChange, diffAudit } from './audit-diff';
import { likePattern } from './roles';

export const auditPageSize = 50;

export interface AuditFilters {
  /** Part of the actor's e-mail address. */
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** Inclusive days, YYYY-MM-DD in UTC. */
  from?: string;
  to?: string;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: AuditChange[];
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day as a UTC midnight, or undefined when it is not a real date. */
export function parseDay(value: string | undefined): Date | undefined {
  if (!value || !dayPattern.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : date;
}

function conditionsFor(filters: AuditFilters): SQL[] {
  const out: SQL[] = [];
  const actor = filters.actor?.trim();
  if (actor) out.push(ilike(users.email, likePattern(actor)));
  if (filters.action) out.push(eq(auditLog.action, filters.action));
  if (filters.entityType) out.push(eq(auditLog.entityType, filters.entityType));
  const entityId = filters.entityId?.trim();
  if (entityId) out.push(eq(auditLog.entityId, entityId));
  const from = parseDay(filters.from);
  if (from) out.push(gte(auditLog.at, from));
  const to = parseDay(filters.to);
  if (to) out.push(lt(auditLog.at, new Date(to.getTime() + 86_400_000)));
  return out;
}

/** The audit trail, newest first, filtered; each entry carries only the fields that changed. */
export async function listAudit(options: {
  db: DbOrTx;
  filters?: AuditFilters;
  limit?: number;
  offset?: number;
}): Promise<{ rows: AuditRow[]; total: number }> {
  const { db, filters = {}, limit = auditPageSize, offset = 0 } = options;
  const conditions = conditionsFor(filters);
  const where = conditions.length ? and(...conditions) : undefined;
  const page = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorEmail: users.email,
      actorName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  const [totalRow] = await db
    .select({ total: count() })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where);
  return {
    rows: page.map(({ before, after, ...row }) => ({ ...row, changes: diffAudit(before, after) })),
    total: Number(totalRow?.total ?? 0),
  };
}

/** The actions and entity types present in the trail, for the filter selects. */
export async function listAuditFacets(options: {
  db: DbOrTx;
}): Promise<{ actions: string[]; entityTypes: string[] }> {
  const { db } = options;
  const actions = await db
    .selectDistinct({ v: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action));
  const entityTypes = await db
    .selectDistinct({ v: auditLog.entityType })
    .from(auditLog)
    .orderBy(asc(auditLog.entityType));
  return { actions: actions.map((r) => r.v), entityTypes: entityTypes.map((r) => r.v) };
}
