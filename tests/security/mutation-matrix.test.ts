import fs from 'node:fs';
import path from 'node:path';
import type { RouteConfigEntry } from '@react-router/dev/routes';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '#seed/factories';
import {
  validConceptNoteForm,
  validContributionInput,
  validIndicatorForm,
  validPeriodForm,
  validReportForm,
  validResultForm,
} from '~/modules/funding/test-fixtures';
import { validMeetingForm, validStatementForm } from '~/modules/meetings/test-fixtures';
import { validPledgeInput } from '~/modules/pledges/test-fixtures';
import type { DbOrTx } from '~/platform/db.server';
import routeConfig from '~/routes';
import { request, signIn } from '../http';
import { useTestPlatform } from '../platform';
import { createRouteFixtures } from '../route-permissions/fixtures';
import type { Ids } from '../route-permissions/types';

/**
 * The route × role mutation matrix (issue 10): every route with an action, posted with a valid CSRF
 * token by people who hold a role somewhere else — another organisation, another state, another
 * region, no assignment — against the records of Jordan, the League of Arab States and the test
 * organisation (tests/route-permissions/fixtures.ts). Each attempt must be refused (403 or 404; an
 * anonymous visitor may also be sent to sign in) and must leave every table as it was.
 * A route with an action that has no row here fails the first test: add its attempts, or say why
 * nobody else's record can be named through it.
 */

const attackers = [
  'anonymous',
  /** Signed in, no role. */
  'user',
  'otherOrganisationAdmin',
  'otherOrganisationMember',
  /** Egypt's focal point: another state of the same region. */
  'otherStateFocalPoint',
  /** The secretariat of the ECE region, which Jordan is not in. */
  'otherRegionSecretariat',
  /** A peer reviewer of the Hub on no panel. */
  'unassignedPeerReviewer',
  'expert',
] as const;
type Attacker = (typeof attackers)[number];

interface Attempt {
  url: (ids: Ids) => string;
  /** Form fields besides the CSRF token; an id the fixtures lack (undefined) fails the row. */
  form?: (ids: Ids) => Record<string, string | string[] | undefined>;
}

type MutationRow =
  | {
      /** Path of the route as app/routes.ts builds it. */
      route: string;
      attempts: Attempt[];
      /** Attackers who may legitimately do this (the row says why); default: none. */
      except?: readonly Attacker[];
      /**
       * Statuses that count as refused (default 403 and 404). 400 is accepted only where the action
       * reads and validates the form before it looks at the record or the scope, and this row's form
       * is not complete enough to reach that check (the row says so): there the matrix proves that
       * nothing changed, not which check refused.
       */
      refusedWith?: readonly number[];
    }
  | { route: string; exempt: string };

const intents = (url: Attempt['url'], names: string[], fields: Attempt['form'] = () => ({})): Attempt[] =>
  names.map((intent) => ({ url, form: (ids) => ({ intent, version: '1', ...fields(ids) }) }));

/** Validation runs before the scope check by design (the row says why; see refusedWith). */
const validatedFirst = [400, 403, 404] as const;

const signedOutFlow =
  'signed-out flow: the account is named by a mailed token (tests/accounts-routes.test.ts)';

