import { eq } from 'drizzle-orm';
import { hubResources } from '#db/schema/hub';
import { createUser } from '#seed/factories';
import { syncResources } from '~/modules/hub/resources/resource-content.server';
import { loadActiveAssignments, loadResource } from '~/modules/hub/resources/resource-records.server';
import { submitResource } from '~/modules/hub/resources/submit-resource.server';
import { assignPanel } from '~/modules/hub/review/assign-panel.server';
import { saveReviewer } from '~/modules/hub/review/roster.server';
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
    return {
      hubInReviewId: inReview.id,
      hubSubmittedId: submitted.id,
      hubPublishedId: published.id,
      hubAssignmentId: assignments.find((a) => a.reviewerId === userIds.peer_reviewer)!.id,
    };
  },
};
