import { eq } from 'drizzle-orm';
import { networkEntityType, unNetworks } from '#db/schema/instruments';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageInstruments } from '../instruments-policy';
import { parseCountryNetwork, parseNetwork } from '../instruments-schema';

/** The Network secretariat keeps a network's entry (name, year established, lead, members, status). */
export async function updateNetwork(options: {
  db?: DbOrTx;
  subject: Subject;
  networkId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageInstruments(subject);
  const { version, ...input } = parseNetwork(options.input);
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
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'un_network.update',
      entityType: networkEntityType,
      entityId: after.id,
      before,
      after,
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
  const { version: _version, countryIso3, ...input } = parseCountryNetwork(options.input);
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
