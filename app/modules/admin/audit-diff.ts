/** One changed field of an audit entry, with both values as display text (null: absent). */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** Bookkeeping that changes on every save and tells a reader nothing. */
const ignoredFields = new Set(['updatedAt']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Nested objects become dotted fields (name.ar, name.en), so a translation edit shows one line. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>, depth: number): void {
  if (isPlainObject(value) && depth < 3) {
    for (const [key, inner] of Object.entries(value)) {
      if (!prefix && ignoredFields.has(key)) continue;
      flatten(inner, prefix ? `${prefix}.${key}` : key, out, depth + 1);
    }
    return;
  }
  out.set(prefix, value);
}

/** The fields that differ between an audit entry's before and after, as text. */
export function diffAudit(before: unknown, after: unknown): AuditChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a, 0);
  flatten(after, '', b, 0);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const was = asText(a.get(field));
    const now = asText(b.get(field));
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}
