import type { Translated } from '#db/schema/columns';
import type { CountryDetail } from '~/modules/reference/get-country.server';
import type { CountryListItem } from '~/modules/reference/list-countries.server';
import type { ObjectiveListItem } from '~/modules/reference/list-objectives.server';
import type { PrincipleListItem } from '~/modules/reference/list-principles.server';
import type { RegionListItem } from '~/modules/reference/list-regions.server';
import type { ThematicAreaListItem } from '~/modules/reference/list-thematic-areas.server';

/** Presenters: the public JSON shape of each reference item, stable whatever the tables hold. */
const names = (t: Translated) => ({ ar: t.ar ?? null, en: t.en ?? null });

export function presentObjective(o: ObjectiveListItem) {
  return {
    id: o.number,
    number: o.number,
    code: o.code,
    title: names(o.title),
    shortLabel: names(o.shortLabel),
  };
}

export function presentPrinciple(p: PrincipleListItem) {
  return { id: p.key, key: p.key, paragraph: p.paragraph, position: p.position, name: names(p.name) };
}

export function presentThematicArea(a: ThematicAreaListItem) {
  return { id: a.id, name: names(a.name), objectives: a.objectives, verified: a.verified };
}

export function presentCountry(c: CountryListItem) {
  return {
    id: c.iso3,
    iso3: c.iso3,
    iso2: c.iso2,
    m49: c.m49,
    name: names(c.name),
    unStatus: c.unStatus,
    region: c.regionId,
    subregion: c.subregionId,
    groupings: c.groupings,
  };
}

export function presentCountryDetail(c: CountryDetail) {
  return {
    ...presentCountry({
      ...c,
      groupings: c.memberships.filter((m) => !m.kind.startsWith('m49')).map((m) => m.id),
    }),
    officialName: names(c.officialName),
    memberships: c.memberships.map((m) => ({ id: m.id, kind: m.kind, name: names(m.name), note: m.note })),
  };
}

export function presentRegion(r: RegionListItem) {
  return {
    id: r.id,
    kind: r.kind,
    code: r.code,
    parentId: r.parentId,
    name: names(r.name),
    memberCount: r.memberCount,
    members: r.members ?? [],
  };
}
