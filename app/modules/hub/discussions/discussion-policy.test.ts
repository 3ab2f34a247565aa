import { describe, expect, it } from 'vitest';
import type { Subject } from '~/permissions/resolver';
import {
  canEditPost,
  canModerate,
  canPost,
  canPublishSummary,
  canReadSpace,
  canReport,
  EDIT_WINDOW_MS,
  type SpaceRef,
  spacePhase,
  spaceReadRule,
} from './discussion-policy';

const at = (iso: string) => new Date(iso);
const space: SpaceRef = {
  audience: 'public',
  groupKeys: [],
  opensAt: at('2026-03-01T00:00:00Z'),
  closesAt: at('2026-04-01T00:00:00Z'),
  moderatorIds: ['mod'],
};
const anonymous: Subject = { userId: null, grants: [] };
const reader: Subject = { userId: 'reader', grants: [{ role: 'user', scopeType: 'global', scopeId: '' }] };
const author: Subject = { userId: 'author', grants: [{ role: 'user', scopeType: 'global', scopeId: '' }] };
const moderator: Subject = { userId: 'mod', grants: [{ role: 'user', scopeType: 'global', scopeId: '' }] };
const editor: Subject = {
  userId: 'editor',
  grants: [{ role: 'network_secretariat', scopeType: 'global', scopeId: '' }],
};

describe('discussion policy', () => {
  it('opens at the opening instant and closes at the closing one (half-open window)', () => {
    expect(spacePhase(space, at('2026-02-28T23:59:59.999Z'))).toBe('upcoming');
    expect(spacePhase(space, at('2026-03-01T00:00:00Z'))).toBe('open');
    expect(spacePhase(space, at('2026-03-31T23:59:59.999Z'))).toBe('open');
    expect(spacePhase(space, at('2026-04-01T00:00:00Z'))).toBe('closed');
  });

  it('lets signed-in readers post only while open; anyone reads a public space, only the signed-in a signed-in one', () => {
    expect(canPost(reader, space, at('2026-03-10T00:00:00Z'))).toBe(true);
    expect(canPost(anonymous, space, at('2026-03-10T00:00:00Z'))).toBe(false);
    expect(canPost(reader, space, at('2026-02-10T00:00:00Z'))).toBe(false);
    expect(canPost(reader, space, at('2026-04-10T00:00:00Z'))).toBe(false);
    expect(canReadSpace(anonymous, space)).toBe(true);
    expect(canReadSpace(anonymous, { ...space, audience: 'signed_in' })).toBe(false);
    expect(canReadSpace(reader, { ...space, audience: 'signed_in' })).toBe(true);
  });

  it('lets only the members of its groups, its moderators and the Hub editors read or post in a groups space', () => {
    const grouped: SpaceRef = { ...space, audience: 'groups', groupKeys: ['role:focal_point@country:JOR'] };
    const focalJordan: Subject = {
      userId: 'fp',
      grants: [
        { role: 'user', scopeType: 'global', scopeId: '' },
        { role: 'focal_point', scopeType: 'country', scopeId: 'JOR' },
      ],
    };
    const focalFrance: Subject = {
      userId: 'fp2',
      grants: [{ role: 'focal_point', scopeType: 'country', scopeId: 'FRA' }],
    };
    const now = at('2026-03-10T00:00:00Z');
    expect(canReadSpace(focalJordan, grouped)).toBe(true);
    expect(canPost(focalJordan, grouped, now)).toBe(true);
    expect(canReadSpace(focalFrance, grouped)).toBe(false);
    expect(canReadSpace(reader, grouped)).toBe(false);
    expect(canPost(reader, grouped, now)).toBe(false);
    expect(canReadSpace(anonymous, grouped)).toBe(false);
    expect(canReadSpace(moderator, grouped)).toBe(true);
    expect(canReadSpace(editor, grouped)).toBe(true);
    // A groups space whose groups name nobody is read by its moderators and the editors only.
    expect(canReadSpace(focalJordan, { ...grouped, groupKeys: [] })).toBe(false);
    expect(spaceReadRule(grouped)).toEqual({
      visibility: 'restricted',
      readers: ['hub.curate@*', 'role:focal_point@country:JOR', 'user:mod'],
    });
    expect(spaceReadRule(space)).toEqual({ visibility: 'public', readers: [] });
  });

  it('lets the author edit within the window, not after, not once hidden, not another person', () => {
    const createdAt = at('2026-03-10T10:00:00Z');
    const post = { authorId: 'author', createdAt, hiddenAt: null };
    const within = new Date(createdAt.getTime() + EDIT_WINDOW_MS);
    const after = new Date(createdAt.getTime() + EDIT_WINDOW_MS + 1);
    expect(canEditPost(author, space, post, within)).toBe(true);
    expect(canEditPost(author, space, post, after)).toBe(false);
    expect(canEditPost(reader, space, post, within)).toBe(false);
    expect(canEditPost(author, space, { ...post, hiddenAt: within }, within)).toBe(false);
  });

  it('lets others report a visible post, not its author', () => {
    const post = { authorId: 'author', createdAt: at('2026-03-10T10:00:00Z'), hiddenAt: null };
    expect(canReport(reader, space, post)).toBe(true);
    expect(canReport(author, space, post)).toBe(false);
    expect(canReport(anonymous, space, post)).toBe(false);
    expect(canReport(reader, space, { ...post, hiddenAt: new Date() })).toBe(false);
  });

  it('gives moderation to the named moderators and the Hub editors; the summary only once closed', () => {
    expect(canModerate(moderator, space)).toBe(true);
    expect(canModerate(editor, space)).toBe(true);
    expect(canModerate(reader, space)).toBe(false);
    expect(canPublishSummary(moderator, space, at('2026-03-31T00:00:00Z'))).toBe(false);
    expect(canPublishSummary(moderator, space, at('2026-04-01T00:00:00Z'))).toBe(true);
    expect(canPublishSummary(reader, space, at('2026-04-02T00:00:00Z'))).toBe(false);
  });
});
