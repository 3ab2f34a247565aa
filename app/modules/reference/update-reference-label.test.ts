import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, countries, objectives, regions } from '#db/schema/index';
import { seedReference } from '#db/seed/reference';
import { createUser } from '#seed/factories';
import type { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { getReferenceItem } from './get-reference-item.server';
import { listReferenceItems } from './list-reference-items.server';
import { updateReferenceLabel } from './update-reference-label.server';

const official = 'جمع بيانات دقيقة ومصنفة واستخدامها كأساس لسياسات قائمة على الأدلة';

for (const store of testStores) {
  describe(`update reference label (${store})`, () => {
    const platform = useTestPlatform(store);

    it('saves a corrected label, bumps the version, marks the field edited and audits', async () => {
      const db = platform().database.db;
      const user = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
      const item = await getReferenceItem({ db, kind: 'objective', id: '1' });
      expect(item?.version).toBe(1);
      const result = await updateReferenceLabel({
        db,
        actorId: user.id,
        kind: 'objective',
        id: '1',
        version: 1,
        labels: { title: { ar: ` ${official} `, en: item!.labels.title!.en! } },
        statuses: { 'title.ar': 'official' },
        requestId: 'req-1',
      });
      expect(result.version).toBe(2);
      const [row] = await db.select().from(objectives).where(eq(objectives.number, 1));
      expect(row?.title.ar).toBe(official);
      expect(row?.editedFields).toEqual(['title.ar']);
      expect(row?.provenance.status['title.ar']).toMatch(/^official/);
      expect(row?.provenance.sources.length).toBeGreaterThan(0);
      const [audit] = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'reference.objective'), eq(auditLog.entityId, '1')));
      expect(audit).toMatchObject({ actorId: user.id, action: 'reference.label.update', requestId: 'req-1' });
      expect(audit?.after).toMatchObject({ 'title.ar': { text: official } });
      const before = (audit?.before ?? {}) as Record<string, { status: string }>;
      expect(before['title.ar']?.status).toMatch(/working translation/);
    });

    it('refuses a stale save with the current row and changes nothing', async () => {
      const db = platform().database.db;
      const user = await createUser(db);
      const attempt = updateReferenceLabel({
        db,
        actorId: user.id,
        kind: 'objective',
        id: '1',
        version: 1,
        labels: { title: { ar: 'نص قديم', en: 'Old' } },
      });
      await expect(attempt).rejects.toMatchObject({ code: 'staleVersion', status: 409 });
      const error = (await attempt.catch((e) => e)) as AppError;
      expect(error.details?.current).toMatchObject({ title: { ar: official } });
      const [row] = await db.select().from(objectives).where(eq(objectives.number, 1));
      expect(row?.version).toBe(2);
    });

    it('keeps a corrected field and its status when the reference data is seeded again', async () => {
      const db = platform().database.db;
      await seedReference(db, { force: true });
      const [row] = await db.select().from(objectives).where(eq(objectives.number, 1));
      expect(row?.title.ar).toBe(official);
      expect(row?.provenance.status['title.ar']).toMatch(/^official/);
      // Fields nobody edited still follow the files.
      expect(row?.title.en).toBe(
        'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
      );
      expect(row?.provenance.status['shortLabel.ar']).toBe('working translation');
    });

    it('re-seeding restores unedited fields and skips when the files are unchanged', async () => {
      const db = platform().database.db;
      await db
        .update(regions)
        .set({ name: { en: 'Tampered', ar: 'عبث' } })
        .where(eq(regions.id, 'ECE'));
      expect((await seedReference(db)).skipped).toBe(true);
      expect((await seedReference(db, { force: true })).skipped).toBe(false);
      const [ece] = await db.select().from(regions).where(eq(regions.id, 'ECE'));
      expect(ece?.name).toEqual({ en: 'Economic Commission for Europe', ar: 'اللجنة الاقتصادية لأوروبا' });
      // A missing reference row makes the next start seed again even though the files did not change.
      await db.delete(countries).where(eq(countries.iso3, 'VAT'));
      expect((await seedReference(db)).skipped).toBe(false);
      const [vat] = await db.select().from(countries).where(eq(countries.iso3, 'VAT'));
      expect(vat).toMatchObject({ unStatus: 'observer', name: { en: 'Holy See', ar: 'الكرسي الرسولي' } });
      expect((await seedReference(db)).skipped).toBe(true);
    });

    it('edits other kinds: a region name, with the id in any case', async () => {
      const db = platform().database.db;
      const user = await createUser(db);
      const item = await getReferenceItem({ db, kind: 'region', id: 'las' });
      expect(item?.id).toBe('LAS');
      await updateReferenceLabel({
        db,
        actorId: user.id,
        kind: 'region',
        id: 'las',
        version: item!.version,
        labels: { name: { ar: item!.labels.name!.ar!, en: 'League of Arab States (LAS)' } },
      });
      const after = await getReferenceItem({ db, kind: 'region', id: 'LAS' });
      expect(after?.labels.name?.en).toBe('League of Arab States (LAS)');
      expect(after?.editedFields).toEqual(['name.en']);
      const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityType, 'reference.region'));
      expect(audit?.entityId).toBe('LAS');
      const list = await listReferenceItems({ db, kind: 'region' });
      expect(list).toHaveLength(34);
      expect(list.find((r) => r.id === 'LAS')?.version).toBe(2);
    });

    it('validates the input', async () => {
      const db = platform().database.db;
      const user = await createUser(db);
      const base = { db, actorId: user.id, kind: 'principle' as const, id: 'human_rights', version: 1 };
      await expect(
        updateReferenceLabel({ ...base, labels: { name: { ar: '  ', en: 'Human rights' } } }),
      ).rejects.toMatchObject({
        code: 'required',
      });
      await expect(
        updateReferenceLabel({ ...base, labels: { name: { ar: 'ح'.repeat(251), en: 'x' } } }),
      ).rejects.toMatchObject({
        code: 'tooLong',
      });
      await expect(
        updateReferenceLabel({ ...base, labels: { title: { ar: 'x', en: 'x' } } }),
      ).rejects.toMatchObject({
        code: 'invalidChoice',
      });
      await expect(
        updateReferenceLabel({ ...base, labels: {}, statuses: { 'name.ar': 'bogus' as never } }),
      ).rejects.toMatchObject({ code: 'invalidChoice' });
      await expect(updateReferenceLabel({ ...base, id: 'nope', labels: {} })).rejects.toMatchObject({
        code: 'notFound',
        status: 404,
      });
      await expect(
        updateReferenceLabel({ ...base, kind: 'objective', id: '24', labels: {} }),
      ).rejects.toMatchObject({ code: 'notFound' });
    });
  });
}
