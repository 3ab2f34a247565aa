import { describe, expect, it } from 'vitest';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import {
  allowedReviewActions,
  canEditReview,
  canManageEditors,
  canReadDraft,
  canReadSubmitted,
  canSeeReview,
  checkReviewTransition,
  type ReviewRef,
  reviewObjectiveTagger,
} from './review-policy';

const user = { role: 'user', scopeType: 'global', scopeId: '' } as const;
const subject = (userId: string, ...grants: Subject['grants']): Subject => ({
  userId,
  grants: [user, ...grants],
});
const people = {
  focalJOR: subject('f-jor', { role: 'focal_point', scopeType: 'country', scopeId: 'JOR' }),
  focalEGY: subject('f-egy', { role: 'focal_point', scopeType: 'country', scopeId: 'EGY' }),
  coEditor: subject('co'),
  stranger: subject('x'),
  lasSecretariat: subject('las', { role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }),
  eceSecretariat: subject('ece', { role: 'regional_secretariat', scopeType: 'region', scopeId: 'ECE' }),
  network: subject('net', { role: 'network_secretariat', scopeType: 'global', scopeId: '' }),
  admin: subject('adm', { role: 'admin', scopeType: 'global', scopeId: '' }),
  ngoMember: subject('ngo-m', { role: 'organisation_member', scopeType: 'organisation', scopeId: 'ngo' }),
  ngoAdmin: subject('ngo-a', { role: 'organisation_admin', scopeType: 'organisation', scopeId: 'ngo' }),
  anonymous: anonymousSubject,
};
type Who = keyof typeof people;
const coEditors = ['co'];

const national = (overrides: Partial<ReviewRef> = {}): ReviewRef => ({
  kind: 'national',
  status: 'drafting',
  countryIso3: 'JOR',
  organisationId: null,
  submittedVersions: 0,
  cycleRegionId: 'LAS',
  ...overrides,
});
const parallel = (overrides: Partial<ReviewRef> = {}): ReviewRef => ({
  ...national(),
  kind: 'parallel',
  organisationId: 'ngo',
  // A parallel review about Jordan is still the organisation's, not the state's.
  countryIso3: 'JOR',
  ...overrides,
});

const who = (pred: (s: Subject) => boolean) => (Object.keys(people) as Who[]).filter((w) => pred(people[w]));

describe('national review: who edits, reads and sees it', () => {
  it('is edited by the state focal point, invited co-editors and admins while drafting or returned', () => {
    for (const status of ['drafting', 'returned'] as const) {
      expect(who((s) => canEditReview(s, national({ status }), coEditors))).toEqual([
        'focalJOR',
        'coEditor',
        'admin',
      ]);
    }
    for (const status of ['submitted', 'acknowledged', 'published'] as const) {
      expect(who((s) => canEditReview(s, national({ status }), coEditors))).toEqual([]);
    }
  });

  it('lets only the owners (not co-editors) invite co-editors', () => {
    expect(who((s) => canManageEditors(s, national()))).toEqual(['focalJOR', 'admin']);
  });

  it('keeps the live draft from the secretariat, who reads submitted versions of its own cycles only', () => {
    expect(who((s) => canReadDraft(s, national(), coEditors))).toEqual(['focalJOR', 'coEditor', 'admin']);
    expect(who((s) => canReadSubmitted(s, national(), coEditors))).toEqual(['focalJOR', 'coEditor', 'admin']);
    expect(
      who((s) => canReadSubmitted(s, national({ status: 'submitted', submittedVersions: 1 }), coEditors)),
    ).toEqual(['focalJOR', 'coEditor', 'lasSecretariat', 'network', 'admin']);
  });

  it('is hidden from the public until published', () => {
    expect(
      canSeeReview(people.anonymous, national({ status: 'submitted', submittedVersions: 1 }), coEditors),
    ).toBe(false);
    expect(
      canSeeReview(people.stranger, national({ status: 'returned', submittedVersions: 1 }), coEditors),
    ).toBe(false);
    expect(
      canSeeReview(people.eceSecretariat, national({ status: 'submitted', submittedVersions: 1 }), []),
    ).toBe(false);
    expect(canSeeReview(people.anonymous, national({ status: 'published', submittedVersions: 1 }), [])).toBe(
      true,
    );
  });
});

