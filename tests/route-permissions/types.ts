import type { DbOrTx } from '~/platform/db.server';

/** Shared vocabulary of the route permission table (tests/route-permissions.test.ts) and its area files. */
export const who = [
  'anonymous',
  'user',
  'admin',
  'network_secretariat',
  'regional_secretariat',
  'focal_point',
  'organisation_admin',
  'organisation_member',
  'peer_reviewer',
  'expert',
  'fund_steering_committee',
] as const;
export type Who = (typeof who)[number];
export const signedIn = who.filter((w) => w !== 'anonymous');

export interface Ids extends Record<string, string> {
  organisationId: string;
  targetUserId: string;
  /** Pledges of the test organisation in three states. */
  publishedPledgeId: string;
  draftPledgeId: string;
  submittedPledgeId: string;
}

export interface Row {
  /** Path of the route as app/routes.ts builds it, e.g. ":lang/admin/users/:id". */
  route: string;
  url: (ids: Ids) => string;
  /** Who may open it; everyone else is sent to sign in (anonymous; 401 from the API) or refused with 403. */
  allow: readonly Who[];
  /** Statuses accepted for an allowed viewer (default [200]). */
  ok?: readonly number[];
  /** Statuses accepted for a signed-in allowed viewer, when they differ (pages for signed-out people). */
  okSignedIn?: readonly number[];
  /** Statuses accepted for a signed-in viewer who is refused (default [403]; 404 where existence is hidden). */
  refused?: readonly number[];
  /** Where an anonymous visitor is redirected, when that is not the sign-in page. */
  anonymousRedirect?: string;
  /** The page is still a placeholder owned by another engineer: the row is checked once it is written. */
  pending?: string;
}

export const everyone = who;
export const secretariats = ['admin', 'network_secretariat', 'regional_secretariat'] as const;

/**
 * One area's rows, and the records its rows need (created once, before the table runs). Area files
 * keep a growing platform's rows apart, so each domain owns its part of the table.
 */
export interface Area {
  rows: Row[];
  setup?(context: {
    db: DbOrTx;
    userIds: Record<Exclude<Who, 'anonymous'>, string>;
    organisationId: string;
  }): Promise<Record<string, string>>;
}
