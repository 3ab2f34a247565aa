import { describe, expect, it } from 'vitest';
import { subjectKeys } from '~/permissions/access-keys';
import type { Subject } from '~/permissions/resolver';
import { audienceGroupKeys, formatAudienceGroup, parseAudienceGroup, regionsNamed } from './audience-groups';

const org = '0b8d3c1e-5f7a-4c2b-9d1e-3a4b5c6d7e8f';
const statesOf = (region: string) => (region === 'LAS' ? ['JOR', 'EGY'] : []);
const member = (subject: Subject, groups: string[]) => {
  const held = new Set(subjectKeys(subject));
  return audienceGroupKeys(groups, statesOf).some((k) => held.has(k));
};

describe('audience groups of discussion spaces', () => {
  it('reads only the groups a space may be held for, in one stored form', () => {
    expect(parseAudienceGroup('role:focal_point@country:jor')).toEqual({
      kind: 'role',
      role: 'focal_point',
      scope: { type: 'country', id: 'JOR' },
    });
    expect(formatAudienceGroup(parseAudienceGroup('role:focal_point@country:jor')!)).toBe(
      'role:focal_point@country:JOR',
    );
    expect(parseAudienceGroup(`organisation:${org}`)).toEqual({ kind: 'organisation', id: org });
    for (const bad of [
      'role:admin',
      'role:user',
      'role:peer_reviewer@region:LAS',
      'role:regional_secretariat@country:JOR',
      'organisation:not-a-uuid',
      'role:focal_point@region:',
      'anyone',
    ])
      expect(parseAudienceGroup(bad)).toBeNull();
    expect(
      regionsNamed(['role:focal_point@region:LAS', 'role:regional_secretariat@region:LAS', 'role:expert']),
    ).toEqual(['LAS']);
  });

  it("counts a region's focal points by their states, a secretariat by its region, an organisation's members and admins", () => {
    const focal = (iso3: string): Subject => ({
      userId: `fp-${iso3}`,
      grants: [{ role: 'focal_point', scopeType: 'country', scopeId: iso3 }],
    });
    expect(member(focal('JOR'), ['role:focal_point@region:LAS'])).toBe(true);
    expect(member(focal('FRA'), ['role:focal_point@region:LAS'])).toBe(false);
    expect(member(focal('FRA'), ['role:focal_point'])).toBe(true);
    expect(member(focal('JOR'), ['role:focal_point@country:EGY'])).toBe(false);
    const secretariat: Subject = {
      userId: 's',
      grants: [{ role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }],
    };
    expect(member(secretariat, ['role:regional_secretariat@region:LAS'])).toBe(true);
    expect(member(secretariat, ['role:focal_point@region:LAS'])).toBe(false);
    for (const role of ['organisation_member', 'organisation_admin'] as const)
      expect(
        member({ userId: role, grants: [{ role, scopeType: 'organisation', scopeId: org }] }, [
          `organisation:${org}`,
        ]),
      ).toBe(true);
    expect(
      member({ userId: 'x', grants: [{ role: 'user', scopeType: 'global', scopeId: '' }] }, [
        'role:focal_point',
        `organisation:${org}`,
      ]),
    ).toBe(false);
  });
});
