/**
 * Every content type in the content index, by key. The server registry
 * (app/content-types.server.ts) has one entry per key, and the `content` message catalog names each
 * (content.type.<key>.one / .other / .count), so labels are never built from keys nobody checked.
 */
export const contentTypeKeys = [
  'national_review',
  'parallel_review',
  'synthesis',
  'outcome_document',
  'outcome_paragraph',
  'meeting_document',
  'consultation_summary',
  'review_contribution',
  'plan_action',
  'pledge',
  'hub_resource',
  'discussion',
  'discussion_post',
  'hub_practice',
  'hub_practice_call',
  'hub_expert',
  'meeting',
  'meeting_session',
  'meeting_side_event',
  'statement',
  'concept_note',
  'programme',
  'state_contact',
  'indicator',
  'mechanism_activity',
] as const;
export type ContentTypeKey = (typeof contentTypeKeys)[number];

export const isContentTypeKey = (value: unknown): value is ContentTypeKey =>
  typeof value === 'string' && (contentTypeKeys as readonly string[]).includes(value);
