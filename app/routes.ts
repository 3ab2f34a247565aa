import { index, prefix, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/root-redirect.tsx'),

  ...prefix('api/v1', [
    route('openapi.json', 'routes/api/openapi.ts'),
    route('objectives', 'routes/api/objectives.ts'),
    route('objectives/:number', 'routes/api/objective.ts'),
    route('principles', 'routes/api/principles.ts'),
    route('thematic-areas', 'routes/api/thematic-areas.ts'),
    route('countries', 'routes/api/countries.ts'),
    route('countries/:iso3', 'routes/api/country.ts'),
    route('regions', 'routes/api/regions.ts'),
    route('pledges.csv', 'routes/api/pledges-csv.ts'),
    route('pledges.xlsx', 'routes/api/pledges-xlsx.ts'),
    route('pledges', 'routes/api/pledges.ts'),
    route('pledges/:id', 'routes/api/pledge.ts'),
    route('review-cycles', 'routes/api/review-cycles.ts'),
    route('review-cycles/:id', 'routes/api/review-cycle.ts'),
    route('review-cycles/:id/synthesis.docx', 'routes/api/review-cycle-synthesis-docx.ts'),
    route('reviews', 'routes/api/reviews.ts'),
    route('implementation-plans', 'routes/api/implementation-plans.ts'),
    route('resources', 'routes/api/resources.ts'),
    route('funding/programmes', 'routes/api/funding-programmes.ts'),
    route('funding/concept-notes', 'routes/api/funding-concept-notes.ts'),
    route('coverage', 'routes/api/coverage.ts'),
    route('datasets', 'routes/api/datasets.ts'),
    route('datasets/:key/schema.json', 'routes/api/dataset-schema.ts'),
    route('datasets/:file', 'routes/api/dataset-file.ts'),
    route('meetings', 'routes/api/meetings.ts'),
    route('meetings/:id', 'routes/api/meeting.ts'),
    route('statements', 'routes/api/statements.ts'),
    route('search', 'routes/api/search.ts'),
    route('search/suggestions', 'routes/api/search-suggestions.ts'),
    route('*', 'routes/api/not-found.ts'),
  ]),

  // Feeds and the sitemap (public, from the content index)
  route('sitemap.xml', 'routes/feeds/sitemap.ts'),
  route('sitemaps/:file', 'routes/feeds/sitemap-part.ts'),
  route('robots.txt', 'routes/feeds/robots.ts'),
  route('feeds/:file', 'routes/feeds/feed-all.ts'),
  route('feeds/:kind/:file', 'routes/feeds/feed-scoped.ts'),

  route(':lang', 'routes/lang-layout.tsx', [
    index('routes/home.tsx'),

    // The GCM framework (public)
    route('objectives', 'routes/framework/objectives.tsx'),
    route('objectives/:number', 'routes/framework/objective.tsx'),
    route('principles', 'routes/framework/principles.tsx'),
    route('principles/:key', 'routes/framework/principle.tsx'),
    route('glossary', 'routes/framework/glossary.tsx'),
    route('thematic-areas', 'routes/framework/thematic-areas.tsx'),
    route('countries', 'routes/framework/countries.tsx'),
    route('countries/:iso3', 'routes/framework/country.tsx'),
    route('regions', 'routes/framework/regions.tsx'),
    route('regions/:id', 'routes/framework/region.tsx'),

    // Search over all content
    route('search', 'routes/search/search.tsx'),

    // Accounts
    route('sign-up', 'routes/accounts/sign-up.tsx'),
    route('sign-in', 'routes/accounts/sign-in.tsx'),
    route('sign-out', 'routes/accounts/sign-out.tsx'),
    route('verify-email', 'routes/accounts/verify-email.tsx'),
    route('forgot-password', 'routes/accounts/forgot-password.tsx'),
    route('reset-password', 'routes/accounts/reset-password.tsx'),
    route('accept-invite', 'routes/accounts/accept-invite.tsx'),
    route('preferences', 'routes/accounts/preferences.tsx'),
    route('account', 'routes/accounts/account.tsx'),
    route('organisations', 'routes/accounts/organisations.tsx'),
    route('organisations/:id', 'routes/accounts/organisation.tsx'),

    // Pledges
    route('funding', 'routes/funding/dashboard.tsx'),
    route('funding/concept-notes', 'routes/funding/concept-notes.tsx'),
    route('funding/concept-notes/new', 'routes/funding/concept-note-new.tsx'),
    route('funding/concept-notes/:id', 'routes/funding/concept-note.tsx'),
    route('funding/programmes/:id', 'routes/funding/programme.tsx'),
    route('funding/decisions', 'routes/funding/decisions.tsx'),
    route('pledges', 'routes/pledges/registry.tsx'),
    route('pledges/dashboard', 'routes/pledges/dashboard.tsx'),
    route('pledges/dashboard.csv', 'routes/pledges/dashboard-csv.ts'),
    route('pledges/new', 'routes/pledges/new.tsx'),
    route('pledges/mine', 'routes/pledges/mine.tsx'),
    route('pledges/review', 'routes/pledges/review-queue.tsx'),
    route('pledges/import', 'routes/pledges/import.tsx'),
    route('pledges/import/template.csv', 'routes/pledges/import-template-csv.ts'),
    route('pledges/imports/:importId/report.csv', 'routes/pledges/import-report-csv.ts'),
    route('pledges/support', 'routes/pledges/support-queue.tsx'),
    route('pledges/support/:requestId', 'routes/pledges/support-request.tsx'),
    route('pledges/partnerships', 'routes/pledges/partnerships.tsx'),
    route('pledges/:id', 'routes/pledges/pledge.tsx'),
    route('pledges/:id/edit', 'routes/pledges/edit.tsx'),
    route('pledges/:id/review', 'routes/pledges/review.tsx'),
    route('pledges/:id/progress', 'routes/pledges/progress.tsx'),
    route('pledges/:id/attachments', 'routes/pledges/attachments.tsx'),
    route('pledges/:id/support', 'routes/pledges/ask-support.tsx'),

    // Reviews: cycles, templates, national and parallel reviews, synthesis, outcome
    route('reviews', 'routes/reviews/index.tsx'),
    route('reviews/mine', 'routes/reviews/mine.tsx'),
    route('reviews/new', 'routes/reviews/new.tsx'),
    route('reviews/templates', 'routes/reviews/templates.tsx'),
    route('reviews/templates/:templateId', 'routes/reviews/template.tsx'),
    route('reviews/cycles/new', 'routes/reviews/cycle-new.tsx'),
    route('reviews/cycles/:cycleId', 'routes/reviews/cycle.tsx'),
    route('reviews/cycles/:cycleId/edit', 'routes/reviews/cycle-edit.tsx'),
    route('reviews/cycles/:cycleId/tracker', 'routes/reviews/tracker.tsx'),
    route('reviews/cycles/:cycleId/tracker.csv', 'routes/reviews/tracker-csv.ts'),
    route('reviews/cycles/:cycleId/outreach', 'routes/reviews/outreach.tsx'),
    route('reviews/cycles/:cycleId/workshops', 'routes/reviews/workshops.tsx'),
    route('reviews/cycles/:cycleId/received/upload', 'routes/reviews/received-upload.tsx'),
    route('reviews/contacts/:regionId', 'routes/reviews/contacts.tsx'),
    route('reviews/contacts/:regionId/:contactId', 'routes/reviews/contact-edit.tsx'),
    route('reviews/cycles/:cycleId/contributions', 'routes/reviews/contributions.tsx'),
    route('reviews/cycles/:cycleId/contributions/upload', 'routes/reviews/contribution-record.tsx'),
    route('reviews/cycles/:cycleId/outcome', 'routes/reviews/outcome.tsx'),
    route('reviews/cycles/:cycleId/outcome/edit', 'routes/reviews/outcome-edit.tsx'),
    route('reviews/cycles/:cycleId/synthesis', 'routes/reviews/synthesis.tsx'),
    route('reviews/cycles/:cycleId/synthesis/edit', 'routes/reviews/synthesis-edit.tsx'),
    route('reviews/cycles/:cycleId/synthesis.pdf', 'routes/reviews/synthesis-pdf.ts'),
    route('reviews/:reviewId', 'routes/reviews/review.tsx'),
    route('reviews/:reviewId/edit', 'routes/reviews/edit.tsx'),
    route('reviews/:reviewId/sections/:sectionKey', 'routes/reviews/section.tsx'),
    route('reviews/:reviewId/editors', 'routes/reviews/editors.tsx'),
    route('reviews/:reviewId/attachments', 'routes/reviews/attachments.tsx'),
    route('reviews/:reviewId/moderate', 'routes/reviews/moderate.tsx'),
    route('reviews/:reviewId/versions', 'routes/reviews/versions.tsx'),
    route('reviews/:reviewId/download.docx', 'routes/reviews/review-docx.ts'),

    // National implementation plans
    route('plans', 'routes/plans/index.tsx'),
    route('plans/:iso3', 'routes/plans/plan.tsx'),
    route('plans/:iso3/edit', 'routes/plans/edit.tsx'),
    route('plans/:iso3/actions/:actionId', 'routes/plans/action.tsx'),

    // The coverage radar
    route('coverage', 'routes/coverage/radar.tsx'),
    route('coverage.csv', 'routes/coverage/radar-csv.ts'),

    // Open data: the datasets and their dictionaries
    route('open-data', 'routes/open-data/datasets.tsx'),
    route('open-data/:key', 'routes/open-data/dataset.tsx'),

    // Meetings: calendar, meeting pages with agenda and speakers, organisers' editing
    route('meetings', 'routes/meetings/index.tsx'),
    route('meetings/new', 'routes/meetings/new.tsx'),
    route('meetings/:id', 'routes/meetings/meeting.tsx'),
    route('meetings/:id/edit', 'routes/meetings/edit.tsx'),
    route('statements', 'routes/statements/index.tsx'),
    route('statements/:id', 'routes/statements/statement.tsx'),

    // The Migration Network Hub: resources and their peer review
    route('hub', 'routes/hub/index.tsx'),
    route('hub/resources', 'routes/hub/resources.tsx'),
    route('hub/resources/upload', 'routes/hub/resource-submit.tsx'),
    route('hub/resources/:id', 'routes/hub/resource.tsx'),
    route('hub/resources/:id/edit', 'routes/hub/resource-edit.tsx'),
    route('hub/resources/:id/panel', 'routes/hub/panel.tsx'),
    route('hub/reviews', 'routes/hub/my-reviews.tsx'),
    route('hub/reviews/:assignmentId', 'routes/hub/review.tsx'),
    route('hub/editor', 'routes/hub/queue.tsx'),
    route('hub/roster', 'routes/hub/roster.tsx'),

    // Files (downloads check the permission of the content they are attached to)
    route('files/:id', 'routes/files/download.ts'),

    // Administration
    ...prefix('admin', [
      index('routes/admin/index.tsx'),
      route('users', 'routes/admin/users.tsx'),
      route('users/:id', 'routes/admin/user.tsx'),
      route('invite', 'routes/admin/invite.tsx'),
      route('audit', 'routes/admin/audit.tsx'),
      route('outbox', 'routes/admin/outbox.tsx'),
      route('organisations', 'routes/admin/organisations.tsx'),
      route('reference', 'routes/admin/reference.tsx'),
      route('reference/:kind/:id', 'routes/admin/reference-edit.tsx'),
    ]),

    route('*', 'routes/not-found.tsx', { id: 'lang-not-found' }),
  ]),

  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
