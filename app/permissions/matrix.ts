/**
 * Who may do what, and where, as data. Access is decided in two layers, and nowhere else:
 * 1. This matrix and the pure resolver (resolver.ts) decide what a role may do and where: "any" on
 *    every record, "scoped" within the grant's scope (a country, a region or an organisation),
 *    "own" on records the user created or is the subject of. `can()` answers for one record,
 *    `scopesFor()` lists where an action reaches (for queries), access-keys.ts says the same as
 *    keys stored on content index rows. Routes ask through the guards (guard.server.ts); public
 *    pages and "any signed-in person" are not actions here but guardPublic() and guardSignedIn().
 * 2. Each domain's `<domain>-policy.ts` (review, cycle, synthesis, plan, pledge, support) decides
 *    per record: its status, its owners, co-editors or partners — pure functions that ask the
 *    resolver for the scope part. Pages, the API and domain operations ask the policy.
 */
export const roles = [
  'admin',
  'network_secretariat',
  'regional_secretariat',
  'focal_point',
  'organisation_admin',
  'organisation_member',
  'peer_reviewer',
  'expert',
  'fund_steering_committee',
  'user',
  'anonymous',
] as const;
export type Role = (typeof roles)[number];

/** Roles an administrator assigns; "user" and "anonymous" are implicit, organisation roles come from membership. */
export const assignableRoles = [
  'admin',
  'network_secretariat',
  'regional_secretariat',
  'focal_point',
  'organisation_admin',
  'organisation_member',
  'peer_reviewer',
  'expert',
  'fund_steering_committee',
] as const satisfies readonly Role[];
export type AssignableRole = (typeof assignableRoles)[number];

export type ScopeType = 'global' | 'region' | 'country' | 'organisation';
export const roleScope: Record<AssignableRole, ScopeType> = {
  admin: 'global',
  network_secretariat: 'global',
  regional_secretariat: 'region',
  focal_point: 'country',
  organisation_admin: 'organisation',
  organisation_member: 'organisation',
  peer_reviewer: 'global',
  expert: 'global',
  fund_steering_committee: 'global',
};

export const actions = [
  'reference.edit',
  'account.edit',
  'users.read',
  'users.invite',
  'roles.assign',
  'audit.read',
  'outbox.read',
  'organisations.create',
  'organisations.edit',
  'organisations.members.manage',
  'organisations.verify',
  // Later capabilities, declared now so routes and tests grow into one model.
  'reviews.cycles.manage',
  'reviews.edit',
  'reviews.submit',
  'reviews.moderate',
  'plans.edit',
  'pledges.create',
  'pledges.edit',
  'pledges.review',
  'hub.contribute',
  'hub.peer_review',
  'hub.curate',
  'experts.profile.edit',
  'meetings.manage',
  // The Migration MPTF: a government submits concept notes; the fund's secretariat (the Network
  // secretariat) runs the pipeline, programmes and contributions; the steering committee reads it all.
  'funding.submit',
  'funding.manage',
  'funding.read',
  // GCM indicators: a state's focal points report its values; the Network secretariat keeps the
  // catalogue and builds the bundle for the Secretary-General's report.
  'indicators.report',
  'indicators.manage',
  // The instruments around the review: the Network secretariat keeps the champion roster, the
  // consultation mechanisms and the UN networks; a mechanism's activities are recorded by it or by a
  // regional secretariat of a region of the mechanism's member states.
  'instruments.manage',
  'mechanisms.activities.record',
] as const;
export type Action = (typeof actions)[number];
export type Reach = 'any' | 'scoped' | 'own';

type Grants = Partial<Record<Action, Reach>>;

const signedIn: Grants = { 'account.edit': 'own', 'organisations.create': 'any' };
const secretariat: Grants = {
  ...signedIn,
  'reference.edit': 'any',
  'users.read': 'any',
  'organisations.verify': 'any',
};

export const matrix: Record<Role, Grants> = {
  // Public pages need no action (guardPublic); what else an anonymous visitor reads, a policy decides.
  anonymous: {},
  user: signedIn,
  admin: Object.fromEntries(actions.map((a) => [a, 'any'])) as Grants,
  network_secretariat: {
    ...secretariat,
    'audit.read': 'any',
    'pledges.review': 'any',
    'hub.curate': 'any',
    'meetings.manage': 'any',
    'reviews.moderate': 'any',
    'funding.submit': 'any',
    'funding.manage': 'any',
    'funding.read': 'any',
    'indicators.manage': 'any',
    'instruments.manage': 'any',
    'mechanisms.activities.record': 'any',
  },
  regional_secretariat: {
    ...secretariat,
    'mechanisms.activities.record': 'scoped',
    'reviews.cycles.manage': 'scoped',
    'reviews.moderate': 'scoped',
    'meetings.manage': 'scoped',
  },
  focal_point: {
    ...signedIn,
    'reviews.edit': 'scoped',
    'reviews.submit': 'scoped',
    'plans.edit': 'scoped',
    'pledges.create': 'scoped',
    'pledges.edit': 'scoped',
    'funding.submit': 'scoped',
    'indicators.report': 'scoped',
  },
  // Organisations write parallel (shadow) reviews: members draft, the organisation's admins submit.
  organisation_admin: {
    ...signedIn,
    'organisations.edit': 'scoped',
    'organisations.members.manage': 'scoped',
    'reviews.edit': 'scoped',
    'reviews.submit': 'scoped',
    'pledges.create': 'scoped',
    'pledges.edit': 'scoped',
    'hub.contribute': 'any',
  },
  organisation_member: {
    ...signedIn,
    'reviews.edit': 'scoped',
    'pledges.create': 'scoped',
    'pledges.edit': 'scoped',
    'hub.contribute': 'any',
  },
  peer_reviewer: { ...signedIn, 'hub.peer_review': 'any' },
  expert: { ...signedIn, 'experts.profile.edit': 'own', 'hub.contribute': 'any' },
  fund_steering_committee: { ...signedIn, 'funding.read': 'any' },
};
