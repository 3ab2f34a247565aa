/**
 * Value lists of the GCM indicators (free of Drizzle, so pages can import them): the units a value is
 * measured in and the disaggregation dimensions with every value a dimension may take. An indicator
 * of the catalogue names the dimensions it is broken down by and, for each, the values it allows (a
 * subset of the lists here); a reported value names one allowed value per dimension, or none (the
 * total).
 */
export const indicatorUnits = ['percent', 'number', 'usd', 'rate_per_100000', 'index'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

export const disaggregationValues = {
  sex: ['female', 'male'],
  age_group: ['0_14', '15_24', '25_64', '65_plus'],
  migratory_status: ['migrant', 'non_migrant', 'refugee'],
  area: ['urban', 'rural'],
} as const;
export type DisaggregationDimension = keyof typeof disaggregationValues;
export type DisaggregationValue = (typeof disaggregationValues)[DisaggregationDimension][number];
export const disaggregationDimensions = Object.keys(disaggregationValues) as DisaggregationDimension[];

/** An indicator's breakdowns: the dimensions it is disaggregated by, each with its allowed values. */
export type IndicatorDisaggregations = { dimension: DisaggregationDimension; values: string[] }[];
/** One value's place in the breakdowns: a value per dimension given; a dimension left out is the total. */
export type Disaggregation = Partial<Record<DisaggregationDimension, string>>;

/** Reporting years accepted: from the Compact's adoption year's decade to the current year. */
export const INDICATOR_YEAR_MIN = 2000;
/** Highest magnitude of a reported number. */
export const INDICATOR_VALUE_MAX = 1e13;
export const SOURCE_NOTE_MAX = 1000;

export const gcmIndicatorEntityType = 'gcm_indicator';
export const indicatorValueEntityType = 'indicator_value';
export const reportBundleEntityType = 'report_bundle';

export const reportBundleStatuses = ['queued', 'running', 'ready', 'failed'] as const;
export type ReportBundleStatus = (typeof reportBundleStatuses)[number];
