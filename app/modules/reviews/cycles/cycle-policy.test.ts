import { describe, expect, it } from 'vitest';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import type { AppError } from '~/platform/errors';
import { canForwardToImrf, checkForwardToImrf } from './cycle-policy';

const user = { role: 'user', scopeType: 'global', scopeId: '' } as const;
const subject = (userId: string, ...grants: Subject['grants']): Subject => ({
  userId,
  grants: [user, ...grants],
});
const people = {
  lasSecretariat: subject('las', { role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }),
  eceSecretariat: subject('ece', { role: 'regional_secretariat', scopeType: 'region', scopeId: 'ECE' }),
  network: subject('net', { role: 'network_secretariat', scopeType: 'global', scopeId: '' }),
  admin: subject('adm', { role: 'admin', scopeType: 'global', scopeId: '' }),
  focalJOR: subject('f-jor', { role: 'focal_point', scopeType: 'country', scopeId: 'JOR' }),
  stranger: subject('x'),
  anonymous: anonymousSubject,
};

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    return (error as AppError).code;
  }
};

describe('forwarding to the IMRF', () => {
  it('is for the cycle’s regional secretariat and administrators only', () => {
    const cycle = { regionId: 'LAS', status: 'open' as const };
    const allowed = Object.entries(people)
      .filter(([, s]) => canForwardToImrf(s, cycle))
      .map(([who]) => who);
    expect(allowed).toEqual(['lasSecretariat', 'admin']);
  });

  it('answers 404 for a draft cycle the subject may not see, 403 for a public one', () => {
    expect(
      codeOf(() => checkForwardToImrf(people.eceSecretariat, { regionId: 'LAS', status: 'draft' })),
    ).toBe('notFound');
    expect(codeOf(() => checkForwardToImrf(people.network, { regionId: 'LAS', status: 'closed' }))).toBe(
      'forbidden',
    );
    expect(
      codeOf(() => checkForwardToImrf(people.lasSecretariat, { regionId: 'LAS', status: 'closed' })),
    ).toBe('allowed');
  });
});