const rows: MutationRow[] = [
  // Any first path segment matches :lang, whose index page has no action: 405.
  { route: '*', refusedWith: [404, 405], attempts: [{ url: () => '/no-such-page' }] },
  { route: ':lang/*', attempts: [{ url: () => '/en/no-such-page' }] },

  // Accounts: the caller's own session, preferences and account; nobody else's record is named.
  { route: ':lang/sign-up', exempt: 'creates a new account' },
  { route: ':lang/sign-in', exempt: 'opens a session for the credentials given' },
  { route: ':lang/sign-out', exempt: "ends the caller's own session" },
  { route: ':lang/verify-email', exempt: signedOutFlow },
  { route: ':lang/forgot-password', exempt: signedOutFlow },
  { route: ':lang/reset-password', exempt: signedOutFlow },
  { route: ':lang/accept-invite', exempt: signedOutFlow },
  { route: ':lang/preferences', exempt: "the caller's own numerals and calendar" },
  { route: ':lang/account', exempt: "the caller's own profile and password" },
  { route: ':lang/organisations', exempt: 'creates a new organisation with the caller as its administrator' },
  {
    route: ':lang/organisations/:id',
    attempts: intents(
      (ids) => `/en/organisations/${ids.organisationId}`,
      ['update', 'addMember', 'changeRole', 'removeMember'],
      (ids) => ({
        'name.en': 'Taken over',
        originalLanguage: 'en',
        email: 'attacker@example.org',
        role: 'admin',
        userId: ids.organisationMemberUserId,
      }),
    ),
  },

  // Pledges of the test organisation.
  {
    // A complete, valid pledge in the test organisation's name: only the pledger check refuses it.
    route: ':lang/pledges/new',
    attempts: [
      {
        url: () => '/en/pledges/new',
        form: (ids) => {
          const { title, description, indicators, ...rest } = validPledgeInput;
          const indicator = indicators[0]!;
          return {
            ...rest,
            intent: 'submit',
            pledger: `o:${ids.organisationId}`,
            'title.en': title.en,
            'description.en': description.en,
            'indicators[0].name.en': indicator.name.en,
            'indicators[0].unit': indicator.unit,
            'indicators[0].baseline': indicator.baseline,
            'indicators[0].target': indicator.target,
            'indicators[0].dueDate': indicator.dueDate,
          };
        },
      },
    ],
  },
  { route: ':lang/pledges/import', attempts: [{ url: () => '/en/pledges/import' }] },
  {
    route: ':lang/pledges/:id/edit',
    attempts: intents((ids) => `/en/pledges/${ids.draftPledgeId}/edit`, ['save', 'submit']),
  },
  {
    route: ':lang/pledges/:id/review',
    attempts: intents(
      (ids) => `/en/pledges/${ids.submittedPledgeId}/review`,
      ['publish', 'return', 'reject'],
    ),
  },
  {
    route: ':lang/pledges/:id/progress',
    attempts: [
      {
        url: (ids) => `/en/pledges/${ids.publishedPledgeId}/progress`,
        form: () => ({ 'narrative.en': 'Progress nobody made.', originalLanguage: 'en', status: 'on_track' }),
      },
    ],
  },
  {
    route: ':lang/pledges/:id/attachments',
    attempts: intents((ids) => `/en/pledges/${ids.supportPledgeId}/attachments`, ['delete']),
  },
  {
    route: ':lang/pledges/:id/support',
    attempts: [
      {
        url: (ids) => `/en/pledges/${ids.supportPledgeId}/support`,
        form: () => ({
          kind: 'technical',
          'description.en': 'Help asked in their name.',
          originalLanguage: 'en',
        }),
      },
    ],
  },
  {
    route: ':lang/pledges/support/:requestId',
    attempts: intents((ids) => `/en/pledges/support/${ids.supportRequestId}`, ['status', 'note', 'assign']),
  },
  {
    route: ':lang/pledges/partnerships',
    attempts: intents(
      () => '/en/pledges/partnerships',
      ['confirm', 'decline'],
      (ids) => ({ pledgeId: ids.supportPledgeId, partnerId: ids.organisationId }),
    ),
  },

  // Funding: concept notes of Jordan, decisions of the steering committee.
  {
    // A complete, valid concept note for Jordan: only the scope refuses it.
    route: ':lang/funding/concept-notes/new',
    attempts: [{ url: () => '/en/funding/concept-notes/new', form: () => ({ ...validConceptNoteForm }) }],
  },
  {
    route: ':lang/funding/concept-notes/:id',
    attempts: intents(
      (ids) => `/en/funding/concept-notes/${ids.fundedNoteId}`,
      ['screen', 'admit', 'select', 'reject', 'fund', 'close'],
    ),
  },
  {
    route: ':lang/funding/decisions',
    attempts: intents(() => '/en/funding/decisions', ['approve', 'reject']),
  },
  {
    // Complete, valid forms on Jordan's programme: only the programme's people (or the secretariat,
    // for transfers) may save them.
    route: ':lang/funding/programmes/:id/work',
    attempts: [
      ['result', validResultForm],
      ['indicator', validIndicatorForm],
      ['period', validPeriodForm],
      ['report', validReportForm],
      ['transfer', { organisation: 'IOM', amountUsd: '1', transferredOn: '2025-07-01' }],
    ].map(([intent, form]) => ({
      url: (ids: Ids) => `/en/funding/programmes/${ids.programmeId}/work`,
      form: () => ({ intent: intent as string, formKey: 'x', ...(form as Record<string, string>) }),
    })),
  },
  {
    route: ':lang/funding/contributions',
    attempts: [{ url: () => '/en/funding/contributions', form: () => ({ ...validContributionInput }) }],
  },
  {
    route: ':lang/funding/contributions/:id',
    attempts: [
      {
        url: (ids) => `/en/funding/contributions/${ids.contributionId}`,
        form: () => ({ ...validContributionInput, version: '1' }),
      },
    ],
  },

  // Reviews: Jordan's national reviews in LAS cycles.
  {
    route: ':lang/reviews/new',
    attempts: [
      {
        url: (ids) => `/en/reviews/new?cycle=${ids.vnrOpenCycleId}`,
        form: (ids) => ({
          cycleId: ids.vnrOpenCycleId,
          kind: 'national',
          countryIso3: 'JOR',
          'title.en': 'A review in their name',
          originalLanguage: 'en',
        }),
      },
    ],
  },
  {
    // Templates are shared by every region: whoever manages cycles somewhere edits them (cycle-policy.ts).
    route: ':lang/reviews/templates',
    except: ['otherRegionSecretariat'],
    attempts: [
      { url: () => '/en/reviews/templates', form: () => ({ 'title.en': 'Template', regionId: 'LAS' }) },
    ],
  },
  {
    route: ':lang/reviews/templates/:templateId',
    except: ['otherRegionSecretariat'],
    attempts: intents(
      (ids) => `/en/reviews/templates/${ids.reviewTemplateId}`,
      ['meta', 'section', 'newVersion', 'publish'],
    ),
  },
  {
    // A complete cycle (published template, deadline ahead, a LAS state): only the scope refuses it.
    route: ':lang/reviews/cycles/new',
    attempts: [
      {
        url: () => '/en/reviews/cycles/new',
        form: (ids) => ({
          intent: 'save',
          regionId: 'LAS',
          'title.en': 'A cycle in their region',
          templateId: ids.reviewTemplateId,
          submissionDeadline: '2099-06-30',
          states: 'JOR',
        }),
      },
    ],
  },
  {
    route: ':lang/reviews/cycles/:cycleId',
    attempts: intents(
      (ids) => `/en/reviews/cycles/${ids.reviewCycleId}`,
      ['open', 'close', 'forward', 'withdrawForwarding'],
      () => ({ documents: 'synthesis', forumName: 'IMRF 2026', forwardedOn: '2026-03-03' }),
    ),
  },
  {
    route: ':lang/reviews/cycles/:cycleId/edit',
    attempts: intents(
      (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/edit`,
      ['save'],
      () => ({
        'title.en': 'Renamed',
        originalLanguage: 'en',
      }),
    ),
  },
  {
    route: ':lang/reviews/cycles/:cycleId/tracker',
    attempts: intents(
      (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/tracker`,
      ['send', 'preview'],
      () => ({ target: 'JOR' }),
    ),
  },
  {
    route: ':lang/reviews/cycles/:cycleId/outreach',
    attempts: intents((ids) => `/en/reviews/cycles/${ids.reviewCycleId}/outreach`, ['invite', 'save']),
  },
  {
    route: ':lang/reviews/cycles/:cycleId/workshops',
    attempts: intents(
      (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/workshops`,
      ['create', 'update', 'remove'],
      (ids) => ({
        workshopId: ids.reviewWorkshopId,
        'title.ar': 'ورشة أخرى',
        'title.en': 'Another workshop',
        startsOn: '2099-03-01',
        invitedStates: 'JOR',
      }),
    ),
  },
  {
    // Left validated first by design: the action reads the multipart body (the review's file)
    // before anything else, and these attempts are url-encoded, so the upload parser refuses them
    // (400) before registerReceivedReview checks the cycle's scope. Nothing changes either way.
    route: ':lang/reviews/cycles/:cycleId/received/upload',
    refusedWith: validatedFirst,
    attempts: [
      {
        url: (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/received/upload`,
        form: () => ({ countryIso3: 'JOR' }),
      },
    ],
  },
  {
    route: ':lang/reviews/contacts/:regionId',
    attempts: intents(
      () => '/en/reviews/contacts/LAS',
      ['create', 'invite', 'remove'],
      (ids) => ({
        contactId: ids.stateContactId,
        countryIso3: 'JOR',
        email: 'attacker@example.org',
      }),
    ),
  },
  {
    route: ':lang/reviews/contacts/:regionId/:contactId',
    attempts: [
      {
        url: (ids) => `/en/reviews/contacts/LAS/${ids.stateContactId}`,
        form: () => ({ email: 'attacker@example.org', version: '1' }),
      },
    ],
  },
  {
    route: ':lang/reviews/cycles/:cycleId/contributions/upload',
    attempts: [
      {
        url: (ids) => `/en/reviews/cycles/${ids.synthesisCycleId}/contributions/upload`,
        form: () => ({ kind: 'parliament' }),
      },
    ],
  },
  {
    // A complete, valid correction and a removal at the current version: only the scope refuses them.
    route: ':lang/reviews/cycles/:cycleId/contributions/:contributionId/upload',
    attempts: intents(
      (ids) =>
        `/en/reviews/cycles/${ids.synthesisCycleId}/contributions/${ids.synthesisContributionId}/upload`,
      ['save', 'remove'],
      () => ({
        kind: 'parliament',
        'contributor.ar': 'جهة أخرى',
        receivedOn: '2026-01-15',
        'text.ar': 'نص مستبدل.',
        originalLanguage: 'ar',
        objectives: '7',
      }),
    ),
  },
  {
    route: ':lang/reviews/cycles/:cycleId/outcome/edit',
    attempts: [
      ...intents(
        (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/outcome/edit`,
        ['save', 'publish'],
        () => ({ 'title.en': 'Their outcome', 'body.en': 'Rewritten by someone else.' }),
      ),
      ...intents(
        (ids) => `/en/reviews/cycles/${ids.reviewCycleId}/outcome/edit`,
        ['comment'],
        () => ({ body: 'A comment in their name.' }),
      ),
    ],
  },
  {
    route: ':lang/reviews/cycles/:cycleId/synthesis/edit',
    attempts: intents(
      (ids) => `/en/reviews/cycles/${ids.synthesisCycleId}/synthesis/edit`,
      ['save', 'publish'],
    ),
  },
  {
    route: ':lang/reviews/cycles/:cycleId/synthesis/figures',
    attempts: intents(
      (ids) => `/en/reviews/cycles/${ids.synthesisCycleId}/synthesis/figures`,
      ['record', 'correct', 'remove'],
      (ids) => ({
        figureId: ids.synthesisFigureId,
        version: '1',
        country: 'JOR',
        indicator: 'migrant_stock',
        year: '2024',
        value: '1',
        source: 'Overwritten',
      }),
    ),
  },
  {
    route: ':lang/reviews/cycles/:cycleId/synthesis/figures/import',
    attempts: [{ url: (ids) => `/en/reviews/cycles/${ids.synthesisCycleId}/synthesis/figures/import` }],
  },
  {
    route: ':lang/reviews/:reviewId/edit',
    attempts: intents(
      (ids) => `/en/reviews/${ids.vnrDraftReviewId}/edit`,
      ['title', 'submit'],
      () => ({
        'title.en': 'Renamed',
      }),
    ),
  },
  {
    route: ':lang/reviews/:reviewId/sections/:sectionKey',
    attempts: intents(
      (ids) => `/en/reviews/${ids.vnrDraftReviewId}/sections/objective-7`,
      ['save', 'autosave', 'comment', 'resolve'],
      () => ({
        'body.en': 'Overwritten',
        body: 'Overwritten',
        commentId: '00000000-0000-0000-0000-000000000000',
      }),
    ),
  },
  {
    route: ':lang/reviews/:reviewId/editors',
    attempts: intents(
      (ids) => `/en/reviews/${ids.vnrDraftReviewId}/editors`,
      ['invite', 'remove'],
      (ids) => ({
        email: 'attacker@example.org',
        userId: ids.focalPointUserId,
      }),
    ),
  },
  {
    route: ':lang/reviews/:reviewId/attachments',
    attempts: intents((ids) => `/en/reviews/${ids.vnrDraftReviewId}/attachments`, ['delete']),
  },
  {
    route: ':lang/reviews/:reviewId/indicators',
    attempts: [
      {
        url: (ids) => `/en/reviews/${ids.vnrDraftReviewId}/indicators`,
        form: () => ({ indicatorCode: 'P-03', year: '2024', value: '5' }),
      },
      ...intents(
        (ids) => `/en/reviews/${ids.vnrDraftReviewId}/indicators`,
        ['delete'],
        (ids) => ({
          valueId: ids.indicatorValueId,
        }),
      ),
    ],
  },
  {
    route: ':lang/reviews/:reviewId/moderate',
    attempts: intents((ids) => `/en/reviews/${ids.vnrSubmittedReviewId}/moderate`, ['publish', 'return']),
  },

  // Jordan's implementation plan.
  {
    route: ':lang/plans/:iso3/edit',
    attempts: intents(
      () => '/en/plans/JOR/edit',
      ['create', 'save', 'publish', 'unpublish', 'deleteAction'],
      (ids) => ({ 'title.en': 'Taken over', originalLanguage: 'en', actionId: ids.planActionId }),
    ),
  },
  {
    route: ':lang/plans/:iso3/actions/:actionId',
    attempts: intents((ids) => `/en/plans/JOR/actions/${ids.planActionId}`, ['save', 'progress', 'delete']),
  },

  // Meetings of the LAS region.
  {
    // A complete, valid meeting of the LAS region: only the scope refuses it.
    route: ':lang/meetings/new',
    attempts: [{ url: () => '/en/meetings/new', form: () => ({ ...validMeetingForm }) }],
  },
  {
    route: ':lang/meetings/:id',
    attempts: intents((ids) => `/en/meetings/${ids.draftMeetingId}`, ['publish', 'cancel', 'draft']),
  },
  {
    route: ':lang/meetings/:id/participants',
    attempts: intents(
      (ids) => `/en/meetings/${ids.publishedMeetingId}/participants`,
      ['settings', 'decide'],
      () => ({
        open: 'on',
        capacity: '5',
        decision: 'approve',
        registrationId: '00000000-0000-4000-8000-000000000000',
      }),
    ),
  },
  {
    // A published LAS workshop: the organiser check refuses every organiser intent; nobody here was
    // invited, so an answer is refused too. Materials are added on their own upload path (next row).
    route: ':lang/meetings/:id/workshop',
    attempts: intents(
      (ids) => `/en/meetings/${ids.workshopMeetingId}/workshop`,
      ['states', 'invite', 'answer', 'attendance', 'removeMaterial', 'record'],
      () => ({
        states: 'JOR',
        answer: 'accept',
        day: '2026-03-28',
        materialId: '00000000-0000-4000-8000-000000000000',
        heldFrom: '2026-03-28',
        heldTo: '2026-03-30',
        'topics.ar': 'مواضيع',
      }),
    ),
  },
  {
    // A complete material (a link, for everyone): only the organiser check, before the body is read, refuses it.
    route: ':lang/meetings/:id/workshop/materials/upload',
    attempts: [
      {
        url: (ids) => `/en/meetings/${ids.workshopMeetingId}/workshop/materials/upload`,
        form: () => ({ 'title.ar': 'مادة', url: 'https://example.org/slides', visibility: 'public' }),
      },
    ],
  },
  {
    // Proposing creates the caller's own proposal (any signed-in person may); the organisers' window is refused here.
    route: ':lang/meetings/:id/side-events',
    attempts: intents(
      (ids) => `/en/meetings/${ids.publishedMeetingId}/side-events`,
      ['settings'],
      () => ({ open: 'on', closesOn: '2099-01-01' }),
    ),
  },
  {
    // The organisation member's pending proposal: the proposer edits or withdraws, the organisers decide.
    route: ':lang/meetings/:id/side-events/:proposalId',
    attempts: intents(
      (ids) => `/en/meetings/${ids.publishedMeetingId}/side-events/${ids.pendingSideEventId}`,
      ['save', 'withdraw', 'accept', 'decline'],
      () => ({
        'title.ar': 'مستولى عليه',
        proposingOrganisation: 'جهة',
        description: 'وصف.',
        objectives: '6',
        format: 'online',
        preferredDay: '2026-03-29',
        languages: 'ar',
        reason: 'لا',
      }),
    ),
  },
  {
    route: ':lang/meetings/:id/edit',
    attempts: intents((ids) => `/en/meetings/${ids.draftMeetingId}/edit`, ['save']),
  },
  {
    // Removing the session's background note at its current version: only the organiser check refuses
    // it (adding one is a multipart post to the same action, refused by the same check before the
    // upload is read: meetings-files.test.ts).
    route: ':lang/meetings/:id/sessions/:sessionId/notes/upload',
    attempts: intents(
      (ids) => `/en/meetings/${ids.publishedMeetingId}/sessions/${ids.sessionId}/notes/upload`,
      ['remove'],
      (ids) => ({ noteId: ids.backgroundNoteId }),
    ),
  },
  {
    // A complete, valid statement by Jordan: the organiser check refuses it before the form is read.
    route: ':lang/meetings/:id/statements/upload',
    attempts: [
      {
        url: (ids) => `/en/meetings/${ids.publishedMeetingId}/statements/upload`,
        form: () => ({ ...validStatementForm }),
      },
    ],
  },
  {
    // A complete, valid chair's summary: only the organiser check refuses it.
    route: ':lang/meetings/:id/documents',
    attempts: intents(
      (ids) => `/en/meetings/${ids.publishedMeetingId}/documents`,
      ['create'],
      () => ({
        kind: 'chairs-summary',
        'title.ar': 'موجز',
        'body.ar': 'نص.',
      }),
    ),
  },
  {
    // Egypt takes part in the meeting: its focal point is a partner, who may comment while a
    // comment period is open (documents.test.ts proves the rest of its refusals).
    route: ':lang/meetings/:id/documents/:documentId',
    except: ['otherStateFocalPoint'],
    attempts: intents(
      (ids) => `/en/meetings/${ids.publishedMeetingId}/documents/${ids.outcomeId}`,
      ['save', 'openComments', 'closeComments', 'comment', 'adopt'],
      () => ({ 'title.ar': 'مستولى عليه', 'body.ar': 'نص.', closesOn: '2099-01-01', body: 'تعليق' }),
    ),
  },

  // The Hub: a resource submitted by the fixtures' plain user, a panel, an assignment.
  { route: ':lang/hub/resources/upload', exempt: "submits the caller's own resource" },
  {
    // The fixtures' plain user submitted this resource. A complete, valid revision at the current
    // version: only the submitter check refuses it.
    route: ':lang/hub/resources/:id/edit',
    except: ['user'],
    attempts: [
      {
        url: (ids) => `/en/hub/resources/${ids.hubSubmittedId}/edit`,
        form: () => ({
          'title.en': 'Taken over',
          'abstract.en': 'A summary rewritten by someone who did not submit this resource.',
          originalLanguage: 'en',
          documentLanguages: 'en',
          type: 'guidance',
          publisher: 'Someone else',
          audiences: 'governments',
          objectives: '7',
          countries: 'JOR',
          licence: 'cc_by',
          url: 'https://example.org/taken-over',
          version: '1',
        }),
      },
    ],
  },
  {
    route: ':lang/hub/resources/:id/panel',
    attempts: intents(
      (ids) => `/en/hub/resources/${ids.hubInReviewId}/panel`,
      ['assign', 'replace', 'tieBreak', 'decide'],
      (ids) => ({ reviewers: ids.expertUserId, decision: 'accept' }),
    ),
  },
  {
    route: ':lang/hub/reviews/:assignmentId',
    attempts: intents(
      (ids) => `/en/hub/reviews/${ids.hubAssignmentId}`,
      ['submit', 'conflict'],
      () => ({
        recommendation: 'accept',
      }),
    ),
  },
  {
    route: ':lang/hub/roster',
    attempts: [
      { url: () => '/en/hub/roster', form: (ids) => ({ userId: ids.expertUserId, internal: 'true' }) },
    ],
  },
  // The bulk import: guarded before the upload is read, so a post without a file is refused by role.
  { route: ':lang/hub/import', attempts: [{ url: () => '/en/hub/import' }] },

  // GCM indicators: a state's focal point reports its own values; the Network secretariat builds bundles.
  {
    route: ':lang/indicators/report/:iso3',
    attempts: [
      {
        url: () => '/en/indicators/report/JOR',
        form: () => ({ indicator: 'P-03', year: '2024', value: '5' }),
      },
      ...intents(
        () => '/en/indicators/report/JOR',
        ['delete'],
        (ids) => ({ valueId: ids.indicatorValueId }),
      ),
    ],
  },
  {
    route: ':lang/indicators/new',
    attempts: [
      {
        url: () => '/en/indicators/new',
        form: () => ({ code: 'X-1', 'name.ar': 'س', 'name.en': 'x', objectives: '1', unit: 'number' }),
      },
    ],
  },
  {
    route: ':lang/indicators/:code/edit',
    attempts: intents(
      () => '/en/indicators/P-03/edit',
      ['save', 'remove', 'reinstate'],
      () => ({ 'name.en': 'Taken over', version: '1' }),
    ),
  },
  {
    route: ':lang/indicators/report-bundles',
    attempts: [
      { url: () => '/en/indicators/report-bundles', form: () => ({ from: '2024-01-01', to: '2024-12-31' }) },
    ],
  },

  // The instruments: the Network secretariat keeps the registries; a region's secretariat records its
  // mechanism's activities (the ARCP is the League's: ECE's secretariat is refused).
  { route: ':lang/champions', attempts: [{ url: () => '/en/champions', form: () => ({ iso3: 'TUN' }) }] },
  { route: ':lang/champions/:iso3', attempts: intents(() => '/en/champions/EGY', ['save', 'consider']) },
  {
    route: ':lang/mechanisms/:slug/edit',
    attempts: intents(() => '/en/mechanisms/arcp/edit', ['save', 'chair', 'meeting']),
  },
  {
    route: ':lang/mechanisms/:slug/activities/new',
    attempts: [{ url: () => '/en/mechanisms/arcp/activities/new' }],
  },
  {
    route: ':lang/mechanisms/:slug/activities/:id',
    attempts: [
      {
        url: (ids) => `/en/mechanisms/arcp/activities/${ids.arcpActivityId}`,
        form: () => ({ version: '1' }),
      },
      {
        url: (ids) => `/en/mechanisms/arcp/activities/${ids.arcpActivityId}`,
        form: () => ({ intent: 'delete', version: '1' }),
      },
    ],
  },
  {
    route: ':lang/networks',
    attempts: [{ url: () => '/en/networks', form: () => ({ countryIso3: 'TUN' }) }],
  },
  {
    route: ':lang/networks/:slug/edit',
    attempts: [{ url: () => '/en/networks/global/edit', form: () => ({ version: '1' }) }],
  },

  // The Hub's practices, calls, discussions, experts and requests for support.
  { route: ':lang/hub/practices/new', exempt: "submits the caller's own practice" },
  {
    route: ':lang/hub/practices/:id/edit',
    attempts: [
      { url: (ids) => `/en/hub/practices/${ids.practiceSubmittedId}/edit`, form: () => ({ version: '1' }) },
    ],
    // The fixtures' signed-in user submitted this practice (tests/route-permissions/hub-practices.ts).
    except: ['user'],
  },
  {
    route: ':lang/hub/practices/:id/review',
    attempts: intents(
      (ids) => `/en/hub/practices/${ids.practiceSubmittedId}/review`,
      ['approve', 'promising'],
    ),
  },
  { route: ':lang/hub/calls/new', attempts: [{ url: () => '/en/hub/calls/new' }] },
  {
    route: ':lang/hub/calls/:id/edit',
    attempts: [{ url: (ids) => `/en/hub/calls/${ids.practiceCallId}/edit`, form: () => ({ version: '1' }) }],
  },
  { route: ':lang/hub/discussions/new', attempts: [{ url: () => '/en/hub/discussions/new' }] },
  {
    route: ':lang/hub/discussions/:id/edit',
    attempts: [
      { url: (ids) => `/en/hub/discussions/${ids.discussionSpaceId}/edit`, form: () => ({ version: '1' }) },
    ],
  },
  {
    // Posting, replying, reporting and following are any signed-in reader's; the summary is the
    // moderators' (the fixtures' expert moderates this space).
    route: ':lang/hub/discussions/:id',
    attempts: intents((ids) => `/en/hub/discussions/${ids.discussionSpaceId}`, ['summary']),
    except: ['expert'],
  },
  {
    route: ':lang/hub/discussions/reports',
    attempts: intents(() => '/en/hub/discussions/reports', ['hide']),
    except: ['expert'],
  },
  { route: ':lang/hub/discussions/unfollow', exempt: 'names the follow by the token mailed to its owner' },
  { route: ':lang/hub/experts/me', exempt: "writes the caller's own expert profile" },
  {
    // Writing to an expert is any signed-in reader's (tests/hub-experts.test.ts); vetting is the editors'.
    route: ':lang/hub/experts/:id',
    attempts: intents(
      (ids) => `/en/hub/experts/${ids.hubExpertId}`,
      ['vet'],
      () => ({ decision: 'approve' }),
    ),
    except: ['expert'],
  },
  { route: ':lang/hub/support/new', exempt: "asks for the caller's own request for support" },
  {
    // Triage is the Network secretariat's; the requester (the fixtures' user) may only add detail.
    route: ':lang/hub/support/:id',
    attempts: intents(
      (ids) => `/en/hub/support/${ids.hubSupportId}`,
      ['triage'],
      () => ({ decision: 'accept' }),
    ),
  },

  // Administration.
  {
    route: ':lang/admin/users/:id',
    attempts: intents(
      (ids) => `/en/admin/users/${ids.targetUserId}`,
      ['assign', 'revoke', 'disable', 'enable'],
      () => ({ role: 'regional_secretariat', scope: 'region:LAS' }),
    ),
  },
  {
    route: ':lang/admin/invite',
    attempts: [
      {
        url: () => '/en/admin/invite',
        form: () => ({
          email: 'invited-by-attacker@example.org',
          name: 'Invitee',
          language: 'ar',
          role: 'admin',
        }),
      },
    ],
  },
  {
    // Verifying organisations is not scoped: every secretariat may (matrix.ts, organisations.verify: any).
    route: ':lang/admin/organisations',
    except: ['otherRegionSecretariat'],
    attempts: [
      {
        url: () => '/en/admin/organisations',
        form: (ids) => ({ organisationId: ids.organisationId, verified: 'false', version: '1' }),
      },
    ],
  },
  {
    // Reference labels are shared by all: every secretariat corrects them.
    route: ':lang/admin/reference/:kind/:id',
    except: ['otherRegionSecretariat'],
    attempts: [
      {
        url: () => '/en/admin/reference/objective/7',
        form: () => ({ 'title.en': 'Renamed objective', version: '1' }),
      },
    ],
  },
  {
    // The search vocabulary is shared like the reference labels: every secretariat edits it.
    route: ':lang/admin/vocabulary/new',
    except: ['otherRegionSecretariat'],
    attempts: [
      {
        url: () => '/en/admin/vocabulary/new',
        form: () => ({ key: 'saffron', ar: 'الزعفران', en: 'saffron', objectives: '6' }),
      },
    ],
  },
  {
    route: ':lang/admin/vocabulary/:key',
    except: ['otherRegionSecretariat'],
    attempts: [
      ...intents(
        () => '/en/admin/vocabulary/remittances',
        ['save'],
        () => ({ ar: 'الحوالات', en: 'remittances' }),
      ),
      ...intents(() => '/en/admin/vocabulary/remittances', ['remove']),
    ],
  },
];

/** The routes of app/routes.ts whose module exports an action, as full paths. */
function actionRoutes(entries: readonly RouteConfigEntry[], parent = ''): string[] {
  return entries.flatMap((entry) => {
    const full = [parent, entry.path ?? ''].filter(Boolean).join('/');
    if (entry.children?.length) return actionRoutes(entry.children, full);
    const source = fs.readFileSync(path.resolve('app', entry.file), 'utf8');
    return /export\s+(async\s+)?(function|const)\s+action\b/.test(source) ? [full] : [];
  });
}

/** A hash of every row of every table, to prove a refused request changed nothing. */
async function fingerprint(db: DbOrTx): Promise<Map<string, string>> {
  const tables = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const query = tables.rows
    .map(
      ({ name }) =>
        `select '${name}' as name, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as hash from "${name}" t`,
    )
    .join(' union all ');
  const hashes = await db.execute<{ name: string; hash: string }>(sql.raw(query));
  return new Map(hashes.rows.map((r) => [r.name, r.hash]));
}

describe('route × role mutation matrix', () => {
  it('has a row for every route with an action in app/routes.ts, and no other', () => {
    expect(rows.map((r) => r.route).sort()).toEqual(actionRoutes(routeConfig).sort());
  });

  const platform = useTestPlatform('pglite', { checkContentIndex: false });
  const sessions = {} as Record<Exclude<Attacker, 'anonymous'>, string>;
  const ids = {} as Ids;

  beforeAll(async () => {
    const { db } = platform().database;
    const fixtures = await createRouteFixtures(db);
    Object.assign(ids, fixtures.ids, {
      organisationMemberUserId: fixtures.userIds.organisation_member,
      focalPointUserId: fixtures.userIds.focal_point,
      expertUserId: fixtures.userIds.expert,
    });
    sessions.user = fixtures.sessions.user;
    sessions.expert = fixtures.sessions.expert;
    const session = async (roles: NonNullable<Parameters<typeof createUser>[1]>['roles'] = []) => {
      const user = await createUser(db, { roles });
      return { id: user.id, session: await signIn(user.id) };
    };
    const orgAdmin = await session();
    const orgMember = await session();
    await createOrganisation(db, {
      members: [
        { userId: orgAdmin.id, role: 'admin' },
        { userId: orgMember.id, role: 'member' },
      ],
    });
    sessions.otherOrganisationAdmin = orgAdmin.session;
    sessions.otherOrganisationMember = orgMember.session;
    sessions.otherStateFocalPoint = (await session([{ role: 'focal_point', scopeId: 'EGY' }])).session;
    sessions.otherRegionSecretariat = (
      await session([{ role: 'regional_secretariat', scopeId: 'ECE' }])
    ).session;
    sessions.unassignedPeerReviewer = (await session([{ role: 'peer_reviewer' }])).session;
  });

  for (const row of rows) {
    if ('exempt' in row) continue;
    it(`POST ${row.route}: refused to every other scope, nothing changed`, async () => {
      const { db } = platform().database;
      const failures: string[] = [];
      for (const attempt of row.attempts) {
        const url = attempt.url(ids);
        const fields = attempt.form?.(ids) ?? {};
        const missing = Object.keys(fields).filter((name) => fields[name] === undefined);
        if (missing.length) failures.push(`${url}: no fixture id for ${missing.join(', ')}`);
        if (url.includes('undefined')) failures.push(`${url}: no fixture id in the URL`);
        const form = Object.fromEntries(
          Object.entries(fields).filter(
            (entry): entry is [string, string | string[]] => entry[1] !== undefined,
          ),
        );
        const label = `${url} ${form.intent ?? ''}`.trim();
        for (const attacker of attackers) {
          if (row.except?.includes(attacker)) continue;
          const before = await fingerprint(db);
          const response = await request(url, {
            method: 'POST',
            form,
            session: attacker === 'anonymous' ? undefined : sessions[attacker],
          });
          const location = response.headers.get('location') ?? '';
          await response.arrayBuffer();
          const toSignIn =
            attacker === 'anonymous' && response.status === 302 && /^\/(ar|en)\/sign-in\?/.test(location);
          if (!toSignIn && !(row.refusedWith ?? [403, 404]).includes(response.status)) {
            failures.push(`${label} as ${attacker}: ${response.status}${location ? ` → ${location}` : ''}`);
          }
          const after = await fingerprint(db);
          const changed = [...after].filter(([table, hash]) => before.get(table) !== hash).map(([t]) => t);
          if (changed.length) failures.push(`${label} as ${attacker} changed ${changed.join(', ')}`);
        }
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
