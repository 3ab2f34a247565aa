import fs from 'node:fs';
import path from 'node:path';
import type { Translated } from '#db/schema/columns';
import {
  type Confirmation,
  champions,
  type MechanismKind,
  mechanisms,
  type NetworkGroupKind,
  type NetworkLevel,
  unNetworkGroups,
  unNetworks,
} from '#db/schema/instruments';
import type { DbOrTx } from '~/platform/db.server';

/**
 * The instruments' reference records (data/reference/instruments.json): champion countries, the
 * consultation mechanisms (the ARCP with the League of Arab States as its technical secretariat) and
 * the UN networks on migration. Each record is inserted once (by country or slug) and published; from
 * then on it is the secretariat's, so re-seeding never overwrites what the secretariat saved.
 */
interface InstrumentsFile {
  champions: { members: { country: string; confirmation: Confirmation; sources: string[] }[] };
  mechanisms: {
    slug: string;
    kind: MechanismKind;
    acronym: string | null;
    regionId?: string;
    name: Translated;
    memberStates: string[];
    secretariat: Translated;
    thematicFocus: Translated;
    gcmEngagement: Translated;
    confirmation: Confirmation;
    sources: string[];
  }[];
  networks: {
    slug: string;
    level: NetworkLevel;
    country?: string;
    regionId?: string;
    name: Translated;
    establishedYear: number | null;
    lead: string | null;
    members: string[];
    executiveCommittee: string[];
    confirmation: Confirmation;
    sources: string[];
    groups: { kind: NetworkGroupKind; code: string | null; name: Translated; leads: string[] }[];
  }[];
}

export function readInstrumentsFile(dir: string): InstrumentsFile {
  return JSON.parse(fs.readFileSync(path.join(dir, 'instruments.json'), 'utf8')) as InstrumentsFile;
}

export async function seedInstruments(db: DbOrTx, dir: string) {
  const file = readInstrumentsFile(dir);
  await db
    .insert(champions)
    .values(
      file.champions.members.map((c) => ({
        countryIso3: c.country,
        confirmation: c.confirmation,
        sources: c.sources,
        status: 'published' as const,
      })),
    )
    .onConflictDoNothing({ target: champions.countryIso3 });
  await db
    .insert(mechanisms)
    .values(
      file.mechanisms.map((m) => ({
        slug: m.slug,
        kind: m.kind,
        acronym: m.acronym,
        regionId: m.regionId ?? null,
        name: m.name,
        memberStates: m.memberStates,
        secretariat: m.secretariat,
        thematicFocus: m.thematicFocus,
        gcmEngagement: m.gcmEngagement,
        confirmation: m.confirmation,
        sources: m.sources,
        status: 'published' as const,
      })),
    )
    .onConflictDoNothing({ target: mechanisms.slug });
  for (const n of file.networks) {
    const [inserted] = await db
      .insert(unNetworks)
      .values({
        slug: n.slug,
        level: n.level,
        countryIso3: n.country ?? null,
        regionId: n.regionId ?? null,
        name: n.name,
        establishedYear: n.establishedYear,
        lead: n.lead,
        members: n.members,
        executiveCommittee: n.executiveCommittee,
        confirmation: n.confirmation,
        sources: n.sources,
        status: 'published',
      })
      .onConflictDoNothing({ target: unNetworks.slug })
      .returning({ id: unNetworks.id });
    if (inserted && n.groups.length)
      await db.insert(unNetworkGroups).values(
        n.groups.map((g, i) => ({
          networkId: inserted.id,
          kind: g.kind,
          code: g.code,
          name: g.name,
          leads: g.leads,
          position: i + 1,
        })),
      );
  }
}
