import { describe, expect, it } from 'vitest';
import type { PracticeStatus } from '#db/schema/hub-practice-values';
import type { Role } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import {
  canDecidePractice,
  canEditPractice,
  canManageCalls,
  canMarkPromising,
  canReadPractice,
  canSeePracticeContact,
  checkDecidePractice,
  checkEditPractice,
  checkMarkPromising,
} from './practice-policy';

const as = (userId: string, role: Role): Subject => ({
  userId,
  grants: [{ role, scopeType: 'global', scopeId: '' }],
});
const submitter = as('u-submitter', 'user');
const stranger = as('u-stranger', 'user');
const editor = as('u-editor', 'network_secretariat');
const admin = as('u-admin', 'admin');
const reviewer = as('u-reviewer', 'peer_reviewer');
const practice = (status: PracticeStatus) => ({ status, submittedBy: 'u-submitter' });

/**
 * The rules written out by hand (not derived from the matrix): who reads, sees the contact, edits,
 * decides, marks promising and manages calls, in each status.
 */
describe('practice policy', () => {
  const statuses: PracticeStatus[] = ['submitted', 'clarification_requested', 'approved', 'declined'];
  const table: [string, Subject, Record<PracticeStatus, [read: boolean, contact: boolean, edit: boolean]>][] =
    [
      [
        'anonymous',
        anonymousSubject,
        {
          submitted: [false, false, false],
          clarification_requested: [false, false, false],
          approved: [true, false, false],
          declined: [false, false, false],
        },
      ],
      [
        'another signed-in user',
        stranger,
        {
          submitted: [false, false, false],
          clarification_requested: [false, false, false],
          approved: [true, true, false],
          declined: [false, false, false],
        },
      ],
      [
        'a peer reviewer (no Hub editor role)',
        reviewer,
        {
          submitted: [false, false, false],
          clarification_requested: [false, false, false],
          approved: [true, true, false],
          declined: [false, false, false],
        },
      ],
      [
        'the submitter',
        submitter,
        {
          submitted: [true, true, true],
          clarification_requested: [true, true, true],
          approved: [true, true, false],
          declined: [true, true, false],
        },
      ],
      [
        'a Hub editor (network secretariat)',
        editor,
        {
          submitted: [true, true, true],
          clarification_requested: [true, true, true],
          approved: [true, true, false],
          declined: [true, true, false],
        },
      ],
    ];
  for (const [who, subject, expected] of table) {
    for (const status of statuses) {
      it(`${who}, ${status}`, () => {
        const p = practice(status);
        expect([
          canReadPractice(subject, p),
          canSeePracticeContact(subject, p),
          canEditPractice(subject, p),
        ]).toEqual(expected[status]);
      });
    }
  }

  it('only Hub editors decide, and only on a submitted practice', () => {
    expect(canDecidePractice(editor, practice('submitted'))).toBe(true);
    expect(canDecidePractice(admin, practice('submitted'))).toBe(true);
    expect(canDecidePractice(editor, practice('clarification_requested'))).toBe(false);
    expect(canDecidePractice(editor, practice('approved'))).toBe(false);
    expect(canDecidePractice(submitter, practice('submitted'))).toBe(false);
    expect(() => checkDecidePractice(submitter, practice('submitted'))).toThrow(/forbidden/);
    expect(() => checkDecidePractice(editor, practice('declined'))).toThrow(/practiceNotAwaitingDecision/);
  });

  it('only Hub editors mark promising, and only an approved practice', () => {
    expect(canMarkPromising(editor, practice('approved'))).toBe(true);
    expect(canMarkPromising(editor, practice('submitted'))).toBe(false);
    expect(canMarkPromising(submitter, practice('approved'))).toBe(false);
    expect(() => checkMarkPromising(editor, practice('declined'))).toThrow(/practiceNotApproved/);
    expect(() => checkMarkPromising(stranger, practice('approved'))).toThrow(/forbidden/);
  });

  it('a decided practice cannot be edited, and a stranger is refused before the status is told', () => {
    expect(() => checkEditPractice(submitter, practice('approved'))).toThrow(/practiceNotEditable/);
    expect(() => checkEditPractice(stranger, practice('submitted'))).toThrow(/forbidden/);
  });

  it('only Hub editors manage calls', () => {
    expect(canManageCalls(editor)).toBe(true);
    expect(canManageCalls(admin)).toBe(true);
    expect(canManageCalls(submitter)).toBe(false);
    expect(canManageCalls(anonymousSubject)).toBe(false);
  });
});
