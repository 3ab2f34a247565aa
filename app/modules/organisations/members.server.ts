import { and, eq, sql } from 'drizzle-orm';
import { type OrganisationRole, organisationMembers, organisations } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';

/**
 * Locks the organisation row for the rest of the transaction, so membership changes of one
 * organisation happen one after another and the "at least one admin" check cannot race.
 */
export async function lockOrganisation(tx: DbOrTx, organisationId: string) {
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
  if (!row) throw notFound();
}

export async function membershipOf(tx: DbOrTx, organisationId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
    )
    .limit(1);
  return row;
}

export async function adminCount(tx: DbOrTx, organisationId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, 'admin')),
    );
  return Number(row?.n ?? 0);
}

/** Refuses a change that would leave the organisation without an administrator. */
export async function keepOneAdmin(
  tx: DbOrTx,
  organisationId: string,
  current: OrganisationRole,
  next: OrganisationRole | null,
) {
  if (current === 'admin' && next !== 'admin' && (await adminCount(tx, organisationId)) <= 1) {
    throw new AppError('lastAdmin', 409);
  }
}

export const organisationRoles = ['admin', 'member'] as const satisfies readonly OrganisationRole[];
