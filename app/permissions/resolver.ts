import { type Action, matrix, type Role, type ScopeType } from './matrix';

export interface Grant {
  role: Role;
  scopeType: ScopeType;
  scopeId: string;
}

/** The person asking: anonymous when userId is null. */
export interface Subject {
  userId: string | null;
  grants: Grant[];
}

/** What the action touches, as far as scope is concerned. Omit it for actions on the platform as a whole. */
export interface Resource {
  ownerId?: string | null;
  country?: string | null;
  regions?: readonly string[];
  organisationId?: string | null;
}

export const anonymousSubject: Subject = {
  userId: null,
  grants: [{ role: 'anonymous', scopeType: 'global', scopeId: '' }],
};

/** Fails closed: a scoped rule needs a scoped grant with a non-empty scope id. */
function withinScope(grant: Grant, resource: Resource | undefined): boolean {
  if (!resource || !grant.scopeId) return false;
  switch (grant.scopeType) {
    case 'country':
      return resource.country === grant.scopeId;
    case 'region':
      return resource.regions?.includes(grant.scopeId) ?? false;
    case 'organisation':
      return resource.organisationId === grant.scopeId;
    case 'global':
      return false;
  }
}

/**
 * Pure: may this subject perform the action on this resource? Without a resource, a scoped grant
 * answers "yes, somewhere" so the UI can offer an entry point; the guard then checks the record.
 */
export function can(
  subject: Subject,
  action: Action,
  resource?: Resource,
  options: { somewhere?: boolean } = {},
) {
  return subject.grants.some((grant) => {
    const reach = matrix[grant.role][action];
    if (!reach) return false;
    if (reach === 'any') return true;
    if (reach === 'own')
      return resource ? Boolean(subject.userId) && resource.ownerId === subject.userId : !!options.somewhere;
    return resource ? withinScope(grant, resource) : !!options.somewhere;
  });
}

/** Where an action reaches for a subject: the scopes a query may be limited to. */
export interface Scopes {
  /** Every record (an unscoped grant, e.g. administrators). */
  any: boolean;
  /** Records the subject owns (created, or is the subject of). */
  own: boolean;
  countries: string[];
  regions: string[];
  organisations: string[];
}

/**
 * Pure: where may this subject take the action? The same grants and matrix as can(), turned into
 * lists for a query's where clause (a record in one of the lists, or any record when `any`). Fails
 * closed like can(): a scoped grant without a scope id, or with no scope of its own, reaches
 * nothing; "own" needs a user.
 */
export function scopesFor(subject: Subject, action: Action): Scopes {
  let any = false;
  let own = false;
  const lists = { country: new Set<string>(), region: new Set<string>(), organisation: new Set<string>() };
  for (const grant of subject.grants) {
    const reach = matrix[grant.role][action];
    if (reach === 'any') any = true;
    else if (reach === 'own') own ||= Boolean(subject.userId);
    else if (reach === 'scoped' && grant.scopeId && grant.scopeType !== 'global') {
      lists[grant.scopeType].add(grant.scopeId);
    }
  }
  return {
    any,
    own,
    countries: [...lists.country],
    regions: [...lists.region],
    organisations: [...lists.organisation],
  };
}
