import type { Translated } from '#db/schema/columns';
import { roleKey } from '~/permissions/access-keys';
import type { Role } from '~/permissions/matrix';
import { isUuid } from '~/platform/uuid';

/**
 * The groups a discussion space may be held for (audience 'groups'), built on the roles people already
 * hold (app/permissions): a role anywhere (`role:peer_reviewer`), a role within a country or a region
 * (`role:focal_point@region:LAS`: the focal points of the region's states), or the members of an
 * organisation (`organisation:<id>`). Pure; discussion-records.server.ts supplies a region's states.
 */
export const audienceGroupRoles = [
  'network_secretariat',
  'regional_secretariat',
  'focal_point',
  'peer_reviewer',
  'expert',
  'fund_steering_committee',
] as const satisfies readonly Role[];
export type AudienceGroupRole = (typeof audienceGroupRoles)[number];

/** Where a role may be narrowed to: a focal point's country (or a region's), a secretariat's region. */
const scopesOf: Record<AudienceGroupRole, readonly ('region' | 'country')[]> = {
  network_secretariat: [],
  regional_secretariat: ['region'],
  focal_point: ['region', 'country'],
  peer_reviewer: [],
  expert: [],
  fund_steering_committee: [],
};

export type AudienceGroup =
  | { kind: 'role'; role: AudienceGroupRole; scope?: { type: 'region' | 'country'; id: string } }
  | { kind: 'organisation'; id: string };

/** A space's group as its readers see it: a role, the place it is narrowed to, or an organisation. */
export type NamedAudienceGroup =
  | { kind: 'role'; role: AudienceGroupRole; place: Translated | null }
  | { kind: 'organisation'; name: Translated };

const rolePattern = /^role:([a-z_]+)(?:@(region|country):([A-Za-z0-9_-]{1,40}))?$/;

/** A group from its stored form, or null when it names no group a space may be held for. */
export function parseAudienceGroup(text: string): AudienceGroup | null {
  if (text.startsWith('organisation:')) {
    const id = text.slice('organisation:'.length);
    return isUuid(id) ? { kind: 'organisation', id } : null;
  }
  const m = rolePattern.exec(text);
  if (!m) return null;
  const role = audienceGroupRoles.find((r) => r === m[1]);
  if (!role) return null;
  if (!m[2]) return { kind: 'role', role };
  const type = m[2] as 'region' | 'country';
  if (!scopesOf[role].includes(type)) return null;
  return { kind: 'role', role, scope: { type, id: type === 'country' ? m[3]!.toUpperCase() : m[3]! } };
}

export function formatAudienceGroup(group: AudienceGroup): string {
  if (group.kind === 'organisation') return `organisation:${group.id}`;
  return group.scope ? `role:${group.role}@${group.scope.type}:${group.scope.id}` : `role:${group.role}`;
}

/** The places each role may be narrowed to, for the form. */
export const audienceGroupScopes = scopesOf;

/** Regions named by the groups (their states are needed to expand them). */
export const regionsNamed = (groups: readonly string[]) => [
  ...new Set(
    groups
      .map(parseAudienceGroup)
      .flatMap((g) => (g?.kind === 'role' && g.scope?.type === 'region' ? [g.scope.id] : [])),
  ),
];

/**
 * The access keys (app/permissions/access-keys.ts) whose holders belong to the groups. A region's
 * focal points are the focal points of its states, since a focal point's role is held for a country;
 * a regional secretariat holds its role for the region itself.
 */
export function audienceGroupKeys(
  groups: readonly string[],
  statesOf: (regionId: string) => readonly string[],
): string[] {
  const keys = new Set<string>();
  for (const group of groups.map(parseAudienceGroup)) {
    if (!group) continue;
    if (group.kind === 'organisation') {
      const scope = { type: 'organisation', id: group.id };
      keys.add(roleKey('organisation_member', scope));
      keys.add(roleKey('organisation_admin', scope));
    } else if (!group.scope) keys.add(roleKey(group.role));
    else {
      keys.add(roleKey(group.role, group.scope));
      if (group.scope.type === 'region' && scopesOf[group.role].includes('country'))
        for (const iso3 of statesOf(group.scope.id))
          keys.add(roleKey(group.role, { type: 'country', id: iso3 }));
    }
  }
  return [...keys].sort();
}
