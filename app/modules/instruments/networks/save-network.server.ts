import { asc, eq } from 'drizzle-orm';
import { networkEntityType, unNetworkGroups, unNetworks } from '#db/schema/instruments';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { present } from '~/platform/forms/fields';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageInstruments } from '../instruments-policy';
import { type NetworkInput, parseCountryNetwork, parseNetwork } from '../instruments-schema';

/**
 * The Network secretariat keeps a network's entry (name, year established, lead, members, status) and,
 * when the form carries them, its working groups and workstreams: they are part of the entry, replaced
 * as a whole under the network's version, so a stale save of either is refused.
 */
export async function updateNetwork(options: {
  db?: DbOrTx;
  subject: Subject;
  networkId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageInstruments(subject);
  const { version, groups, ...input } = parseNetwork(options.input);
  if (version === undefined) throw fieldRefusal('version', 'invalidFormat');
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned({
      db: tx,
      table: unNetworks,
      where: eq(unNetworks.id, options.networkId),
      expectedVersion: version,
      set: {
        ...input,
        establishedYear: input.establishedYear ?? null,
        lead: input.lead ?? null,
        confirmation: 'confirmed',
      },
    });
    const groupsChange = groups ? await replaceGroups(tx, after.id, present(groups)) : undefined;
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'un_network.update',
      entityType: networkEntityType,
      entityId: after.id,
      before: { ...before, ...(groupsChange && { groups: groupsChange.before }) },
      after: { ...after, ...(groupsChange && { groups: groupsChange.after }) },
      requestId: options.requestId,
    });
    return after;
  });
}

/** The Network secretariat adds a country network: one per state (`networkExists`), states only. */
export async function addCountryNetwork(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageInstruments(subject);
  const { version: _version, groups: _groups, countryIso3, ...input } = parseCountryNetwork(options.input);
  return db.transaction(async (tx) => {
    const [country] = await tx
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, countryIso3));
    if (!country) throw fieldRefusal('countryIso3', 'invalidChoice');
    const [taken] = await tx
      .select({ id: unNetworks.id })
      .from(unNetworks)
      .where(eq(unNetworks.countryIso3, countryIso3));
    if (taken) throw fieldRefusal('countryIso3', 'networkExists', { status: 409 });
    const [network] = await tx
      .insert(unNetworks)
      .values({
        ...input,
        slug: `country-${countryIso3.toLowerCase()}`,
        level: 'country',
        countryIso3,
        establishedYear: input.establishedYear ?? null,
        lead: input.lead ?? null,
        confirmation: 'confirmed',
        isSample: options.isSample ?? false,
      })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'un_network.create',
      entityType: networkEntityType,
      entityId: network!.id,
      after: network,
      requestId: options.requestId,
    });
    return network!;
  });
}

type GroupInput = NonNullable<NetworkInput['groups']>[number] & {};

/** The network's groups become `groups`, in their order; returns what they were and are, for the audit. */
async function replaceGroups(tx: DbOrTx, networkId: string, groups: GroupInput[]) {
  const shape = ({
    kind,
    code,
    name,
    leads,
  }: {
    kind: string;
    code: string | null;
    name: unknown;
    leads: string[];
  }) => ({
    kind,
    code,
    name,
    leads,
  });
  const before = await tx
    .select()
    .from(unNetworkGroups)
    .where(eq(unNetworkGroups.networkId, networkId))
    .orderBy(asc(unNetworkGroups.position));
  await tx.delete(unNetworkGroups).where(eq(unNetworkGroups.networkId, networkId));
  const rows = groups.map((g, position) => ({
    networkId,
    position,
    kind: g.kind,
    code: g.code ?? null,
    name: g.name,
    leads: g.leads,
  }));
  if (rows.length) await tx.insert(unNetworkGroups).values(rows);
  return { before: before.map(shape), after: rows.map(shape) };
}
