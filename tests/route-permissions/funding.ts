import { moveConceptNote } from '~/modules/funding/move-concept-note.server';
import { recordSteeringDecision } from '~/modules/funding/record-steering-decision.server';
import { submitConceptNote } from '~/modules/funding/submit-concept-note.server';
import { decisionInput, validConceptNoteInput } from '~/modules/funding/test-fixtures';
import { type Area, everyone } from './types';

/**
 * The Migration MPTF: the dashboard, the pipeline list, a published note and a programme are public;
 * the new-note form is for those who may submit (focal points for their state, the secretariat);
 * the steering committee's decisions for the committee and the secretariat.
 */
export const area: Area = {
  rows: [
    { route: ':lang/funding', url: () => '/ar/funding', allow: everyone },
    { route: ':lang/funding/concept-notes', url: () => '/en/funding/concept-notes', allow: everyone },
    {
      route: ':lang/funding/concept-notes/new',
      url: () => '/en/funding/concept-notes/new',
      allow: ['admin', 'network_secretariat', 'focal_point'],
    },
    {
      route: ':lang/funding/concept-notes/:id',
      url: (ids) => `/ar/funding/concept-notes/${ids.fundedNoteId}`,
      allow: everyone,
    },
    {
      route: ':lang/funding/programmes/:id',
      url: (ids) => `/en/funding/programmes/${ids.programmeId}`,
      allow: everyone,
    },
    {
      route: ':lang/funding/decisions',
      url: () => '/en/funding/decisions',
      allow: ['admin', 'network_secretariat', 'fund_steering_committee'],
    },
    { route: 'api/v1/funding/programmes', url: () => '/api/v1/funding/programmes', allow: everyone },
    { route: 'api/v1/funding/concept-notes', url: () => '/api/v1/funding/concept-notes', allow: everyone },
  ],
  async setup({ db, userIds }) {
    const subject = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const note = await submitConceptNote({ db, subject, input: validConceptNoteInput });
    const decision = await recordSteeringDecision({
      db,
      subject,
      input: decisionInput({ 'summary.ar': 'قرارات' }),
    });
    for (const action of ['screen', 'admit', 'select', 'fund'] as const) {
      await moveConceptNote({
        db,
        subject,
        conceptNoteId: note.id,
        action,
        input: action === 'select' ? { decisionId: decision.id } : {},
      });
    }
    const { programme } = await moveConceptNote({ db, subject, conceptNoteId: note.id, action: 'close' });
    return { fundedNoteId: note.id, programmeId: programme!.id };
  },
};
