import type { Subject } from '~/permissions/resolver';

/**
 * The organisations (membership) and states (focal point) a subject speaks for as a pledger or a
 * partner. Platform-wide roles (administrators, the secretariat) are not memberships.
 */
export function pledgerScopes(subject: Subject) {
  const organisationIds = subject.grants
    .filter((g) => g.scopeType === 'organisation' && g.scopeId)
    .filter((g) => g.role === 'organisation_member' || g.role === 'organisation_admin')
    .map((g) => g.scopeId);
  const countryCodes = subject.grants
    .filter((g) => g.role === 'focal_point' && g.scopeId)
    .map((g) => g.scopeId);
  return { organisationIds: [...new Set(organisationIds)], countryCodes: [...new Set(countryCodes)] };
}
