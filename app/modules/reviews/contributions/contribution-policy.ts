import type { Subject } from '~/permissions/resolver';
import { canEditSynthesis, synthesisDraftReaders } from '../synthesis/synthesis-policy';

/**
 * Contributions recorded on a cycle (statements of consultative processes, parliaments, UN
 * agencies, networks, stakeholder consultations) — the one place their rules live:
 * - the cycle's secretariat (those who write its synthesis) records and removes them;
 * - they become public with the cycle's first published synthesis, which quotes them: until then
 *   a contributor's text is material the secretariat is still weighing, and some are sent in
 *   confidence ahead of the conference; the secretariat reads them all along.
 */
export function canRecordContribution(subject: Subject, cycle: { regionId: string }): boolean {
  return canEditSynthesis(subject, cycle);
}

/** Is a contribution public? Yes once its cycle has a published synthesis. */
export const isContributionPublic = (cycle: { synthesisPublished: boolean }) => cycle.synthesisPublished;

export function canReadContribution(
  subject: Subject,
  cycle: { regionId: string; synthesisPublished: boolean },
): boolean {
  return isContributionPublic(cycle) || canRecordContribution(subject, cycle);
}

/** canReadContribution as access keys for the content index (before the synthesis is published). */
export const contributionReaders = (regionId: string) => synthesisDraftReaders(regionId);
