import { describe, expect, it } from 'vitest';
import { type Action, actions, matrix, type Role, roleScope, roles } from './matrix';
import {
  anonymousSubject,
  can,
  type Grant,
  type Resource,
  type Scopes,
  type Subject,
  scopesFor,
} from './resolver';

const grant = (role: Role, scopeType: Grant['scopeType'] = 'global', scopeId = ''): Grant => ({
  role,
  scopeType,
  scopeId,
});
const signedIn = (userId: string, ...extra: Grant[]): Subject => ({
  userId,
  grants: [grant('user'), ...extra],
});

/** One subject per role, scoped ones scoped as in the tests below. */
const subjects = {
  anonymous: anonymousSubject,
  user: signedIn('u-user'),
  admin: signedIn('u-admin', grant('admin')),
  network_secretariat: signedIn('u-ns', grant('network_secretariat')),
  regional_secretariat: signedIn('u-rs', grant('regional_secretariat', 'region', 'LAS')),
  focal_point: signedIn('u-fp', grant('focal_point', 'country', 'JOR')),
  organisation_admin: signedIn('u-oa', grant('organisation_admin', 'organisation', 'org-1')),
  organisation_member: signedIn('u-om', grant('organisation_member', 'organisation', 'org-1')),
  peer_reviewer: signedIn('u-pr', grant('peer_reviewer')),
  expert: signedIn('u-ex', grant('expert')),
  fund_steering_committee: signedIn('u-sc', grant('fund_steering_committee')),
} satisfies Record<Role, Subject>;
type Who = keyof typeof subjects;
const everybody = Object.keys(subjects) as Who[];
const signedInOnes = everybody.filter((w) => w !== 'anonymous');

/**
 * Who may do each action somewhere (the question a guard asks with no record at hand).
 * Written out by hand, not derived from the matrix, so a change to the matrix must change this too.
 */
const allowedSomewhere: Record<Action, Who[]> = {
  'reference.edit': ['admin', 'network_secretariat', 'regional_secretariat'],
  'account.edit': signedInOnes,
  'users.read': ['admin', 'network_secretariat', 'regional_secretariat'],
  'users.invite': ['admin'],
  'roles.assign': ['admin'],
  'audit.read': ['admin', 'network_secretariat'],
  'outbox.read': ['admin'],
  'organisations.create': signedInOnes,
  'organisations.edit': ['admin', 'organisation_admin'],
  'organisations.members.manage': ['admin', 'organisation_admin'],
  'organisations.verify': ['admin', 'network_secretariat', 'regional_secretariat'],
  'reviews.cycles.manage': ['admin', 'regional_secretariat'],
  'reviews.edit': ['admin', 'focal_point', 'organisation_admin', 'organisation_member'],
  'reviews.submit': ['admin', 'focal_point', 'organisation_admin'],
  'reviews.moderate': ['admin', 'network_secretariat', 'regional_secretariat'],
  'plans.edit': ['admin', 'focal_point'],
  'pledges.create': ['admin', 'focal_point', 'organisation_admin', 'organisation_member'],
  'pledges.edit': ['admin', 'focal_point', 'organisation_admin', 'organisation_member'],
  'pledges.review': ['admin', 'network_secretariat'],
  'hub.contribute': ['admin', 'organisation_admin', 'organisation_member', 'expert'],
  'hub.peer_review': ['admin', 'peer_reviewer'],
  'hub.curate': ['admin', 'network_secretariat'],
  'experts.profile.edit': ['admin', 'expert'],
  'meetings.manage': ['admin', 'network_secretariat', 'regional_secretariat'],
  'funding.submit': ['admin', 'network_secretariat', 'focal_point'],
  'funding.manage': ['admin', 'network_secretariat'],
  'funding.read': ['admin', 'network_secretariat', 'fund_steering_committee'],
  'indicators.report': ['admin', 'focal_point'],
  'indicators.manage': ['admin', 'network_secretariat'],
  'instruments.manage': ['admin', 'network_secretariat'],
  'mechanisms.activities.record': ['admin', 'network_secretariat', 'regional_secretariat'],
};

