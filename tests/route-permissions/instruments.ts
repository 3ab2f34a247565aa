import { recordActivity } from '~/modules/instruments/mechanisms/record-activity.server';
import { type Area, everyone } from './types';

/**
 * The instruments: the roster, the mechanisms, an activity, the networks and the comparison of
 * regional actors are public; the edit pages are the Network secretariat's; recording an ARCP
 * activity is also for the LAS regional secretariat (its region holds the ARCP's member states).
 */
export const area: Area = {
  rows: [
    { route: ':lang/champions', url: () => '/ar/champions', allow: everyone },
    { route: ':lang/champions/:iso3', url: () => '/ar/champions/EGY', allow: everyone },
    { route: ':lang/mechanisms', url: () => '/ar/mechanisms', allow: everyone },
    { route: ':lang/mechanisms/:slug', url: () => '/en/mechanisms/arcp', allow: everyone },
    {
      route: ':lang/mechanisms/:slug/edit',
      url: () => '/ar/mechanisms/arcp/edit',
      allow: ['admin', 'network_secretariat'],
    },
    {
      route: ':lang/mechanisms/:slug/activities/new',
      url: () => '/ar/mechanisms/arcp/activities/new',
      allow: ['admin', 'network_secretariat', 'regional_secretariat'],
    },
    {
      route: ':lang/mechanisms/:slug/activities/:id',
      url: (ids) => `/ar/mechanisms/arcp/activities/${ids.arcpActivityId}`,
      allow: everyone,
    },
    { route: ':lang/networks', url: () => '/ar/networks', allow: everyone },
    {
      route: ':lang/networks/:slug/edit',
      url: () => '/en/networks/global/edit',
      allow: ['admin', 'network_secretariat'],
    },
    { route: ':lang/regional-actors', url: () => '/ar/regional-actors', allow: everyone },
    { route: 'api/v1/champions', url: () => '/api/v1/champions', allow: everyone },
    { route: 'api/v1/mechanisms', url: () => '/api/v1/mechanisms', allow: everyone },
    { route: 'api/v1/networks', url: () => '/api/v1/networks', allow: everyone },
  ],
  async setup({ db, userIds }) {
    const subject = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const activity = await recordActivity({
      db,
      subject,
      mechanismKey: 'arcp',
      input: {
        originalLanguage: 'ar',
        title: { ar: 'حلقة نقاش حول الاتفاق العالمي' },
        aims: { ar: 'تبادل الخبرات' },
        heldOn: '2024-05-27',
        objectives: ['1'],
        status: 'published',
      },
    });
    return { arcpActivityId: activity.id };
  },
};
