/**
 * The value lists of the outreach tables (focal-point registry, invitations and reminders, reviews
 * received by the secretariat, focal-point workshops), free of Drizzle so pages can import them.
 */

/** A state's national focal point for the GCM review, or a member of its delegation. */
export const contactKinds = ['focal_point', 'delegation'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** What the secretariat wrote to a state's contacts about a cycle. */
export const outreachMessageKinds = ['invitation', 'reminder'] as const;
export type OutreachMessageKind = (typeof outreachMessageKinds)[number];

/** Entity types of the outreach records in the audit trail and the content index. */
export const stateContactEntityType = 'state_contact';
export const reviewWorkshopEntityType = 'review_workshop';