describe('the matrix', () => {
  it('gives every role an entry and scopes every assignable role', () => {
    expect(Object.keys(matrix).sort()).toEqual([...roles].sort());
    expect(Object.keys(roleScope).sort()).toEqual(
      roles.filter((r) => r !== 'user' && r !== 'anonymous').sort(),
    );
  });

  it('gives administrators every action on any record', () => {
    for (const action of actions) expect(matrix.admin[action], action).toBe('any');
  });
});

describe('can(): every role × every action, somewhere', () => {
  const cases = actions.flatMap((action) =>
    everybody.map((who) => ({ who, action, expected: allowedSomewhere[action].includes(who) })),
  );
  it.each(cases)('$who → $action: $expected', ({ who, action, expected }) => {
    expect(can(subjects[who], action, undefined, { somewhere: true })).toBe(expected);
  });
});

describe('can(): with no record and no "somewhere", only unscoped grants answer yes', () => {
  const cases: [Who, Action, boolean][] = [
    ['focal_point', 'reviews.edit', false],
    ['regional_secretariat', 'reviews.cycles.manage', false],
    ['regional_secretariat', 'users.read', true],
    ['organisation_admin', 'organisations.edit', false],
    ['expert', 'experts.profile.edit', false],
    ['user', 'account.edit', false],
    ['admin', 'reviews.edit', true],
    ['user', 'organisations.create', true],
    ['anonymous', 'organisations.create', false],
  ];
  it.each(cases)('%s → %s: %s', (who, action, expected) => {
    expect(can(subjects[who], action)).toBe(expected);
  });
});

