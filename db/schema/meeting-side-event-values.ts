/** Values of side-event proposals (db/schema/meeting-side-events.ts), shared by the schema, the forms and the pages. */

/** How a side event is held. */
export const sideEventFormats = ['in-person', 'online', 'hybrid'] as const;
export type SideEventFormat = (typeof sideEventFormats)[number];

/** A proposal is pending until the organisers accept or decline it, or its proposer withdraws it. */
export const sideEventStatuses = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type SideEventStatus = (typeof sideEventStatuses)[number];

export const sideEventEntityType = 'meeting_side_event';
export const sideEventSettingsEntityType = 'meeting_side_event_settings';
