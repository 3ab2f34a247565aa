import { moveConceptNote } from '~/modules/funding/move-concept-note.server';
import { recordContribution } from '~/modules/funding/record-contribution.server';
import { recordSteeringDecision } from '~/modules/funding/record-steering-decision.server';
import { submitConceptNote } from '~/modules/funding/submit-concept-note.server';
import {
  decisionInput,
  validConceptNoteInput,
  validContributionInput,
} from '~/modules/funding/test-fixtures';
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
    {
      // The programme's people: the fund's secretariat and Jordan's focal points (the programme's state).
      route: ':lang/funding/programmes/:id/work',
      url: (ids) => `/ar/funding/programmes/${ids.programmeId}/work`,
      allow: ['admin', 'network_secretariat', 'focal_point'],
    },
    { route: ':lang/funding/contributions', url: () => '/ar/funding/contributions', allow: everyone },
    {
      route: ':lang/funding/contributions/:id',
      url: (ids) => `/en/funding/contributions/${ids.contributionId}`,
      allow: ['admin', 'network_secretariat'],
    },
    {
      route: ':lang/funding/dashboard.csv',
      url: () => '/ar/funding/dashboard.csv?chart=byYear',
      allow: everyone,
    },
    { route: ':lang/funding/iati.json', url: () => '/en/funding/iati.json', allow: everyone },
    { route: ':lang/funding/iati.csv', url: () => '/en/funding/iati.csv?table=result', allow: everyone },
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
    const contribution = await recordContribution({ db, subject, input: validContributionInput });
    return { fundedNoteId: note.id, programmeId: programme!.id, contributionId: contribution.id };
  },
};