describe('can(): own, any and scoped on records', () => {
  type Case = { name: string; who: Who | Subject; action: Action; resource: Resource; expected: boolean };
  const cases: Case[] = [
    // State focal point: their country only.
    {
      name: 'focal point JOR edits a JOR review',
      who: 'focal_point',
      action: 'reviews.edit',
      resource: { country: 'JOR' },
      expected: true,
    },
    {
      name: 'focal point JOR edits an EGY review',
      who: 'focal_point',
      action: 'reviews.edit',
      resource: { country: 'EGY' },
      expected: false,
    },
    {
      name: 'focal point JOR submits a JOR review',
      who: 'focal_point',
      action: 'reviews.submit',
      resource: { country: 'JOR' },
      expected: true,
    },
    {
      name: 'focal point JOR, record without a country',
      who: 'focal_point',
      action: 'reviews.edit',
      resource: { country: null },
      expected: false,
    },
    {
      name: 'focal point JOR creates a JOR pledge',
      who: 'focal_point',
      action: 'pledges.create',
      resource: { country: 'JOR' },
      expected: true,
    },
    {
      name: 'focal point JOR, a region-only record',
      who: 'focal_point',
      action: 'reviews.edit',
      resource: { regions: ['LAS'] },
      expected: false,
    },
    {
      name: 'focal point moderates nothing',
      who: 'focal_point',
      action: 'reviews.moderate',
      resource: { country: 'JOR' },
      expected: false,
    },
    // Regional secretariat: records tagged with their region.
    {
      name: 'regional LAS manages a LAS cycle',
      who: 'regional_secretariat',
      action: 'reviews.cycles.manage',
      resource: { regions: ['LAS'] },
      expected: true,
    },
    {
      name: 'regional LAS manages an ESCAP cycle',
      who: 'regional_secretariat',
      action: 'reviews.cycles.manage',
      resource: { regions: ['ESCAP'] },
      expected: false,
    },
    {
      name: 'regional LAS, a record in ESCWA and LAS',
      who: 'regional_secretariat',
      action: 'reviews.moderate',
      resource: { regions: ['ESCWA', 'LAS'] },
      expected: true,
    },
    {
      name: 'regional LAS, a record with no region',
      who: 'regional_secretariat',
      action: 'meetings.manage',
      resource: { regions: [] },
      expected: false,
    },
    {
      name: 'regional LAS, a country record',
      who: 'regional_secretariat',
      action: 'reviews.moderate',
      resource: { country: 'JOR' },
      expected: false,
    },
    {
      name: 'regional LAS edits reference data anywhere (any)',
      who: 'regional_secretariat',
      action: 'reference.edit',
      resource: { regions: ['ESCAP'] },
      expected: true,
    },
    {
      name: 'regional LAS edits a JOR review',
      who: 'regional_secretariat',
      action: 'reviews.edit',
      resource: { country: 'JOR', regions: ['LAS'] },
      expected: false,
    },
    // Network secretariat: "any" where granted, nothing scoped.
    {
      name: 'network secretariat moderates an ESCAP review',
      who: 'network_secretariat',
      action: 'reviews.moderate',
      resource: { regions: ['ESCAP'] },
      expected: true,
    },
    {
      name: 'network secretariat manages a cycle',
      who: 'network_secretariat',
      action: 'reviews.cycles.manage',
      resource: { regions: ['LAS'] },
      expected: false,
    },
    // Organisation roles: their organisation.
    {
      name: 'org admin edits their organisation',
      who: 'organisation_admin',
      action: 'organisations.edit',
      resource: { organisationId: 'org-1' },
      expected: true,
    },
    {
      name: 'org admin edits another organisation',
      who: 'organisation_admin',
      action: 'organisations.edit',
      resource: { organisationId: 'org-2' },
      expected: false,
    },
    {
      name: 'org admin manages their members',
      who: 'organisation_admin',
      action: 'organisations.members.manage',
      resource: { organisationId: 'org-1' },
      expected: true,
    },
    {
      name: 'org admin manages another org’s members',
      who: 'organisation_admin',
      action: 'organisations.members.manage',
      resource: { organisationId: 'org-2' },
      expected: false,
    },
    {
      name: 'org admin verifies their organisation',
      who: 'organisation_admin',
      action: 'organisations.verify',
      resource: { organisationId: 'org-1' },
      expected: false,
    },
    {
      name: 'org member edits their organisation',
      who: 'organisation_member',
      action: 'organisations.edit',
      resource: { organisationId: 'org-1' },
      expected: false,
    },
    {
      name: 'org member edits their org’s pledge',
      who: 'organisation_member',
      action: 'pledges.edit',
      resource: { organisationId: 'org-1' },
      expected: true,
    },
    {
      name: 'org member edits another org’s pledge',
      who: 'organisation_member',
      action: 'pledges.edit',
      resource: { organisationId: 'org-2' },
      expected: false,
    },
    {
      name: 'org member contributes to the Hub (any)',
      who: 'organisation_member',
      action: 'hub.contribute',
      resource: { organisationId: 'org-2' },
      expected: true,
    },
    // Own: the expert's profile and one's own account.
    {
      name: 'expert edits their own profile',
      who: 'expert',
      action: 'experts.profile.edit',
      resource: { ownerId: 'u-ex' },
      expected: true,
    },
    {
      name: 'expert edits another profile',
      who: 'expert',
      action: 'experts.profile.edit',
      resource: { ownerId: 'u-other' },
      expected: false,
    },
    {
      name: 'expert, a profile with no owner',
      who: 'expert',
      action: 'experts.profile.edit',
      resource: { ownerId: null },
      expected: false,
    },
    {
      name: 'plain user edits an expert profile they own',
      who: 'user',
      action: 'experts.profile.edit',
      resource: { ownerId: 'u-user' },
      expected: false,
    },
    {
      name: 'user edits their own account',
      who: 'user',
      action: 'account.edit',
      resource: { ownerId: 'u-user' },
      expected: true,
    },
    {
      name: 'user edits another account',
      who: 'user',
      action: 'account.edit',
      resource: { ownerId: 'u-admin' },
      expected: false,
    },
    {
      name: 'a grant without a user id owns nothing',
      who: { userId: null, grants: [grant('expert')] },
      action: 'experts.profile.edit',
      resource: { ownerId: null },
      expected: false,
    },
    // Peer reviewer.
    {
      name: 'peer reviewer reviews any Hub resource',
      who: 'peer_reviewer',
      action: 'hub.peer_review',
      resource: { regions: ['ESCAP'] },
      expected: true,
    },
    {
      name: 'peer reviewer curates',
      who: 'peer_reviewer',
      action: 'hub.curate',
      resource: {},
      expected: false,
    },
    // Administrator: any record.
    {
      name: 'admin edits an EGY review',
      who: 'admin',
      action: 'reviews.edit',
      resource: { country: 'EGY' },
      expected: true,
    },
    {
      name: 'admin edits any organisation',
      who: 'admin',
      action: 'organisations.edit',
      resource: { organisationId: 'org-9' },
      expected: true,
    },
    {
      name: 'admin edits someone’s expert profile',
      who: 'admin',
      action: 'experts.profile.edit',
      resource: { ownerId: 'u-ex' },
      expected: true,
    },
    // Several grants add up; each stays within its own scope.
    {
      name: 'focal point of JOR and EGY edits EGY',
      who: signedIn('u-2', grant('focal_point', 'country', 'JOR'), grant('focal_point', 'country', 'EGY')),
      action: 'reviews.edit',
      resource: { country: 'EGY' },
      expected: true,
    },
    {
      name: 'regional LAS + focal point JOR: cycle scope is the region, not the country',
      who: signedIn(
        'u-3',
        grant('regional_secretariat', 'region', 'LAS'),
        grant('focal_point', 'country', 'JOR'),
      ),
      action: 'reviews.cycles.manage',
      resource: { country: 'JOR', regions: ['ESCAP'] },
      expected: false,
    },
  ];
  it.each(cases)('$name → $expected', ({ who, action, resource, expected }) => {
    const subject = typeof who === 'string' ? subjects[who] : who;
    expect(can(subject, action, resource)).toBe(expected);
  });
});

