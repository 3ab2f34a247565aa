import { getIndicatorByCode } from '~/modules/indicators/indicator-records.server';
import { recordIndicatorValue } from '~/modules/indicators/record-indicator-value.server';
import { buildReportBundle } from '~/modules/report-bundle/build-report-bundle.server';
import { requestReportBundle } from '~/modules/report-bundle/request-report-bundle.server';
import { type Area, everyone } from './types';

/**
 * GCM indicators: the catalogue, an indicator's page and CSV and the API are public; a state's value
 * page is for its focal points (Jordan's here) and administrators; the report bundles for the
 * Network secretariat.
 */
export const area: Area = {
  rows: [
    { route: ':lang/indicators', url: () => '/ar/indicators', allow: everyone },
    { route: ':lang/indicators/:code', url: () => '/ar/indicators/P-03', allow: everyone },
    {
      route: ':lang/indicators/new',
      url: () => '/ar/indicators/new',
      allow: ['admin', 'network_secretariat'],
    },
    {
      route: ':lang/indicators/:code/edit',
      url: () => '/en/indicators/P-03/edit',
      allow: ['admin', 'network_secretariat'],
    },
    {
      route: ':lang/indicators/:code/values.csv',
      url: () => '/en/indicators/P-03/values.csv',
      allow: everyone,
    },
    {
      route: ':lang/indicators/report/:iso3',
      url: () => '/ar/indicators/report/JOR?indicator=P-03',
      allow: ['admin', 'focal_point'],
    },
    { route: 'api/v1/indicators', url: () => '/api/v1/indicators?objective=20', allow: everyone },
    {
      route: ':lang/indicators/report-bundles',
      url: () => '/ar/indicators/report-bundles',
      allow: ['admin', 'network_secretariat'],
    },
    {
      route: ':lang/indicators/report-bundles/:id/download',
      url: (ids) => `/en/indicators/report-bundles/${ids.reportBundleId}/download`,
      allow: ['admin', 'network_secretariat'],
    },
  ],
  async setup({ db, userIds }) {
    const indicator = (await getIndicatorByCode({ db, code: 'P-03' }))!;
    const subject = {
      userId: userIds.focal_point,
      grants: [{ role: 'focal_point' as const, scopeType: 'country' as const, scopeId: 'JOR' }],
    };
    const { value } = await recordIndicatorValue({
      db,
      subject,
      countryIso3: 'JOR',
      input: { indicatorId: indicator.id, year: '2023', value: '6.2' },
    });
    const admin = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const bundle = await requestReportBundle({
      db,
      subject: admin,
      input: { periodStart: '2024-01-01', periodEnd: '2025-12-31' },
    });
    await buildReportBundle({ db, payload: { bundleId: bundle.id } });
    return { reportBundleId: bundle.id, indicatorValueId: value.id };
  },
};
