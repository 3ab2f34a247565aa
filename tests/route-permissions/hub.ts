import { eq } from 'drizzle-orm';
import { hubResources } from '#db/schema/hub';
import { createUser } from '#seed/factories';
import { saveExpertProfile } from '~/modules/hub/experts/save-expert-profile.server';
import { vetExpert } from '~/modules/hub/experts/vet-expert.server';
import { syncResources } from '~/modules/hub/resources/resource-content.server';
import { loadActiveAssignments, loadResource } from '~/modules/hub/resources/resource-records.server';
import { submitResource } from '~/modules/hub/resources/submit-resource.server';
import { assignPanel } from '~/modules/hub/review/assign-panel.server';
import { saveReviewer } from '~/modules/hub/review/roster.server';
import { askHubSupport } from '~/modules/hub/support/ask-hub-support.server';
import { expertInput, supportInput } from '../hub-experts-fixtures';
import { resourceInput } from '../hub-fixtures';
import { type Area, everyone, signedIn } from './types';

const editors = ['admin', 'network_secretariat'] as const;

/**
 * The Hub: its home and published resources are public; submitting and one's reviews need a sign-in;
 * an unpublished resource opens to its submitter and the editors only (404 to others, existence
 * hidden); the panel, queue and roster are the editors' (hub.curate); an assignment is its reviewer's.
 */
export const area: Area = {
  rows: [
    { route: ':lang/hub', url: () => '/ar/hub', allow: everyone },
    {
      route: ':lang/hub/resources',
      url: () => '/en/hub/resources?objective=6&type=guidance',
      allow: everyone,
    },
    { route: ':lang/hub/resources/upload', url: () => '/ar/hub/resources/upload', allow: signedIn },
    {
      route: ':lang/hub/resources/:id',
      // A published resource; an unpublished one answers 404 to all but its readers (tests/hub-resources.test.ts).
      url: (ids) => `/en/hub/resources/${ids.hubPublishedId}`,
      allow: everyone,
    },
    {
      route: ':lang/hub/resources/:id/edit',
      url: (ids) => `/ar/hub/resources/${ids.hubSubmittedId}/edit`,
      allow: ['user', ...editors],
      refused: [404],
    },
    {
      route: ':lang/hub/resources/:id/panel',
      url: (ids) => `/en/hub/resources/${ids.hubInReviewId}/panel`,
      allow: editors,
    },
    { route: ':lang/hub/reviews', url: () => '/ar/hub/reviews', allow: signedIn },
    {
      route: ':lang/hub/reviews/:assignmentId',
      url: (ids) => `/ar/hub/reviews/${ids.hubAssignmentId}`,
      allow: ['peer_reviewer'],
      refused: [404],
    },
    { route: ':lang/hub/editor', url: () => '/en/hub/editor', allow: editors },
    { route: ':lang/hub/roster', url: () => '/ar/hub/roster', allow: editors },
    { route: ':lang/hub/import', url: () => '/ar/hub/import', allow: editors },
    { route: 'api/v1/resources', url: () => '/api/v1/resources?objective=6&language=ar', allow: everyone },
    // The expert database: approved profiles are public; one's own profile needs a sign-in; the export
    // is the expert's own (404 to anyone without a profile); vetting is the editors'.
    { route: ':lang/hub/experts', url: () => '/ar/hub/experts?objective=6&language=ar', allow: everyone },
    { route: ':lang/hub/experts/me', url: () => '/ar/hub/experts/me', allow: signedIn },
    {
      route: ':lang/hub/experts/me/export',
      url: () => '/ar/hub/experts/me/export',
      allow: ['expert'],
      refused: [404],
    },
    { route: ':lang/hub/experts/vetting', url: () => '/en/hub/experts/vetting', allow: editors },
    {
      route: ':lang/hub/experts/:id',
      // An approved profile; a pending one answers 404 to all but the expert and the editors (tests/hub-experts.test.ts).
      url: (ids) => `/ar/hub/experts/${ids.hubExpertId}`,
      allow: everyone,
    },
    { route: 'api/v1/experts', url: () => '/api/v1/experts?objective=6&language=ar', allow: everyone },
    // Requests for support: one queue for the Network secretariat (pledges.review); asking and one's own
    // requests need a sign-in; a request opens to its requester and the secretariat only (404 otherwise).
    { route: ':lang/hub/support', url: () => '/ar/hub/support?group=waiting', allow: editors },
    { route: ':lang/hub/support/new', url: () => '/ar/hub/support/new', allow: signedIn },
    { route: ':lang/hub/support/mine', url: () => '/en/hub/support/mine', allow: signedIn },
    {
      route: ':lang/hub/support/:id',
      url: (ids) => `/ar/hub/support/${ids.hubSupportId}`,
      allow: ['user', ...editors],
      refused: [404],
    },
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
    const input = { ...resourceInput, url: 'https://example.org/guide' };
    const inReview = await submitResource({ db, subject: submitter, input });
    const submitted = await submitResource({ db, subject: submitter, input });
    // Published straight in the table: the review workflow has its own tests.
    const published = await submitResource({ db, subject: submitter, input });
    await db
      .update(hubResources)
      .set({ status: 'published', publishedAt: new Date() })
      .where(eq(hubResources.id, published.id));
    await syncResources(db, [published.id]);
    const others = [await createUser(db), await createUser(db)];
    const roster = [
      { userId: userIds.peer_reviewer, internal: true, regionId: 'M49-142' },
      { userId: others[0]!.id, internal: false, regionId: 'M49-002' },
      { userId: others[1]!.id, internal: false, regionId: 'M49-150' },
    ];
    for (const r of roster) {
      await saveReviewer({
        db,
        subject: admin,
        input: { ...r, organisationId: null, gender: 'undisclosed', languages: ['ar'], objectives: [6] },
      });
    }
    await assignPanel({
      db,
      subject: admin,
      resourceId: inReview.id,
      reviewerIds: roster.map((r) => r.userId),
    });
    const assignments = await loadActiveAssignments(db, await loadResource(db, inReview.id));
    const expertSubject = {
      userId: userIds.expert,
      grants: [{ role: 'expert' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const expert = await saveExpertProfile({ db, subject: expertSubject, input: expertInput() });
    await vetExpert({
      db,
      subject: admin,
      expertId: expert.id,
      expectedVersion: 1,
      input: { decision: 'approve' },
    });
    const asked = await askHubSupport({ db, subject: submitter, input: supportInput() });
    return {
      hubExpertId: expert.id,
      hubSupportId: asked.id,
      hubInReviewId: inReview.id,
      hubSubmittedId: submitted.id,
      hubPublishedId: published.id,
      hubAssignmentId: assignments.find((a) => a.reviewerId === userIds.peer_reviewer)!.id,
    };
  },
};
