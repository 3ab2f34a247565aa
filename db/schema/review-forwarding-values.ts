/**
 * What a regional review forwards to the International Migration Review Forum (IMRF), free of
 * Drizzle so pages can import it. db/schema/review-forwardings.ts re-exports it.
 */
export const forwardedDocuments = ['synthesis', 'outcome'] as const;
export type ForwardedDocument = (typeof forwardedDocuments)[number];

/** Entity type of forwardings in the audit trail. */
export const forwardingEntityType = 'review_forwarding';
