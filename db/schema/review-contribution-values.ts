/**
 * Who a contribution to a regional review comes from (free of Drizzle so pages can import it):
 * consultative processes such as the ARCP, parliaments, UN agencies, regional networks, and
 * stakeholder consultations; anything else as other.
 */
export const contributionKinds = [
  'consultative_process',
  'parliament',
  'un_agency',
  'regional_network',
  'stakeholder_consultation',
  'other',
] as const;
export type ContributionKind = (typeof contributionKinds)[number];
