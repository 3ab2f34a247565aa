import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { organisationMembers, roleAssignments, sessions, users } from '#db/schema/index';
import type { Role, ScopeType } from '~/permissions/matrix';
import type { Grant, Subject } from '~/permissions/resolver';
import { anonymousSubject } from '~/permissions/resolver';
import { platformCookies } from '~/platform/cookies.server';
import { randomToken, sha256 } from '~/platform/crypto.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

const sessionDays = 30;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: 'ar' | 'en';
  digits: 'arab' | 'latn';
  calendar: 'gregorian' | 'gregorian+hijri';
}

export interface Viewer {
  user: SessionUser | null;
  subject: Subject;
}

export const anonymousViewer: Viewer = { user: null, subject: anonymousSubject };

/** The user's grants: assigned roles plus organisation memberships, plus the implicit "user" role. */
export async function loadGrants(userId: string): Promise<Grant[]> {
  return (await loadGrantsOf(getDb(), [userId])).get(userId)!;
}

/** loadGrants for many users at once (two queries), by user id. */
export async function loadGrantsOf(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, Grant[]>> {
  const out = new Map<string, Grant[]>(
    userIds.map((id) => [id, [{ role: 'user', scopeType: 'global', scopeId: '' }]]),
  );
  if (!userIds.length) return out;
  const [assigned, memberships] = await readTogether(db, [
    () =>
      db
        .select({
          userId: roleAssignments.userId,
          role: roleAssignments.role,
          scopeType: roleAssignments.scopeType,
          scopeId: roleAssignments.scopeId,
        })
        .from(roleAssignments)
        .where(inArray(roleAssignments.userId, [...userIds])),
    () =>
      db
        .select({
          userId: organisationMembers.userId,
          organisationId: organisationMembers.organisationId,
          role: organisationMembers.role,
        })
        .from(organisationMembers)
        .where(inArray(organisationMembers.userId, [...userIds])),
  ]);
  for (const a of assigned)
    out
      .get(a.userId)
      ?.push({ role: a.role as Role, scopeType: a.scopeType as ScopeType, scopeId: a.scopeId });
  for (const m of memberships)
    out.get(m.userId)?.push({
      role: m.role === 'admin' ? 'organisation_admin' : 'organisation_member',
      scopeType: 'organisation',
      scopeId: m.organisationId,
    });
  return out;
}

export async function getViewer(request: Request): Promise<Viewer> {
  // No cookie at all (most anonymous readers, crawlers): nothing to look up.
  if (!request.headers.has('cookie')) return anonymousViewer;
  const token = platformCookies().read(request, 'session');
  if (!token) return anonymousViewer;
  const db = getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      digits: users.digits,
      calendar: users.calendar,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.idHash, sha256(token)), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)),
    )
    .limit(1);
  if (!row) return anonymousViewer;
  return { user: row, subject: { userId: row.id, grants: await loadGrants(row.id) } };
}

/** Creates a session and returns the Set-Cookie header value. */
export async function createSession(userId: string): Promise<string> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + sessionDays * 86_400_000);
  const db = getDb();
  await db.insert(sessions).values({ idHash: sha256(token), userId, expiresAt });
  await db.update(users).set({ lastSignedInAt: new Date() }).where(eq(users.id, userId));
  return platformCookies().serialize('session', token, { maxAge: sessionDays * 86_400 });
}

/** The stored hash of this request's session, to keep it when ending the user's other sessions. */
export function currentSessionHash(request: Request): string | undefined {
  const token = platformCookies().read(request, 'session');
  return token ? sha256(token) : undefined;
}

export async function destroySession(request: Request): Promise<string> {
  const token = platformCookies().read(request, 'session');
  if (token)
    await getDb()
      .delete(sessions)
      .where(eq(sessions.idHash, sha256(token)));
  return platformCookies().serialize('session', '', { maxAge: 0 });
}
