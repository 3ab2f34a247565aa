import type { RegistryStatus } from '#db/schema/instrument-values';
import { readerSet, resourceKeys } from '~/permissions/access-keys';
import { can, type Subject } from '~/permissions/resolver';
import { forbidden } from '~/platform/errors';

/**
 * Who may do what with the instruments around the review — champion countries, consultation
 * mechanisms and their activities, UN networks — the one place these rules live (pages, the API and
 * operations ask here). The public reads published records only; drafts stay with the Network
 * secretariat (instruments.manage). A mechanism's activities are recorded by the Network secretariat
 * or by a regional secretariat of a region holding one of the mechanism's member states.
 */
export const isPublished = (status: RegistryStatus) => status === 'published';

export const canManageInstruments = (subject: Subject) => can(subject, 'instruments.manage', {});

export function checkManageInstruments(subject: Subject) {
  if (!canManageInstruments(subject)) throw forbidden();
}

/** May the subject open this record (published, or a draft for those who keep the registry)? */
export const canReadRegistryRecord = (subject: Subject, record: { status: RegistryStatus }) =>
  isPublished(record.status) || canManageInstruments(subject);

/** The regions a mechanism belongs to for access: its own grouping and those of its member states. */
export interface MechanismScope {
  regions: readonly string[];
}

export const canRecordActivity = (subject: Subject, mechanism: MechanismScope) =>
  can(subject, 'mechanisms.activities.record', { regions: mechanism.regions });

export function checkRecordActivity(subject: Subject, mechanism: MechanismScope) {
  if (!canRecordActivity(subject, mechanism)) throw forbidden();
}

/** Who opens an unpublished activity in the content index: those who may record it. */
export const activityReaders = (mechanism: MechanismScope) =>
  readerSet(
    resourceKeys('mechanisms.activities.record', { regions: mechanism.regions }),
    resourceKeys('instruments.manage', {}),
  );
