import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { organisationMembers, roleAssignments, users } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import type { ReviewRow } from '../review-records.server';
import type { MailRecipient } from './review-mail.server';

const recipientColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  digits: users.digits,
};
/** People who can act on a mail: active accounts that have set a password. */
const active = and(isNull(users.disabledAt), isNotNull(users.passwordHash));

const unique = (rows: (MailRecipient & { id: string })[]) => [
  ...new Map(rows.map((r) => [r.id, r])).values(),
];

/** The secretariat of a region: users holding regional_secretariat scoped to it (found via role_assignments). */
export async function secretariatOf(db: DbOrTx, regionId: string) {
  const rows = await db
    .select(recipientColumns)
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'regional_secretariat'),
        eq(roleAssignments.scopeType, 'region'),
        eq(roleAssignments.scopeId, regionId),
        active,
      ),
    );
  return unique(rows);
}

/**
 * The people who write a review: the state's focal points (national) or the organisation's members
 * (parallel), and the invited co-editors.
 */
export async function editorsOf(
  db: DbOrTx,
  review: Pick<ReviewRow, 'kind' | 'countryIso3' | 'organisationId'>,
  coEditorIds: string[],
) {
  const owners =
    review.kind === 'national'
      ? await db
          .select(recipientColumns)
          .from(roleAssignments)
          .innerJoin(users, eq(users.id, roleAssignments.userId))
          .where(
            and(
              eq(roleAssignments.role, 'focal_point'),
              eq(roleAssignments.scopeType, 'country'),
              eq(roleAssignments.scopeId, review.countryIso3 ?? ''),
              active,
            ),
          )
      : await db
          .select(recipientColumns)
          .from(organisationMembers)
          .innerJoin(users, eq(users.id, organisationMembers.userId))
          .where(and(eq(organisationMembers.organisationId, review.organisationId ?? ''), active));
  const coEditors = coEditorIds.length
    ? await db
        .select(recipientColumns)
        .from(users)
        .where(and(inArray(users.id, coEditorIds), active))
    : [];
  return unique([...owners, ...coEditors]);
}
