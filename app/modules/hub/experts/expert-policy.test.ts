import { describe, expect, it } from 'vitest';
import type { Subject } from '~/permissions/resolver';
import { anonymousSubject } from '~/permissions/resolver';
import {
  canMessageExpert,
  canReadExpert,
  checkMessageExpert,
  checkOwnExpertData,
  checkVetExpert,
  expertReaders,
} from './expert-policy';

const user = { role: 'user' as const, scopeType: 'global' as const, scopeId: '' };
const person = (userId: string, ...grants: Subject['grants']): Subject => ({
  userId,
  grants: [user, ...grants],
});
const expertUser = person('e');
const other = person('o');
const editor = person('ed', { role: 'network_secretariat', scopeType: 'global', scopeId: '' });

describe('expert policy', () => {
  const pending = { userId: 'e', status: 'pending' as const };
  const approved = { userId: 'e', status: 'approved' as const };

  it('shows a profile to the public only once approved; before, to the expert and the Hub editors', () => {
    expect(canReadExpert(anonymousSubject, pending)).toBe(false);
    expect(canReadExpert(other, pending)).toBe(false);
    expect(canReadExpert(expertUser, pending)).toBe(true);
    expect(canReadExpert(editor, pending)).toBe(true);
    expect(canReadExpert(anonymousSubject, approved)).toBe(true);
    expect(expertReaders(pending)).toContain('user:e');
  });

  it('lets editors alone vet, and not twice the same way', () => {
    expect(() => checkVetExpert(other, pending, 'approve')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => checkVetExpert(editor, pending, 'approve')).not.toThrow();
    expect(() => checkVetExpert(editor, approved, 'approve')).toThrow(
      expect.objectContaining({ code: 'hubExpertAlreadyVetted' }),
    );
    expect(() => checkVetExpert(editor, approved, 'decline')).not.toThrow();
  });

  it('lets signed-in people but the expert write to an approved expert only', () => {
    expect(canMessageExpert(anonymousSubject, approved)).toBe(false);
    expect(canMessageExpert(other, approved)).toBe(true);
    expect(canMessageExpert(expertUser, approved)).toBe(false);
    expect(canMessageExpert(other, pending)).toBe(false);
    expect(() => checkMessageExpert(other, pending)).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('keeps export and deletion to the expert themself (not even an editor)', () => {
    expect(() => checkOwnExpertData(expertUser, approved)).not.toThrow();
    expect(() => checkOwnExpertData(editor, approved)).toThrow(expect.objectContaining({ status: 403 }));
  });
});