describe('parallel review: the organisation writes, its admins submit', () => {
  it('is edited by the organisation members, not by the focal point of the country it is about', () => {
    expect(who((s) => canEditReview(s, parallel(), []))).toEqual(['admin', 'ngoMember', 'ngoAdmin']);
  });
  it('is submitted by the organisation admins only', () => {
    expect(who((s) => allowedReviewActions(s, parallel()).includes('submit'))).toEqual(['admin', 'ngoAdmin']);
  });
});

describe('objective tags of a free-form parallel review', () => {
  const tagger = (review: ReviewRef) =>
    Object.fromEntries(
      (Object.keys(people) as Who[])
        .map((w) => [w, reviewObjectiveTagger(people[w], review, [])])
        .filter(([, as]) => as !== null),
    );
  it('are set by its writers while drafting; the secretariat cannot tag a draft it cannot read', () => {
    expect(tagger(parallel())).toEqual({ admin: 'authors', ngoMember: 'authors', ngoAdmin: 'authors' });
  });
  it('are added to by the cycle region secretariat once submitted or published, not by the authors', () => {
    for (const status of ['submitted', 'published'] as const) {
      expect(tagger(parallel({ status, submittedVersions: 1 }))).toEqual({
        lasSecretariat: 'secretariat',
        network: 'secretariat',
        admin: 'secretariat',
      });
    }
  });
  it('go back to the authors when the review is returned to them', () => {
    expect(tagger(parallel({ status: 'returned', submittedVersions: 1 }))).toMatchObject({
      ngoMember: 'authors',
      lasSecretariat: 'secretariat',
    });
  });
});

describe('workflow transitions', () => {
  it('submit: focal point from drafting or returned; co-editors and secretariats cannot', () => {
    expect(checkReviewTransition({ subject: people.focalJOR, review: national(), action: 'submit' })).toBe(
      'submitted',
    );
    expect(
      checkReviewTransition({
        subject: people.focalJOR,
        review: national({ status: 'returned' }),
        action: 'submit',
      }),
    ).toBe('submitted');
    for (const w of ['coEditor', 'focalEGY', 'lasSecretariat', 'anonymous'] as const) {
      expect(
        () => checkReviewTransition({ subject: people[w], review: national(), action: 'submit' }),
        w,
      ).toThrow(expect.objectContaining({ code: 'forbidden' }));
    }
    expect(() =>
      checkReviewTransition({
        subject: people.focalJOR,
        review: national({ status: 'submitted' }),
        action: 'submit',
      }),
    ).toThrow(expect.objectContaining({ code: 'reviewTransitionNotAllowed', status: 409 }));
  });

  it('acknowledge, return and publish: the secretariat of the cycle region only', () => {
    const submitted = national({ status: 'submitted', submittedVersions: 1 });
    expect(who((s) => allowedReviewActions(s, submitted).length > 0)).toEqual([
      'lasSecretariat',
      'network',
      'admin',
    ]);
    expect(allowedReviewActions(people.lasSecretariat, submitted)).toEqual([
      'acknowledge',
      'return',
      'publish',
    ]);
    expect(() =>
      checkReviewTransition({ subject: people.eceSecretariat, review: submitted, action: 'publish' }),
    ).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(
      checkReviewTransition({ subject: people.lasSecretariat, review: submitted, action: 'publish' }),
    ).toBe('published');
  });

  it('return needs a comment; returned reviews reopen for the state', () => {
    const submitted = national({ status: 'acknowledged', submittedVersions: 1 });
    expect(() =>
      checkReviewTransition({
        subject: people.lasSecretariat,
        review: submitted,
        action: 'return',
        comment: '  ',
      }),
    ).toThrow(expect.objectContaining({ code: 'reviewCommentRequired' }));
    const to = checkReviewTransition({
      subject: people.lasSecretariat,
      review: submitted,
      action: 'return',
      comment: 'أضيفوا بيانات الهدف 7',
    });
    expect(to).toBe('returned');
    expect(canEditReview(people.focalJOR, national({ status: to }), [])).toBe(true);
    expect(canEditReview(people.lasSecretariat, national({ status: to }), [])).toBe(false);
  });

  it('withdraw takes a published review back to the secretariat with a reason', () => {
    const published = national({ status: 'published', submittedVersions: 2 });
    expect(
      checkReviewTransition({
        subject: people.network,
        review: published,
        action: 'withdraw',
        comment: 'correction',
      }),
    ).toBe('acknowledged');
    expect(allowedReviewActions(people.focalJOR, published)).toEqual([]);
  });
});
