import type { ListedConceptNote } from './list-concept-notes.server';
import type { ProgrammeWithTransfers } from './list-programmes.server';

/**
 * The API's shapes of the fund. Programmes use IATI activity element names where one fits
 * (`title`, `description`, `recipient-country`, `recipient-region`, `sector` for the thematic area,
 * `budget`, `transaction` with `transaction-type` 3 = disbursement, `activity-date`), so donors' tools
 * read them without a mapping.
 */
export function presentConceptNote(note: ListedConceptNote) {
  return {
    id: note.id,
    title: note.title,
    summary: note.summary,
    originalLanguage: note.originalLanguage,
    status: note.status,
    country: note.countryIso3,
    region: note.regionId,
    thematicArea: note.thematicAreaId,
    objectives: note.objectives,
    principles: [] as string[],
    unOrganisations: note.unOrganisations,
    governmentEntities: note.governmentEntities,
    stakeholders: note.stakeholders,
    budgetRequestedUsd: note.budgetRequestedUsd,
    durationMonths: note.durationMonths,
    markers: {
      gender: note.genderMarker,
      humanRights: note.humanRightsMarker,
      childSensitivity: note.childSensitivityMarker,
    },
    inPipelineSince: note.pipelineAt?.toISOString() ?? null,
  };
}

export function presentProgramme(p: ProgrammeWithTransfers) {
  return {
    id: p.id,
    'iati-identifier': `MARSAD-MPTF-${p.id}`,
    title: p.title,
    description: p.summary,
    originalLanguage: p.originalLanguage,
    'activity-status': p.status === 'active' ? 2 : 3,
    'recipient-country': p.countryIso3,
    'recipient-region': p.regionId,
    sector: { vocabulary: 'marsad-mptf-thematic-area', code: p.thematicAreaId },
    objectives: p.objectives,
    principles: [] as string[],
    'activity-date': [
      { type: 2, 'iso-date': p.startDate },
      { type: 3, 'iso-date': p.endDate },
    ],
    budget: [
      {
        'period-start': p.startDate,
        'period-end': p.endDate,
        value: { currency: 'USD', amount: p.budgetUsd },
      },
    ],
    transaction: p.transfers.map((t) => ({
      'transaction-type': 3,
      'transaction-date': t.transferredOn,
      'receiver-org': t.organisation,
      value: { currency: 'USD', amount: t.amountUsd },
    })),
    conceptNote: p.conceptNoteId,
  };
}
