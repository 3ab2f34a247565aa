import { describe, expect, it } from 'vitest';
import type { ConceptNoteStatus } from '#db/schema/funding-values';
import { subjectKeys } from '~/permissions/access-keys';
import { anonymousSubject, type Grant, type Subject } from '~/permissions/resolver';
import type { AppError } from '~/platform/errors';
import {
  allowedPipelineActions,
  canSubmitConceptNote,
  canViewConceptNote,
  checkPipelineMove,
  conceptNoteReaders,
} from './funding-policy';

const subject = (userId: string, ...grants: Grant[]): Subject => ({
  userId,
  grants: [{ role: 'user', scopeType: 'global', scopeId: '' }, ...grants],
});
const secretariat = subject('ns', { role: 'network_secretariat', scopeType: 'global', scopeId: '' });
const committee = subject('sc', { role: 'fund_steering_committee', scopeType: 'global', scopeId: '' });
const jordan = subject('fp-jor', { role: 'focal_point', scopeType: 'country', scopeId: 'JOR' });
const egypt = subject('fp-egy', { role: 'focal_point', scopeType: 'country', scopeId: 'EGY' });
const stranger = subject('u');

const note = (status: ConceptNoteStatus) => ({ status, countryIso3: 'JOR', submittedBy: 'fp-jor' });

describe('the concept-note pipeline', () => {
  // Written out by hand: the moves the secretariat may make from each status.
  const expected: Record<ConceptNoteStatus, string[]> = {
    submitted: ['screen', 'reject'],
    screened: ['admit', 'reject'],
    in_pipeline: ['select', 'reject'],
    selected: ['fund'],
    funded: ['close'],
    closed: [],
    not_selected: [],
  };
  it.each(Object.entries(expected))('from %s the secretariat may %j', (status, moves) => {
    expect(allowedPipelineActions(secretariat, note(status as ConceptNoteStatus))).toEqual(moves);
  });

  it('gives nobody else a move, the steering committee and the submitting state included', () => {
    for (const who of [committee, jordan, egypt, stranger, anonymousSubject]) {
      expect(allowedPipelineActions(who, note('in_pipeline'))).toEqual([]);
    }
  });

  it('refuses a move from the wrong status, a selection without a decision, a rejection without a reason', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as AppError).code;
      }
      return null;
    };
    expect(
      code(() =>
        checkPipelineMove({
          subject: secretariat,
          note: note('submitted'),
          action: 'fund',
          hasReason: false,
        }),
      ),
    ).toBe('pipelineMoveNotAllowed');
    expect(
      code(() =>
        checkPipelineMove({
          subject: secretariat,
          note: note('in_pipeline'),
          action: 'select',
          hasReason: false,
        }),
      ),
    ).toBe('steeringDecisionRequired');
    expect(
      code(() =>
        checkPipelineMove({
          subject: secretariat,
          note: note('screened'),
          action: 'reject',
          hasReason: false,
        }),
      ),
    ).toBe('notSelectedReasonRequired');
    expect(
      code(() =>
        checkPipelineMove({ subject: jordan, note: note('submitted'), action: 'screen', hasReason: false }),
      ),
    ).toBe('forbidden');
    expect(
      checkPipelineMove({
        subject: secretariat,
        note: note('in_pipeline'),
        action: 'select',
        decisionId: 'd',
        hasReason: false,
      }),
    ).toBe('selected');
  });
});

describe('who sees a concept note', () => {
  const cases: [ConceptNoteStatus, Subject, boolean][] = [
    ['submitted', anonymousSubject, false],
    ['submitted', stranger, false],
    ['submitted', egypt, false],
    ['submitted', jordan, true],
    ['submitted', committee, true],
    ['submitted', secretariat, true],
    ['not_selected', anonymousSubject, false],
    ['not_selected', jordan, true],
    ['in_pipeline', anonymousSubject, true],
    ['funded', egypt, true],
  ];
  it.each(cases)('%s, %o → %s', (status, who, visible) => {
    expect(canViewConceptNote(who, note(status))).toBe(visible);
    // The index's readers say the same for restricted notes.
    if (!['in_pipeline', 'selected', 'funded', 'closed'].includes(status)) {
      const keys = new Set(subjectKeys(who));
      expect(conceptNoteReaders(note(status)).some((k) => keys.has(k))).toBe(visible);
    }
  });

  it('lets a state submit only its own notes, and regional notes only the secretariat', () => {
    expect(canSubmitConceptNote(jordan, 'JOR')).toBe(true);
    expect(canSubmitConceptNote(jordan, 'EGY')).toBe(false);
    expect(canSubmitConceptNote(jordan, null)).toBe(false);
    expect(canSubmitConceptNote(secretariat, null)).toBe(true);
    expect(canSubmitConceptNote(committee, 'JOR')).toBe(false);
  });
});
