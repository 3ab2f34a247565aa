import { can, type Subject, scopesFor } from '~/permissions/resolver';
import { forbidden } from '~/platform/errors';

/**
 * Who may do what with GCM indicators — the one place these rules live (pages, API and operations
 * ask here). The catalogue and every reported value are public. A state's focal points
 * (indicators.report, scoped to the state, as for its national review) report and correct its
 * values; the Network secretariat (indicators.manage) keeps the catalogue and builds the bundle for
 * the Secretary-General's biennial report.
 */
export const canReportIndicatorValues = (subject: Subject, countryIso3: string) =>
  can(subject, 'indicators.report', { country: countryIso3 });

export function checkReportIndicatorValues(subject: Subject, countryIso3: string): void {
  if (!canReportIndicatorValues(subject, countryIso3)) throw forbidden();
}

/**
 * The states whose values the subject reports, for "report values" links: every state for "any",
 * else the states of its grants (null: every state).
 */
export function reportingCountries(subject: Subject): string[] | null {
  const scopes = scopesFor(subject, 'indicators.report');
  return scopes.any ? null : scopes.countries;
}

export const canManageIndicators = (subject: Subject) => can(subject, 'indicators.manage', {});

export function checkManageIndicators(subject: Subject): void {
  if (!canManageIndicators(subject)) throw forbidden();
}