describe('anonymous visitors', () => {
  it('may do nothing the matrix names, with or without a record (public pages need no action)', () => {
    for (const action of actions) {
      expect(can(anonymousSubject, action), action).toBe(false);
      expect(can(anonymousSubject, action, undefined, { somewhere: true }), action).toBe(false);
      expect(
        can(anonymousSubject, action, {
          ownerId: null,
          country: 'JOR',
          regions: ['LAS'],
          organisationId: 'org-1',
        }),
        action,
      ).toBe(false);
    }
  });
});

describe('scopesFor(): where an action reaches', () => {
  const none: Scopes = { any: false, own: false, countries: [], regions: [], organisations: [] };
  type Case = { name: string; who: Who | Subject; action: Action; expected: Partial<Scopes> };
  /** Written out by hand, like allowedSomewhere: what each subject reaches, not what the matrix says. */
  const cases: Case[] = [
    { name: 'anonymous edits no review', who: 'anonymous', action: 'reviews.edit', expected: {} },
    { name: 'a user edits their own account', who: 'user', action: 'account.edit', expected: { own: true } },
    { name: 'a user edits no plan', who: 'user', action: 'plans.edit', expected: {} },
    {
      name: 'a grant without a user id owns nothing',
      who: { userId: null, grants: [grant('expert')] },
      action: 'experts.profile.edit',
      expected: {},
    },
    {
      name: 'an expert edits their own profile',
      who: 'expert',
      action: 'experts.profile.edit',
      expected: { own: true },
    },
    { name: 'admin edits any review', who: 'admin', action: 'reviews.edit', expected: { any: true } },
    {
      name: 'regional LAS reads users anywhere',
      who: 'regional_secretariat',
      action: 'users.read',
      expected: { any: true },
    },
    {
      name: 'peer reviewer reviews any Hub resource',
      who: 'peer_reviewer',
      action: 'hub.peer_review',
      expected: { any: true },
    },
    {
      name: 'focal point JOR edits JOR reviews',
      who: 'focal_point',
      action: 'reviews.edit',
      expected: { countries: ['JOR'] },
    },
    {
      name: 'focal point JOR keeps JOR plans',
      who: 'focal_point',
      action: 'plans.edit',
      expected: { countries: ['JOR'] },
    },
    {
      name: 'focal point JOR moderates nothing',
      who: 'focal_point',
      action: 'reviews.moderate',
      expected: {},
    },
    {
      name: 'focal point of JOR and EGY pledges for both',
      who: signedIn('u-2', grant('focal_point', 'country', 'JOR'), grant('focal_point', 'country', 'EGY')),
      action: 'pledges.edit',
      expected: { countries: ['JOR', 'EGY'] },
    },
    {
      name: 'the same grant twice counts once',
      who: signedIn('u-2', grant('focal_point', 'country', 'JOR'), grant('focal_point', 'country', 'JOR')),
      action: 'reviews.submit',
      expected: { countries: ['JOR'] },
    },
    {
      name: 'a scoped grant without a scope id reaches nothing',
      who: signedIn('u-2', grant('focal_point', 'country', '')),
      action: 'reviews.edit',
      expected: {},
    },
    {
      name: 'a scoped role on a global grant reaches nothing',
      who: signedIn('u-2', grant('focal_point', 'global', 'JOR')),
      action: 'reviews.edit',
      expected: {},
    },
    {
      name: 'regional LAS manages LAS cycles',
      who: 'regional_secretariat',
      action: 'reviews.cycles.manage',
      expected: { regions: ['LAS'] },
    },
    {
      name: 'regional LAS edits no review',
      who: 'regional_secretariat',
      action: 'reviews.edit',
      expected: {},
    },
    {
      name: 'network secretariat manages no cycle',
      who: 'network_secretariat',
      action: 'reviews.cycles.manage',
      expected: {},
    },
    {
      name: 'org member org-1 edits its pledges',
      who: 'organisation_member',
      action: 'pledges.edit',
      expected: { organisations: ['org-1'] },
    },
    {
      name: 'org member org-1 submits no review',
      who: 'organisation_member',
      action: 'reviews.submit',
      expected: {},
    },
    {
      name: 'org admin org-1 submits its reviews',
      who: 'organisation_admin',
      action: 'reviews.submit',
      expected: { organisations: ['org-1'] },
    },
    {
      name: 'admin of org-1 and member of org-2 pledge for both',
      who: signedIn(
        'u-3',
        grant('organisation_admin', 'organisation', 'org-1'),
        grant('organisation_member', 'organisation', 'org-2'),
      ),
      action: 'pledges.edit',
      expected: { organisations: ['org-1', 'org-2'] },
    },
    {
      name: 'focal point JOR and member of org-1 write reviews for both',
      who: signedIn(
        'u-4',
        grant('focal_point', 'country', 'JOR'),
        grant('organisation_member', 'organisation', 'org-1'),
      ),
      action: 'reviews.edit',
      expected: { countries: ['JOR'], organisations: ['org-1'] },
    },
    {
      name: 'regional LAS + focal point JOR: cycles in LAS only',
      who: signedIn(
        'u-5',
        grant('regional_secretariat', 'region', 'LAS'),
        grant('focal_point', 'country', 'JOR'),
      ),
      action: 'reviews.cycles.manage',
      expected: { regions: ['LAS'] },
    },
    {
      name: 'admin who is also focal point JOR: any, and JOR still listed',
      who: signedIn('u-6', grant('admin'), grant('focal_point', 'country', 'JOR')),
      action: 'plans.edit',
      expected: { any: true, countries: ['JOR'] },
    },
  ];
  const subjectOf = (who: Who | Subject) => (typeof who === 'string' ? subjects[who] : who);

  it.each(cases)('$name', ({ who, action, expected }) => {
    expect(scopesFor(subjectOf(who), action)).toEqual({ ...none, ...expected });
  });

  /** Records to ask can() about: inside and outside every scope used above. */
  const records: Resource[] = [
    {},
    { country: 'JOR' },
    { country: 'EGY' },
    { country: 'SYR' },
    { regions: ['LAS'] },
    { regions: ['ESCAP'] },
    { organisationId: 'org-1' },
    { organisationId: 'org-2' },
    { organisationId: 'org-9' },
    { ownerId: 'u-ex' },
    { ownerId: 'u-user' },
    { ownerId: 'u-other' },
  ];
  it.each(cases)('agrees with can() on records: $name', ({ who, action }) => {
    const subject = subjectOf(who);
    const scopes = scopesFor(subject, action);
    for (const record of records) {
      const reached =
        scopes.any ||
        (scopes.own && record.ownerId === subject.userId) ||
        scopes.countries.includes(record.country ?? '') ||
        scopes.regions.some((r) => record.regions?.includes(r)) ||
        scopes.organisations.includes(record.organisationId ?? '');
      expect(can(subject, action, record), JSON.stringify(record)).toBe(reached);
    }
  });
});
