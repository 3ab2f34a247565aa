/**
 * The value lists of support requests, free of Drizzle so pages can import them without the ORM.
 * db/schema/pledge-support.ts re-exports them.
 */
export const supportKinds = [
  'technical',
  'financial',
  'capacity_building',
  'data',
  'partnership',
  'peer_exchange',
  'funding_advice',
  'other',
] as const;
export type SupportKind = (typeof supportKinds)[number];

/** The kinds a Hub request offers (GCM §43): technical assistance, capacity building, peer exchange, data, funding advice. */
export const hubSupportKinds = [
  'technical',
  'capacity_building',
  'peer_exchange',
  'data',
  'funding_advice',
] as const satisfies readonly SupportKind[];

/**
 * One workflow for every request (decision: one table, one queue). A request opens; the secretariat
 * triages it (accepted, needs_detail — the requester adds detail and it is open again — or declined
 * with a reason), assigns an entity or expert (in_progress), answers and closes it. Pledge requests
 * kept their older path open → in progress → answered / closed. declined and closed are final.
 */
export const supportStatuses = [
  'open',
  'needs_detail',
  'accepted',
  'in_progress',
  'answered',
  'declined',
  'closed',
] as const;
export type SupportStatus = (typeof supportStatuses)[number];
export const finalSupportStatuses: readonly SupportStatus[] = ['declined', 'closed'];

/** What a request is about: a pledge, a national review it was raised from, or a topic of its own (hub). */
export const supportSubjectTypes = ['pledge', 'hub', 'review'] as const;
export type SupportSubjectType = (typeof supportSubjectTypes)[number];

/** Whom a request asks: the Network secretariat, or the UN country network of its country. */
export const supportTargets = ['network_secretariat', 'un_country_network'] as const;
export type SupportTarget = (typeof supportTargets)[number];

export const supportEventKinds = [
  'created',
  'accepted',
  'detail_asked',
  'detail_added',
  'declined',
  'assigned',
  'status',
  'replied',
  'closed',
] as const;
export type SupportEventKind = (typeof supportEventKinds)[number];
