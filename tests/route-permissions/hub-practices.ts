import { decidePractice } from '~/modules/hub/practices/decide-practice.server';
import { callInput, practiceInput } from '~/modules/hub/practices/practice-fixtures';
import { createCall } from '~/modules/hub/practices/save-call.server';
import { submitPractice } from '~/modules/hub/practices/submit-practice.server';
import { type Area, everyone, signedIn } from './types';

const editors = ['admin', 'network_secretariat'] as const;

/**
 * The Hub's practices and calls: the repository, approved practices, calls and the API are public;
 * submitting needs a sign-in; a practice not yet approved opens to its submitter and the editors only
 * (404 to others); reviewing practices and managing calls are the Hub editors' (hub.curate).
 */
export const area: Area = {
  rows: [
    {
      route: ':lang/hub/practices',
      url: () => '/ar/hub/practices?objective=21&stage=ongoing',
      allow: everyone,
    },
    { route: ':lang/hub/practices/new', url: () => '/ar/hub/practices/new', allow: signedIn },
    { route: ':lang/hub/practices/queue', url: () => '/en/hub/practices/queue', allow: editors },
    {
      route: ':lang/hub/practices/:id',
      url: (ids) => `/ar/hub/practices/${ids.practiceApprovedId}`,
      allow: everyone,
    },
    {
      route: ':lang/hub/practices/:id/edit',
      url: (ids) => `/ar/hub/practices/${ids.practiceSubmittedId}/edit`,
      allow: ['user', ...editors],
      refused: [404],
    },
    {
      route: ':lang/hub/practices/:id/review',
      url: (ids) => `/en/hub/practices/${ids.practiceSubmittedId}/review`,
      allow: editors,
    },
    { route: ':lang/hub/calls', url: () => '/ar/hub/calls', allow: everyone },
    { route: ':lang/hub/calls/new', url: () => '/ar/hub/calls/new', allow: editors },
    { route: ':lang/hub/calls/:id', url: (ids) => `/en/hub/calls/${ids.practiceCallId}`, allow: everyone },
    {
      route: ':lang/hub/calls/:id/edit',
      url: (ids) => `/ar/hub/calls/${ids.practiceCallId}/edit`,
      allow: editors,
    },
    { route: 'api/v1/practices', url: () => '/api/v1/practices?objective=21&language=ar', allow: everyone },
  ],
  async setup({ db, userIds }) {
    const admin = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const submitter = {
      userId: userIds.user,
      grants: [{ role: 'user' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const call = await createCall({ db, subject: admin, input: callInput });
    const submitted = await submitPractice({
      db,
      subject: submitter,
      input: { ...practiceInput, callId: call.id },
    });
    const approved = await submitPractice({ db, subject: submitter, input: practiceInput });
    await decidePractice({
      db,
      subject: admin,
      practiceId: approved.id,
      input: { decision: 'approve' },
      expectedVersion: approved.version,
    });
    return { practiceSubmittedId: submitted.id, practiceApprovedId: approved.id, practiceCallId: call.id };
  },
};
