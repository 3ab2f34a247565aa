import { describe, expect, it } from 'vitest';
import { type PledgeStatus, pledgeStatuses } from '#db/schema/pledges';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import {
  allowedActions,
  canEditPledge,
  canViewPledge,
  checkEdit,
  checkProgressUpdate,
  checkTransition,
  type PledgeAction,
  type PledgeRef,
  pledgeActions,
} from './pledge-policy';

const user = { role: 'user', scopeType: 'global', scopeId: '' } as const;
const subject = (...grants: Subject['grants']): Subject => ({ userId: 'u', grants: [user, ...grants] });
const subjects = {
  memberA: subject({ role: 'organisation_member', scopeType: 'organisation', scopeId: 'org-a' }),
  adminA: subject({ role: 'organisation_admin', scopeType: 'organisation', scopeId: 'org-a' }),
  memberB: subject({ role: 'organisation_member', scopeType: 'organisation', scopeId: 'org-b' }),
  focalJOR: subject({ role: 'focal_point', scopeType: 'country', scopeId: 'JOR' }),
  focalEGY: subject({ role: 'focal_point', scopeType: 'country', scopeId: 'EGY' }),
  secretariat: subject({ role: 'network_secretariat', scopeType: 'global', scopeId: '' }),
  regional: subject({ role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }),
  admin: subject({ role: 'admin', scopeType: 'global', scopeId: '' }),
  signedIn: subject(),
  anonymous: anonymousSubject,
};
type Who = keyof typeof subjects;

const orgPledge = (status: PledgeStatus): PledgeRef => ({
  status,
  organisationId: 'org-a',
  countryIso3: null,
});
const statePledge = (status: PledgeStatus): PledgeRef => ({
  status,
  organisationId: null,
  countryIso3: 'JOR',
});

/** Written out, not derived from the rules: status → action → next status. */
const expectedMoves: Record<PledgeStatus, Partial<Record<PledgeAction, PledgeStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { requestChanges: 'changes_requested', approve: 'approved' },
  changes_requested: { submit: 'submitted' },
  approved: { requestChanges: 'changes_requested', publish: 'published' },
  published: { close: 'closed' },
  closed: {},
};
const pledgerActions: PledgeAction[] = ['submit'];
const reviewerActions: PledgeAction[] = ['requestChanges', 'approve', 'publish', 'close'];

const rights: { pledge: typeof orgPledge; name: string; pledgers: Who[]; reviewers: Who[] }[] = [
  {
    pledge: orgPledge,
    name: 'organisation A pledge',
    pledgers: ['memberA', 'adminA', 'admin'],
    reviewers: ['secretariat', 'admin'],
  },
  {
    pledge: statePledge,
    name: 'Jordan pledge',
    pledgers: ['focalJOR', 'admin'],
    reviewers: ['secretariat', 'admin'],
  },
];

describe('pledge workflow', () => {
  for (const { pledge, name, pledgers, reviewers } of rights) {
    for (const who of Object.keys(subjects) as Who[]) {
      it(`${who} on the ${name}: every allowed and refused transition`, () => {
        for (const status of pledgeStatuses) {
          const mayAct = (action: PledgeAction) =>
            (pledgerActions.includes(action) && pledgers.includes(who)) ||
            (reviewerActions.includes(action) && reviewers.includes(who));
          const expected = pledgeActions.filter((a) => expectedMoves[status][a] && mayAct(a));
          expect(allowedActions({ subject: subjects[who], pledge: pledge(status) }), status).toEqual(
            expected,
          );
          for (const action of pledgeActions) {
            const run = () => checkTransition({ subject: subjects[who], pledge: pledge(status), action });
            if (!mayAct(action))
              expect(run).toThrow(expect.objectContaining({ code: 'forbidden', status: 403 }));
            else if (!expectedMoves[status][action])
              expect(run).toThrow(
                expect.objectContaining({ code: 'pledgeTransitionNotAllowed', status: 409 }),
              );
            else expect(run()).toBe(expectedMoves[status][action]);
          }
        }
      });
    }
  }

  it('lets only the pledger edit, and only in draft or changes requested', () => {
    for (const status of pledgeStatuses) {
      const editable = status === 'draft' || status === 'changes_requested';
      expect(canEditPledge({ subject: subjects.memberA, pledge: orgPledge(status) })).toBe(editable);
      expect(canEditPledge({ subject: subjects.focalJOR, pledge: statePledge(status) })).toBe(editable);
      for (const who of ['memberB', 'focalEGY', 'secretariat', 'regional', 'signedIn'] as const) {
        expect(canEditPledge({ subject: subjects[who], pledge: orgPledge(status) })).toBe(false);
        expect(canEditPledge({ subject: subjects[who], pledge: statePledge(status) })).toBe(false);
        expect(() => checkEdit({ subject: subjects[who], pledge: statePledge(status) })).toThrow(
          expect.objectContaining({ status: 403 }),
        );
      }
      // The Jordan focal point is no pledger of an organisation's pledge, nor organisation A of Jordan's.
      expect(canEditPledge({ subject: subjects.focalJOR, pledge: orgPledge(status) })).toBe(false);
      expect(canEditPledge({ subject: subjects.memberA, pledge: statePledge(status) })).toBe(false);
      const check = () => checkEdit({ subject: subjects.focalJOR, pledge: statePledge(status) });
      if (editable) expect(check).not.toThrow();
      else expect(check).toThrow(expect.objectContaining({ code: 'pledgeNotEditable', status: 409 }));
    }
  });

  it('takes progress updates from the pledger on published pledges only', () => {
    for (const status of pledgeStatuses) {
      const run = () => checkProgressUpdate({ subject: subjects.focalJOR, pledge: statePledge(status) });
      if (status === 'published') expect(run).not.toThrow();
      else expect(run).toThrow(expect.objectContaining({ code: 'pledgeNotPublished', status: 409 }));
      expect(() => checkProgressUpdate({ subject: subjects.focalEGY, pledge: statePledge(status) })).toThrow(
        expect.objectContaining({ status: 403 }),
      );
      expect(() =>
        checkProgressUpdate({ subject: subjects.secretariat, pledge: statePledge(status) }),
      ).toThrow(expect.objectContaining({ status: 403 }));
    }
  });

  it('shows unpublished pledges only to the pledger, partners and reviewers', () => {
    for (const status of pledgeStatuses) {
      const open = status === 'published' || status === 'closed';
      const p = statePledge(status);
      expect(canViewPledge({ subject: subjects.anonymous, pledge: p })).toBe(open);
      expect(canViewPledge({ subject: subjects.focalEGY, pledge: p })).toBe(open);
      expect(canViewPledge({ subject: subjects.regional, pledge: p })).toBe(open);
      expect(canViewPledge({ subject: subjects.focalJOR, pledge: p })).toBe(true);
      expect(canViewPledge({ subject: subjects.secretariat, pledge: p })).toBe(true);
      expect(
        canViewPledge({
          subject: subjects.memberB,
          pledge: p,
          partners: [{ organisationId: 'org-b', countryIso3: null }],
        }),
      ).toBe(true);
    }
  });
});
