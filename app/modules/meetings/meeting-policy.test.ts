import { describe, expect, it } from 'vitest';
import type { Role } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { canManageMeeting, canNominate, canSeeMeeting, organisedRegionIds } from './meeting-policy';

const as = (role: Role, scopeId = ''): Subject => ({
  userId: `user-${role}-${scopeId}`,
  grants: [{ role, scopeType: scopeId ? 'region' : 'global', scopeId }],
});
const las = as('regional_secretariat', 'LAS');
const ece = as('regional_secretariat', 'ECE');
const network = as('network_secretariat');
const admin = as('admin');
const user = as('user');

describe('meeting policy', () => {
  // Hand-written expectations: [subject, manages LAS meeting, manages global meeting, sees LAS draft]
  const table: [string, Subject, boolean, boolean, boolean][] = [
    ['anonymous', anonymousSubject, false, false, false],
    ['signed-in user', user, false, false, false],
    ['LAS secretariat', las, true, false, true],
    ['ECE secretariat', ece, false, false, false],
    ['Network secretariat', network, true, true, true],
    ['administrator', admin, true, true, true],
  ];
  it.each(table)('%s', (_name, subject, managesLas, managesGlobal, seesDraft) => {
    expect(canManageMeeting(subject, { regionId: 'LAS' })).toBe(managesLas);
    expect(canManageMeeting(subject, { regionId: null })).toBe(managesGlobal);
    expect(canSeeMeeting(subject, { regionId: 'LAS', status: 'draft' })).toBe(seesDraft);
    expect(canSeeMeeting(subject, { regionId: 'LAS', status: 'cancelled' })).toBe(true);
  });

  it('takes nominations from signed-in people on published meetings only', () => {
    expect(canNominate(user, { regionId: 'LAS', status: 'published' })).toBe(true);
    expect(canNominate(anonymousSubject, { regionId: 'LAS', status: 'published' })).toBe(false);
    expect(canNominate(user, { regionId: 'LAS', status: 'cancelled' })).toBe(false);
  });

  it('lists the regions a secretariat organises', () => {
    expect(organisedRegionIds(las)).toEqual(['LAS']);
    expect(organisedRegionIds(network)).toBe('any');
    expect(organisedRegionIds(user)).toEqual([]);
  });
});
