import type { Action } from '~/permissions/matrix';

export interface NavLinkItem {
  to: string;
  /** The full catalog key, written out so the i18n check sees it. */
  label: string;
  /** Shown only to someone who may take one of these actions somewhere (the page's guard decides). */
  requires?: readonly Action[];
}

export interface NavArea {
  key: string;
  label: string;
  links: readonly NavLinkItem[];
}

/**
 * The platform in six areas a reader understands, each a short list of pages. A new public page
 * joins the area it belongs to here; the header's one navigation (SiteNav) reads this list.
 */
export const navAreas: readonly NavArea[] = [
  {
    key: 'compact',
    label: 'common.nav.area.compact',
    links: [
      { to: '/objectives', label: 'common.nav.objectives' },
      { to: '/principles', label: 'common.nav.principles' },
      { to: '/thematic-areas', label: 'common.nav.thematicAreas' },
      { to: '/countries', label: 'common.nav.countries' },
      { to: '/regions', label: 'common.nav.regions' },
    ],
  },
  {
    key: 'reviews',
    label: 'common.nav.area.reviews',
    links: [
      { to: '/reviews', label: 'common.nav.reviews' },
      { to: '/plans', label: 'common.nav.plans' },
      { to: '/reviews/templates', label: 'common.nav.templates', requires: ['reviews.cycles.manage'] },
    ],
  },
  {
    key: 'pledges',
    label: 'common.nav.area.pledges',
    links: [
      { to: '/pledges', label: 'common.nav.pledgeRegistry' },
      { to: '/pledges/dashboard', label: 'common.nav.pledgeDashboard' },
      { to: '/pledges/new', label: 'common.nav.newPledge', requires: ['pledges.create'] },
    ],
  },
  {
    key: 'knowledge',
    label: 'common.nav.area.knowledge',
    links: [
      { to: '/hub', label: 'common.nav.hub' },
      { to: '/hub/resources', label: 'common.nav.resources' },
    ],
  },
  {
    key: 'meetings',
    label: 'common.nav.area.meetings',
    links: [
      { to: '/meetings', label: 'common.nav.meetings' },
      { to: '/statements', label: 'common.nav.statements' },
    ],
  },
  {
    key: 'data',
    label: 'common.nav.area.data',
    links: [
      { to: '/coverage', label: 'common.nav.coverage' },
      { to: '/funding', label: 'common.nav.funding' },
      { to: '/open-data', label: 'common.nav.openData' },
    ],
  },
];

/** A signed-in person's own work and what awaits them, in one menu. */
export const myWorkLinks: readonly NavLinkItem[] = [
  { to: '/reviews/mine', label: 'common.nav.myReviews' },
  { to: '/pledges/mine', label: 'common.nav.myPledges' },
  { to: '/pledges/partnerships', label: 'common.nav.partnerships' },
  { to: '/hub/reviews', label: 'common.nav.hubReviews', requires: ['hub.peer_review'] },
  { to: '/pledges/review', label: 'common.nav.pledgeQueue', requires: ['pledges.review'] },
  { to: '/pledges/support', label: 'common.nav.supportQueue', requires: ['pledges.review'] },
  { to: '/hub/editor', label: 'common.nav.hubQueue', requires: ['hub.curate'] },
  {
    to: '/funding/concept-notes',
    label: 'common.nav.conceptNotes',
    requires: ['funding.submit', 'funding.read'],
  },
  {
    to: '/admin',
    label: 'common.nav.admin',
    requires: ['users.read', 'audit.read', 'outbox.read', 'roles.assign', 'reference.edit'],
  },
  { to: '/account', label: 'common.nav.account' },
];

/** Every action some link above depends on: the root loader says which of them the viewer has. */
export const navActions: readonly Action[] = [
  ...new Set([...navAreas.flatMap((a) => a.links), ...myWorkLinks].flatMap((l) => l.requires ?? [])),
];

export function visibleLinks(links: readonly NavLinkItem[], allowed: readonly string[]) {
  return links.filter((l) => !l.requires || l.requires.some((a) => allowed.includes(a)));
}
