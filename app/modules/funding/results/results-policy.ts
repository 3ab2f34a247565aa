import { can, type Subject } from '~/permissions/resolver';
import { forbidden } from '~/platform/errors';
import { canManageFund } from '../funding-policy';

/**
 * Who keeps a joint programme's results framework and progress reports: "the programme's people" —
 * the fund's secretariat, the focal points of the programme's state (funding.submit there: the
 * government that submitted the concept note) and the person who submitted the note. A regional
 * programme has no state: its secretariat and its submitter keep it. Everyone reads them (the
 * programme is public).
 */
export interface ProgrammeRef {
  countryIso3: string | null;
  /** Who submitted the concept note the programme came from (null: none, or the account is gone). */
  submittedBy: string | null;
}

export function canEditProgrammeResults(subject: Subject, programme: ProgrammeRef): boolean {
  if (canManageFund(subject)) return true;
  if (subject.userId && programme.submittedBy === subject.userId) return true;
  return programme.countryIso3 ? can(subject, 'funding.submit', { country: programme.countryIso3 }) : false;
}

export function checkEditProgrammeResults(subject: Subject, programme: ProgrammeRef): void {
  if (!canEditProgrammeResults(subject, programme)) throw forbidden();
}
