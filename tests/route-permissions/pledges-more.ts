import { pledgeSupportSetup } from './pledges-support-setup';
import { type Area, signedIn } from './types';

/** Rows of this area's page routes (see types.ts). */
export const area: Area = {
  rows: [
    // Pledge import: the Network secretariat (pledges.review) and administrators only.
    {
      route: ':lang/pledges/import',
      url: () => '/ar/pledges/import',
      allow: ['admin', 'network_secretariat'],
    },
    {
      route: ':lang/pledges/import/template.csv',
      url: () => '/en/pledges/import/template.csv',
      allow: ['admin', 'network_secretariat'],
    },
    {
      // An unknown import answers 404 to those allowed; the report itself: tests/pledges-import-routes.test.ts.
      route: ':lang/pledges/imports/:importId/report.csv',
      url: () => '/en/pledges/imports/00000000-0000-4000-8000-000000000000/report.csv',
      allow: ['admin', 'network_secretariat'],
      ok: [404],
    },
    {
      // The Network secretariat's queue.
      route: ':lang/pledges/support',
      url: () => '/en/pledges/support?status=open',
      allow: ['admin', 'network_secretariat'],
    },
    {
      // The secretariat answers; the requester's side (the organisation's members) may read it;
      // to anyone else the request does not exist.
      route: ':lang/pledges/support/:requestId',
      url: (ids) => `/ar/pledges/support/${ids.supportRequestId}`,
      allow: ['admin', 'network_secretariat', 'organisation_admin', 'organisation_member'],
      refused: [404],
    },
    { route: ':lang/pledges/partnerships', url: () => '/en/pledges/partnerships', allow: signedIn },
    {
      route: ':lang/pledges/:id/support',
      url: (ids) => `/ar/pledges/${ids.supportPledgeId}/support`,
      allow: ['admin', 'organisation_admin', 'organisation_member'],
    },
    {
      route: ':lang/pledges/:id/attachments',
      url: (ids) => `/en/pledges/${ids.supportPledgeId}/attachments`,
      allow: ['admin', 'organisation_admin', 'organisation_member'],
    },
  ],
  setup: pledgeSupportSetup,
};
