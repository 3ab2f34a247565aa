import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { diffAudit } from './audit-diff';
import { listAudit, listAuditFacets, parseDay } from './list-audit.server';
import { setOrganisationVerified } from './set-organisation-verified.server';

describe('diffAudit', () => {
  it('lists changed fields only, nested fields dotted, values as text', () => {
    expect(
      diffAudit(
        { name: { ar: 'أ', en: 'A' }, verified: false, version: 1, updatedAt: 'x', tags: [1] },
        { name: { ar: 'أ', en: 'B' }, verified: true, version: 2, updatedAt: 'y', tags: [1] },
      ),
    ).toEqual([
      { field: 'name.en', before: 'A', after: 'B' },
      { field: 'verified', before: 'false', after: 'true' },
      { field: 'version', before: '1', after: '2' },
    ]);
    expect(diffAudit(null, { role: 'expert', scopeId: '' })).toEqual([
      { field: 'role', before: null, after: 'expert' },
      { field: 'scopeId', before: null, after: '' },
    ]);
    expect(diffAudit({ role: 'expert' }, null)).toEqual([{ field: 'role', before: 'expert', after: null }]);
    expect(diffAudit({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('parses only real days', () => {
    expect(parseDay('2025-02-28')?.toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(parseDay('2025-02-30')).toBeUndefined();
    expect(parseDay('28/02/2025')).toBeUndefined();
  });
});

for (const store of testStores) {
  describe(`audit log listing (${store})`, () => {
    const platform = useTestPlatform(store);
    let salma: { id: string };
    let omar: { id: string };
    let orgId: string;
    beforeAll(async () => {
      const { db } = platform().database;
      salma = await createUser(db, { email: 'salma@example.org', name: 'Salma' });
      omar = await createUser(db, { email: 'omar@example.org', name: 'Omar' });
      orgId = (await createOrganisation(db)).id;
      await db.insert(auditLog).values([
        {
          at: new Date('2025-01-10T09:00:00Z'),
          actorId: salma.id,
          action: 'pledge.create',
          entityType: 'pledge',
          entityId: 'p1',
          after: { title: 'One' },
        },
        {
          at: new Date('2025-01-11T23:59:00Z'),
          actorId: omar.id,
          action: 'pledge.edit',
          entityType: 'pledge',
          entityId: 'p1',
          before: { title: 'One', version: 1 },
          after: { title: 'Uno', version: 2 },
        },
        {
          at: new Date('2025-01-12T00:00:00Z'),
          actorId: omar.id,
          action: 'review.edit',
          entityType: 'review',
          entityId: 'r1',
          before: { s: 'a' },
          after: { s: 'b' },
        },
        {
          at: new Date('2025-01-13T08:00:00Z'),
          actorId: null,
          action: 'reference.seed',
          entityType: 'objective',
          entityId: '7',
        },
      ]);
      await setOrganisationVerified({
        db,
        actorId: salma.id,
        organisationId: orgId,
        verified: true,
        expectedVersion: 1,
      });
    });

    it('answers newest first with the actor and the changed fields', async () => {
      const { db } = platform().database;
      const { rows, total } = await listAudit({ db });
      expect(total).toBe(5);
      expect(rows.map((r) => r.action)).toEqual([
        'organisation.verify',
        'reference.seed',
        'review.edit',
        'pledge.edit',
        'pledge.create',
      ]);
      const edit = rows.find((r) => r.action === 'pledge.edit');
      expect(edit).toMatchObject({ actorEmail: 'omar@example.org', actorName: 'Omar' });
      expect(edit?.changes).toEqual([
        { field: 'title', before: 'One', after: 'Uno' },
        { field: 'version', before: '1', after: '2' },
      ]);
      expect(rows.find((r) => r.action === 'reference.seed')).toMatchObject({
        actorId: null,
        actorEmail: null,
      });
      const verify = rows[0];
      expect(verify).toMatchObject({ entityType: 'organisation', entityId: orgId, actorId: salma.id });
      expect(verify?.changes).toContainEqual({ field: 'verified', before: 'false', after: 'true' });
    });

    it('filters by actor, action, entity and an inclusive date range', async () => {
      const { db } = platform().database;
      const actions = async (filters: Parameters<typeof listAudit>[0]['filters']) =>
        (await listAudit({ db, filters })).rows.map((r) => r.action);
      expect(await actions({ actor: 'OMAR@' })).toEqual(['review.edit', 'pledge.edit']);
      expect(await actions({ actor: '%' })).toEqual([]);
      expect(await actions({ action: 'pledge.edit' })).toEqual(['pledge.edit']);
      expect(await actions({ entityType: 'pledge', entityId: 'p1' })).toEqual([
        'pledge.edit',
        'pledge.create',
      ]);
      expect(await actions({ from: '2025-01-11', to: '2025-01-11' })).toEqual(['pledge.edit']);
      expect(await actions({ from: '2025-01-12', to: '2025-01-13' })).toEqual([
        'reference.seed',
        'review.edit',
      ]);
      // An impossible day is ignored rather than matching nothing.
      expect(await actions({ to: '2025-13-01', entityType: 'review' })).toEqual(['review.edit']);
      const paged = await listAudit({ db, limit: 2, offset: 2 });
      expect(paged.total).toBe(5);
      expect(paged.rows.map((r) => r.action)).toEqual(['review.edit', 'pledge.edit']);
    });

    it('offers the actions and entity types present', async () => {
      const { db } = platform().database;
      expect(await listAuditFacets({ db })).toEqual({
        actions: ['organisation.verify', 'pledge.create', 'pledge.edit', 'reference.seed', 'review.edit'],
        entityTypes: ['objective', 'organisation', 'pledge', 'review'],
      });
    });

    it('refuses a stale verification', async () => {
      const { db } = platform().database;
      await expect(
        setOrganisationVerified({
          db,
          actorId: salma.id,
          organisationId: orgId,
          verified: false,
          expectedVersion: 1,
        }),
      ).rejects.toMatchObject({ code: 'staleVersion', status: 409 });
    });
  });
}
