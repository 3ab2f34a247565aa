import { auditLog } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

/** Keys never copied into the audit trail. */
const secretKeys = new Set(['passwordHash', 'password', 'tokenHash', 'idHash']);

function scrub(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Date) return value.toISOString();
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !secretKeys.has(k))
      .map(([k, v]) => [k, scrub(v)]),
  );
}

/** Call inside the same transaction as the mutation so the trail and the change commit together. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: scrub(entry.before),
    after: scrub(entry.after),
    requestId: entry.requestId ?? null,
  });
}
