import { and, eq, sql } from 'drizzle-orm';
import { roleAssignments, users } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Db } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { hashPassword, passwordMaxLength, passwordMinLength } from './password.server';
import { findUserByEmail, normaliseEmail } from './users.server';

/**
 * For the command line: creates an administrator, or promotes an existing account (setting the
 * password when one is given). The address counts as verified; the trail records no actor.
 */
export async function createAdmin(options: { db: Db; email: string; name: string; password?: string }) {
  const { db, password } = options;
  const email = normaliseEmail(options.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new AppError('invalidEmail', 400);
  if (
    password !== undefined &&
    (password.length < passwordMinLength || password.length > passwordMaxLength)
  ) {
    throw new AppError('passwordLength', 400, { min: passwordMinLength, max: passwordMaxLength });
  }
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  return db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (!existing && !passwordHash) throw new AppError('passwordRequired', 400);
    let userId: string;
    let created = false;
    if (existing) {
      userId = existing.id;
      await tx
        .update(users)
        .set({
          name: options.name.trim() || existing.name,
          emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
          disabledAt: null,
          updatedAt: new Date(),
          ...(passwordHash ? { passwordHash } : {}),
        })
        .where(eq(users.id, userId));
    } else {
      const [user] = await tx
        .insert(users)
        .values({ email, name: options.name.trim(), passwordHash, emailVerifiedAt: new Date() })
        .returning({ id: users.id });
      userId = user!.id;
      created = true;
    }
    const [had] = await tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.role, 'admin')))
      .limit(1);
    if (!had)
      await tx.insert(roleAssignments).values({ userId, role: 'admin', scopeType: 'global', scopeId: '' });
    await recordAudit(tx, {
      actorId: null,
      action: 'cli.create-admin',
      entityType: 'user',
      entityId: userId,
      before: existing ? { name: existing.name, admin: Boolean(had) } : null,
      after: { name: options.name.trim() || existing?.name, admin: true, passwordSet: Boolean(passwordHash) },
    });
    return { userId, created, promoted: !had };
  });
}
