import { describe, expect, it } from 'vitest';
import { readerSet, resourceKeys, subjectKeys, userKey } from './access-keys';
import { actions } from './matrix';
import { anonymousSubject, can, type Resource, type Subject } from './resolver';

const subjects: Record<string, Subject> = {
  anonymous: anonymousSubject,
  user: { userId: 'u1', grants: [{ role: 'user', scopeType: 'global', scopeId: '' }] },
  admin: { userId: 'u2', grants: [{ role: 'admin', scopeType: 'global', scopeId: '' }] },
  focalJordan: {
    userId: 'u3',
    grants: [
      { role: 'user', scopeType: 'global', scopeId: '' },
      { role: 'focal_point', scopeType: 'country', scopeId: 'JOR' },
    ],
  },
  lasSecretariat: {
    userId: 'u4',
    grants: [{ role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }],
  },
  orgMember: {
    userId: 'u5',
    grants: [{ role: 'organisation_member', scopeType: 'organisation', scopeId: 'org-1' }],
  },
  // A scoped grant without a scope id reaches nothing (fails closed).
  focalWithoutCountry: { userId: 'u6', grants: [{ role: 'focal_point', scopeType: 'country', scopeId: '' }] },
  network: { userId: 'u7', grants: [{ role: 'network_secretariat', scopeType: 'global', scopeId: '' }] },
  expert: { userId: 'u8', grants: [{ role: 'expert', scopeType: 'global', scopeId: '' }] },
};

const resources: Resource[] = [
  {},
  { country: 'JOR' },
  { country: 'EGY' },
  { regions: ['LAS'] },
  { regions: ['M49-150', 'LAS'] },
  { organisationId: 'org-1' },
  { organisationId: 'org-2', country: 'JOR' },
  { ownerId: 'u8' },
  { ownerId: 'u1' },
  { country: '', regions: [''], organisationId: '' },
];

const shareKey = (a: string[], b: string[]) => a.some((key) => b.includes(key));

describe('access keys', () => {
  it('agree with the resolver for every subject, action and resource', () => {
    let checked = 0;
    for (const subject of Object.values(subjects)) {
      const held = subjectKeys(subject);
      for (const action of actions) {
        for (const resource of resources) {
          expect([action, resource, shareKey(held, resourceKeys(action, resource))]).toEqual([
            action,
            resource,
            can(subject, action, resource),
          ]);
          checked++;
        }
      }
    }
    expect(checked).toBe(Object.keys(subjects).length * actions.length * resources.length);
  });

  it('name the keys a focal point holds and a country-scoped record carries', () => {
    expect(subjectKeys(subjects.focalJordan!)).toContain('plans.edit@country:JOR');
    expect(subjectKeys(subjects.focalJordan!)).toContain(userKey('u3'));
    expect(subjectKeys(subjects.focalWithoutCountry!).some((k) => k.includes('@country:'))).toBe(false);
    expect(subjectKeys(anonymousSubject)).not.toContain('user:null');
    expect(resourceKeys('plans.edit', { country: 'JOR' })).toEqual([
      'plans.edit@*',
      'plans.edit@country:JOR',
    ]);
  });

  it('name the roles a subject holds, scoped and not, failing closed without a scope id', () => {
    expect(subjectKeys(subjects.focalJordan!)).toEqual(
      expect.arrayContaining(['role:focal_point', 'role:focal_point@country:JOR']),
    );
    expect(subjectKeys(subjects.network!)).toContain('role:network_secretariat');
    expect(subjectKeys(subjects.orgMember!)).toContain('role:organisation_member@organisation:org-1');
    expect(subjectKeys(subjects.focalWithoutCountry!).some((k) => k.startsWith('role:'))).toBe(false);
    expect(subjectKeys(subjects.user!).some((k) => k.startsWith('role:'))).toBe(false);
    expect(subjectKeys(anonymousSubject)).toEqual([]);
  });

  it('stores reader sets unique and sorted', () => {
    expect(readerSet(['b', 'a'], ['a', 'c'])).toEqual(['a', 'b', 'c']);
  });
});
