import type { Translated } from '#db/schema/columns';
import type { ChairPeriod } from './mechanisms/chair-history';

/**
 * The instruments as the open data API gives them (GET /api/v1/champions, /mechanisms, /networks):
 * stable names, ISO3 codes, ISO days, translated texts as { ar, en }; never who edited what.
 */
export function presentChampion(c: {
  countryIso3: string;
  countryName: Translated;
  joinedOn: string | null;
  commitments: Translated;
  supportRequested: Translated;
  supportGiven: Translated;
  confirmation: string;
  sources: string[];
}) {
  return {
    country: c.countryIso3,
    countryName: c.countryName,
    joinedOn: c.joinedOn,
    commitments: c.commitments,
    supportRequested: c.supportRequested,
    supportGiven: c.supportGiven,
    confirmed: c.confirmation === 'confirmed',
    sources: c.sources,
  };
}

export function presentMechanism(m: {
  slug: string;
  kind: string;
  name: Translated;
  acronym: string | null;
  memberStates: string[];
  observerStates: string[];
  secretariat: Translated;
  thematicFocus: Translated;
  gcmEngagement: Translated;
  workingGroups: string[];
  focalPoints: string[];
  reviewContributions: string[];
  confirmation: string;
  sources: string[];
  chairs: (ChairPeriod & { id: string })[];
  activities: {
    id: string;
    title: Translated;
    aims: Translated;
    outputs: Translated;
    heldOn: string;
    objectives: number[];
    countries: string[];
  }[];
}) {
  return {
    id: m.slug,
    kind: m.kind,
    name: m.name,
    acronym: m.acronym,
    memberStates: m.memberStates,
    observerStates: m.observerStates,
    secretariat: m.secretariat,
    thematicFocus: m.thematicFocus,
    gcmEngagement: m.gcmEngagement,
    workingGroups: m.workingGroups,
    focalPoints: m.focalPoints,
    reviewContributions: m.reviewContributions,
    chairs: m.chairs.map((c) => ({
      kind: c.kind,
      country: c.countryIso3,
      holder: c.holder,
      from: c.fromOn,
      until: c.untilOn,
    })),
    activities: m.activities.map((a) => ({
      id: a.id,
      title: a.title,
      aims: a.aims,
      outputs: a.outputs,
      heldOn: a.heldOn,
      objectives: a.objectives,
      countries: a.countries,
    })),
    confirmed: m.confirmation === 'confirmed',
    sources: m.sources,
  };
}

export function presentNetwork(n: {
  slug: string;
  level: string;
  name: Translated;
  countryIso3: string | null;
  regionId: string | null;
  establishedYear: number | null;
  lead: string | null;
  members: string[];
  executiveCommittee: string[];
  confirmation: string;
  sources: string[];
  groups: { kind: string; code: string | null; name: Translated; leads: string[] }[];
}) {
  return {
    id: n.slug,
    level: n.level,
    name: n.name,
    country: n.countryIso3,
    region: n.regionId,
    establishedYear: n.establishedYear,
    lead: n.lead,
    members: n.members,
    executiveCommittee: n.executiveCommittee,
    groups: n.groups.map((g) => ({ kind: g.kind, code: g.code, name: g.name, leads: g.leads })),
    confirmed: n.confirmation === 'confirmed',
    sources: n.sources,
  };
}
