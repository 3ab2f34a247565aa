import type { SideEventItem } from '~/modules/meetings/side-events/list-side-events.server';
import type { SideEventView } from './side-event-list';

/** A side event as the pages need it: dates as ISO text, nothing the page does not show. */
export const sideEventView = (r: SideEventItem): SideEventView => ({
  id: r.id,
  status: r.status,
  title: r.title,
  proposingOrganisation: r.proposingOrganisation,
  organisers: r.organisers,
  description: r.description,
  objectives: r.objectives,
  format: r.format,
  preferredDay: r.preferredDay,
  languages: r.languages,
  decisionReason: r.decisionReason,
  slot: r.slot
    ? { startsAt: r.slot.startsAt.toISOString(), endsAt: r.slot.endsAt.toISOString(), room: r.slot.room }
    : null,
  isSample: r.isSample,
  version: r.version,
});
