/** The dashboard's charts (anchors on the page and `?chart=` of the CSV route) and shared limits. */
export const dashboardCharts = ['objectives', 'statuses', 'countries', 'financial', 'freshness'] as const;
export type DashboardChart = (typeof dashboardCharts)[number];
export const isDashboardChart = (value: unknown): value is DashboardChart =>
  typeof value === 'string' && (dashboardCharts as readonly string[]).includes(value);

/** The countries chart shows this many countries; its table and CSV list all of them. */
export const TOP_COUNTRIES = 15;

export const freshnessTones = ['green', 'amber', 'red'] as const;
