import type { CycleStatus } from '#db/schema/review-values';
import { readerSet, resourceKeys } from '~/permissions/access-keys';
import { can, type Subject, scopesFor } from '~/permissions/resolver';
import { forbidden, notFound } from '~/platform/errors';
import { cycleResource } from '../review-policy';

/**
 * Who may do what with review cycles, templates and outcome documents — the one place these
 * rules live (pages, API and domain operations ask here).
 * - A cycle belongs to the secretariat of its region: holders of reviews.cycles.manage scoped to
 *   the region (a regional secretariat with a grant on 'LAS'), and administrators anywhere.
 * - Draft cycles exist only for that secretariat; open and closed cycles are public.
 * - The submission tracker is for whoever moderates the cycle's reviews: its secretariat, the
 *   Network secretariat and administrators (reviews.moderate).
 * - Templates are shared by every region (the standard template is the same for all): anyone who
 *   manages cycles somewhere reads and edits them.
 * - The outcome document is drafted by the cycle's secretariat and commented by the cycle's
 *   partners: the people who moderate its reviews (its secretariat, the Network secretariat,
 *   administrators). Once published it is public.
 */
export interface CycleRef {
  regionId: string;
  status: CycleStatus;
}

export function canManageCycle(subject: Subject, cycle: Pick<CycleRef, 'regionId'>): boolean {
  return can(subject, 'reviews.cycles.manage', cycleResource(cycle.regionId));
}

/** Does the cycle exist for this subject? Drafts are hidden (404) from everyone but their secretariat. */
export function canSeeCycle(subject: Subject, cycle: CycleRef): boolean {
  return cycle.status !== 'draft' || canManageCycle(subject, cycle);
}

/** canSeeCycle as access keys for the content index: what a draft cycle holds, its secretariat opens. */
export const draftCycleReaders = (regionId: string) =>
  readerSet(resourceKeys('reviews.cycles.manage', cycleResource(regionId)));

/** canCommentOutcome as access keys: an unpublished outcome document's readers. */
export const outcomeDraftReaders = (regionId: string) =>
  readerSet(
    resourceKeys('reviews.moderate', cycleResource(regionId)),
    resourceKeys('reviews.cycles.manage', cycleResource(regionId)),
  );

export function canTrackCycle(subject: Subject, cycle: Pick<CycleRef, 'regionId'>): boolean {
  return can(subject, 'reviews.moderate', cycleResource(cycle.regionId));
}

export function canManageTemplates(subject: Subject): boolean {
  return can(subject, 'reviews.cycles.manage', undefined, { somewhere: true });
}

/** Opening a cycle at all (for some region): the entry point on the index page. */
export const canOpenCycles = canManageTemplates;

export function canDraftOutcome(subject: Subject, cycle: Pick<CycleRef, 'regionId'>): boolean {
  return canManageCycle(subject, cycle);
}

export function canCommentOutcome(subject: Subject, cycle: Pick<CycleRef, 'regionId'>): boolean {
  return canTrackCycle(subject, cycle) || canManageCycle(subject, cycle);
}

/**
 * Forwarding the cycle's published synthesis report and outcome document to the IMRF (and
 * withdrawing a forwarding): the cycle's regional secretariat, who publishes its outcome document
 * (administrators anywhere). The Network secretariat, which may publish a synthesis, does not speak
 * for the region at the Forum.
 */
export function canForwardToImrf(subject: Subject, cycle: Pick<CycleRef, 'regionId'>): boolean {
  return canManageCycle(subject, cycle);
}

/** canForwardToImrf for operations: 404 when the cycle is hidden from the subject, 403 when it only reads it. */
export function checkForwardToImrf(subject: Subject, cycle: CycleRef): void {
  if (!canSeeCycle(subject, cycle)) throw notFound();
  if (!canForwardToImrf(subject, cycle)) throw forbidden();
}

/**
 * The regions the subject may open cycles for: 'any' (administrators: every region) or the region
 * ids of its scoped grants.
 */
export function managedRegionIds(subject: Subject): 'any' | string[] {
  const scopes = scopesFor(subject, 'reviews.cycles.manage');
  return scopes.any ? 'any' : scopes.regions;
}

/**
 * The focal-point registry of a region (its states' focal points and delegation contacts), the
 * invitations and reminders written to them, reviews registered as received and focal-point
 * workshops: the region's secretariat only, as for the cycle itself (administrators anywhere).
 */
export function canManageOutreach(subject: Subject, regionId: string): boolean {
  return can(subject, 'reviews.cycles.manage', cycleResource(regionId));
}

/** canManageOutreach as access keys: who opens a registry entry in the content index. */
export const outreachReaders = (regionId: string) =>
  readerSet(resourceKeys('reviews.cycles.manage', cycleResource(regionId)));
