import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditLog,
  objectiveTags,
  organisationMembers,
  pledgeImportItems,
  pledgeImports,
  pledgeIndicators,
  pledgePartners,
  pledges,
  pledgeUpdates,
  pledgeUpdateValues,
} from '#db/schema/index';
import { rebuildContentIndex } from '#seed/content-index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge as pledgeFactory } from '#seed/pledge-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { importPledges } from '~/modules/pledges/import/import-pledges.server';
import { importReportCsv } from '~/modules/pledges/import/import-report-csv';
import {
  type ImportRowValues,
  importCsv,
  importRowValues,
  importXlsx,
} from '~/modules/pledges/import/test-files';
import { listPledges } from '~/modules/pledges/list-pledges.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { maintenanceJobKind } from '~/platform/db-maintenance.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { testStores, useTestPlatform } from './platform';

const now = new Date('2026-01-15T12:00:00Z');

for (const store of testStores) {
  describe(`pledge import (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function person(
      roles: { role: AssignableRole; scopeId?: string }[],
      orgId?: string,
    ): Promise<Subject> {
      const user = await createUser(db(), { roles });
      if (orgId) await db().insert(organisationMembers).values({ organisationId: orgId, userId: user.id });
      return { userId: user.id, grants: await loadGrants(user.id) };
    }
    const secretariat = () => person([{ role: 'network_secretariat' }]);
    const run = (
      subject: Subject,
      bytes: Buffer,
      options: { kind?: 'csv' | 'xlsx'; checkOnly?: boolean; name?: string } = {},
    ) =>
      importPledges({
        subject,
        file: { name: options.name ?? 'pledges.csv', kind: options.kind ?? 'csv', bytes },
        checkOnly: options.checkOnly,
        now,
      });
    const pledgeCount = async () =>
      Number((await db().select({ n: sql<number>`count(*)` }).from(pledges))[0]!.n);
    const byExternalId = async (externalId: string) =>
      (await db().select().from(pledges).where(eq(pledges.externalId, externalId)))[0];
    const row = (n: number, overrides: ImportRowValues = {}) =>
      importRowValues({
        external_id: `src-${n}`,
        title_en: `Centres for migrant workers, batch ${n}`,
        ...overrides,
      });

    it('refuses a file with bad and duplicate rows as a whole, writes nothing, and reports why', async () => {
      const subject = await secretariat();
      const before = await pledgeCount();
      const file = importCsv([
        row(1),
        row(2, { objectives: '6;24', financial_currency: 'XYZ' }),
        row(3, { end_date: '2024-12-31' }),
        row(1, { title_en: 'The same external id again' }),
        row(4, { pledger: 'ZZZ' }),
        row(5, {
          status: 'submitted',
          indicator_1_target: '',
          indicator_1_unit: '',
          indicator_1_name_en: '',
          indicator_1_baseline: '',
          indicator_1_due_date: '',
        }),
      ]);
      const record = await run(subject, file);
      expect(record).toMatchObject({ outcome: 'refused', rowCount: 6, refusedCount: 5, createdCount: 1 });
      expect(await pledgeCount()).toBe(before);
      const tags = await db().select().from(objectiveTags).where(eq(objectiveTags.entityType, 'pledge'));
      expect(tags).toHaveLength(0);

      const reasons = record.report.map((e) => [e.row, e.externalId, e.column, e.key]);
      expect(reasons).toEqual(
        expect.arrayContaining([
          [3, 'src-2', 'objectives', 'errors.invalidChoice'],
          [3, 'src-2', 'financial_currency', 'errors.invalidCurrency'],
          [4, 'src-3', 'end_date', 'errors.datesOutOfOrder'],
          [5, 'src-1', 'external_id', 'errors.pledgeImportDuplicateExternalId'],
          [6, 'src-4', 'pledger', 'errors.pledgeImportPledgerNotFound'],
          [7, 'src-5', 'indicator_1_target', 'pledges.quality.noMeasurableTarget'],
          [7, 'src-5', 'published_date', 'errors.pledgeImportPublishedDateNotExpected'],
        ]),
      );
      expect(record.report.find((e) => e.key === 'errors.pledgeImportDuplicateExternalId')?.params).toEqual({
        firstRow: 2,
      });
      expect(reasons.some(([r]) => r === 2)).toBe(false);

      // Stored, audited, and readable as a CSV report in both languages.
      const [stored] = await db().select().from(pledgeImports).where(eq(pledgeImports.id, record.id));
      expect(stored?.report).toEqual(record.report);
      const [audit] = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'pledge_import'), eq(auditLog.entityId, record.id)));
      expect(audit).toMatchObject({ action: 'pledge.import', actorId: subject.userId });
      expect(audit?.after).toMatchObject({ outcome: 'refused', rows: 6, refused: 5 });
      const en = importReportCsv(record.report, serverI18n('en', 'latn'));
      expect(en.startsWith('\uFEFFRow,External id,Column,Reason\r\n')).toBe(true);
      expect(en).toContain('5,src-1,external_id,"This external id is already used on row 2 of the file');
      const ar = importReportCsv(record.report, serverI18n('ar', 'latn'));
      expect(ar).toContain('الصف,المعرّف الخارجي,العمود,السبب');
      expect(ar).toContain('4,src-3,end_date,يجب ألا يسبق تاريخ الانتهاء تاريخ البدء.');
    });

    it('imports a good file: pledges, indicators, tags, import items and audit', async () => {
      const subject = await secretariat();
      const org = await createOrganisation(db(), {
        name: { en: 'Migrant Rights Forum', ar: 'منتدى حقوق المهاجرين' },
      });
      const file = importCsv([
        row(10),
        row(11, {
          pledger_type: 'organisation',
          pledger: 'migrant rights forum',
          kind: 'partnership',
          partners: 'EGY',
          level: 'regional',
          countries: '',
          regions: 'las',
          principles: 'human_rights;child_sensitive',
          status: 'closed',
        }),
        row(12, { kind: 'matching', matches: 'src-10', status: 'approved', published_date: '' }),
        row(13, {
          status: 'draft',
          end_date: '',
          published_date: '',
          indicator_1_target: '',
          indicator_1_unit: '',
          indicator_1_name_en: '',
          indicator_1_baseline: '',
          indicator_1_due_date: '',
        }),
      ]);
      const record = await run(subject, file);
      expect(record.report).toEqual([]);
      expect(record).toMatchObject({
        outcome: 'imported',
        rowCount: 4,
        createdCount: 4,
        updatedCount: 0,
        refusedCount: 0,
      });

      const p10 = (await byExternalId('src-10'))!;
      expect(p10).toMatchObject({
        status: 'published',
        countryIso3: 'JOR',
        organisationId: null,
        createdBy: subject.userId,
        financialAmount: 250000,
        financialCurrency: 'USD',
        taggedObjectives: [6, 7],
        taggedCountries: ['JOR'],
        taggedPrinciples: ['human_rights'],
        version: 1,
      });
      expect(p10.publishedAt?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
      const indicators = await db()
        .select()
        .from(pledgeIndicators)
        .where(eq(pledgeIndicators.pledgeId, p10.id));
      expect(indicators.map((i) => [i.unit, i.baseline, i.target, i.dueDate])).toEqual([
        ['centres', 0, 4, '2027-12-31'],
      ]);

      const p11 = (await byExternalId('src-11'))!;
      expect(p11).toMatchObject({ organisationId: org.id, status: 'closed', taggedRegions: ['LAS'] });
      expect(p11.closedAt?.toISOString()).toBe(now.toISOString());
      const partners = await db().select().from(pledgePartners).where(eq(pledgePartners.pledgeId, p11.id));
      expect(partners).toMatchObject([{ countryIso3: 'EGY', confirmedBy: subject.userId }]);

      const p12 = (await byExternalId('src-12'))!;
      expect(p12).toMatchObject({
        kind: 'matching',
        matchesPledgeId: p10.id,
        status: 'approved',
        publishedAt: null,
      });
      expect((await byExternalId('src-13'))!).toMatchObject({ status: 'draft', endDate: null });

      const tags = await db()
        .select()
        .from(objectiveTags)
        .where(and(eq(objectiveTags.entityType, 'pledge'), eq(objectiveTags.entityId, p10.id)));
      expect(tags.map((t) => t.objective).sort()).toEqual([6, 7]);
      const items = await db()
        .select()
        .from(pledgeImportItems)
        .where(eq(pledgeImportItems.importId, record.id));
      expect(items).toHaveLength(4);
      const trail = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'pledge'), eq(auditLog.entityId, p10.id)));
      expect(trail.map((t) => t.action)).toEqual(['pledge.import_create']);

      // The published ones are in the public registry, found by the filters.
      const { items: listed } = await listPledges({
        db: db(),
        filters: { objective: 7, country: 'JOR' },
        today: now,
      });
      expect(listed.map((i) => i.id)).toContain(p10.id);

      // The embedded store has no autovacuum: a maintenance run is queued with the import.
      const maintenance = await db().execute(
        sql`select 1 from jobs where kind = ${maintenanceJobKind} and status = 'queued'`,
      );
      expect(maintenance.rows).toHaveLength(1);
    });

    it('is idempotent: the same file again changes nothing; a changed row updates its pledge', async () => {
      const subject = await secretariat();
      const rows = [row(20), row(21)];
      const first = await run(subject, importCsv(rows));
      expect(first).toMatchObject({ outcome: 'imported', createdCount: 2 });
      const p20 = (await byExternalId('src-20'))!;
      const count = await pledgeCount();

      const again = await run(subject, importCsv(rows));
      expect(again).toMatchObject({
        outcome: 'imported',
        createdCount: 0,
        updatedCount: 0,
        unchangedCount: 2,
      });
      expect(await pledgeCount()).toBe(count);
      expect((await byExternalId('src-20'))!.version).toBe(p20.version);

      const changed = await run(
        subject,
        importCsv([
          row(20, { title_en: 'Six one-stop centres', objectives: '8', indicator_1_target: '6' }),
          row(21),
        ]),
      );
      expect(changed).toMatchObject({
        outcome: 'imported',
        createdCount: 0,
        updatedCount: 1,
        unchangedCount: 1,
      });
      const updated = (await byExternalId('src-20'))!;
      expect(updated).toMatchObject({ id: p20.id, version: p20.version + 1, taggedObjectives: [8] });
      expect(updated.title.en).toBe('Six one-stop centres');
      const [indicator] = await db()
        .select()
        .from(pledgeIndicators)
        .where(eq(pledgeIndicators.pledgeId, p20.id));
      expect(indicator?.target).toBe(6);
      const trail = await db()
        .select({ action: auditLog.action, before: auditLog.before })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'pledge'), eq(auditLog.entityId, p20.id)))
        .orderBy(auditLog.id);
      expect(trail.map((t) => t.action)).toEqual(['pledge.import_create', 'pledge.import_update']);

      // Changed in Marsad since (a progress update on its indicator, a new version): the file may
      // not overwrite it — refused, with the reason.
      const [indicatorRow] = await db()
        .select()
        .from(pledgeIndicators)
        .where(eq(pledgeIndicators.pledgeId, p20.id));
      const [update] = await db()
        .insert(pledgeUpdates)
        .values({
          pledgeId: p20.id,
          reportedOn: '2025-12-01',
          status: 'in_progress',
          narrative: { en: 'Two open.' },
          originalLanguage: 'en',
        })
        .returning();
      await db()
        .insert(pledgeUpdateValues)
        .values({ updateId: update!.id, indicatorId: indicatorRow!.id, value: 2 });
      const withProgress = await run(
        subject,
        importCsv([row(20, { title_en: 'Six centres', objectives: '8', indicator_1_target: '7' }), row(21)]),
      );
      expect(withProgress.outcome).toBe('refused');
      expect(withProgress.report.map((e) => e.key)).toEqual(['errors.pledgeImportIndicatorsHaveProgress']);

      await db()
        .update(pledges)
        .set({ version: sql`${pledges.version} + 1` })
        .where(eq(pledges.id, p20.id));
      await rebuildContentIndex(db());
      const stale = await run(subject, importCsv([row(20, { title_en: 'Seven centres' }), row(21)]));
      expect(stale.outcome).toBe('refused');
      expect(stale.report).toMatchObject([
        { row: 2, externalId: 'src-20', column: 'external_id', key: 'errors.pledgeImportChangedInMarsad' },
      ]);
      expect((await byExternalId('src-20'))!.title.en).toBe('Six one-stop centres');
    });

    it('reads XLSX workbooks with typed cells, and semicolon CSV with Arabic digits', async () => {
      const subject = await secretariat();
      const xlsx = await importXlsx([
        row(30, {
          financial_amount: 1250000.5,
          indicator_1_target: 4,
          indicator_1_baseline: 0,
          start_date: new Date('2025-01-01T00:00:00Z'),
        }),
      ]);
      const fromXlsx = await run(subject, xlsx, { kind: 'xlsx', name: 'pledges.xlsx' });
      expect(fromXlsx.report).toEqual([]);
      expect(fromXlsx).toMatchObject({ outcome: 'imported', createdCount: 1, fileKind: 'xlsx' });
      expect(await byExternalId('src-30')).toMatchObject({
        financialAmount: 1250000.5,
        startDate: '2025-01-01',
      });

      const csv = importCsv(
        [
          row(31, {
            objectives: '٦;٧',
            financial_amount: '٢٥٠٠٠٠',
            end_date: '٢٠٢٩-١٢-٣١',
            title_ar: 'مراكز للعمال المهاجرين؛ الدفعة ٣١',
          }),
        ],
        { delimiter: ';', bom: false },
      );
      const fromCsv = await run(subject, csv);
      expect(fromCsv.report).toEqual([]);
      expect(await byExternalId('src-31')).toMatchObject({
        financialAmount: 250000,
        endDate: '2029-12-31',
        taggedObjectives: [6, 7],
      });
    });

    it('refuses unknown columns, naming them, and a file with only a header', async () => {
      const subject = await secretariat();
      const unknown = await run(subject, importCsv([row(40, { pledge_owner: 'x', Notes: 'y' })]));
      expect(unknown).toMatchObject({ outcome: 'refused', rowCount: 0 });
      expect(unknown.report).toEqual([
        {
          row: 1,
          externalId: null,
          column: null,
          key: 'errors.pledgeImportUnknownColumns',
          params: { count: 2, columns: 'pledge_owner, notes' },
        },
      ]);
      const missing = await run(subject, importCsv([{ external_id: 'x', title_en: 'y' }]));
      expect(missing.report[0]).toMatchObject({ key: 'errors.pledgeImportMissingColumns' });
      const empty = await run(subject, importCsv([], { columns: Object.keys(importRowValues()) }));
      expect(empty.report).toMatchObject([{ key: 'errors.pledgeImportEmpty' }]);
      expect(await byExternalId('src-40')).toBeUndefined();
    });

    it('reports rather than guesses: ambiguous or unknown names, matches, statuses going back', async () => {
      const subject = await secretariat();
      await createOrganisation(db(), { name: { en: 'Twin Relief', ar: 'الإغاثة التوأم' } });
      await createOrganisation(db(), { name: { en: 'twin relief ', ar: 'منظمة أخرى' } });
      const notImported = await pledgeFactory(db(), { externalId: 'manual-1', status: 'published' });
      const first = await run(subject, importCsv([row(70)]));
      expect(first.outcome).toBe('imported');

      const record = await run(
        subject,
        importCsv([
          row(71, { pledger_type: 'organisation', pledger: 'Twin  Relief' }),
          row(72, { kind: 'partnership', partners: 'EGY;No Such Organisation' }),
          row(73, { kind: 'matching', matches: 'src-74' }),
          row(74, { status: 'draft', published_date: '' }),
          row(75, { kind: 'matching', matches: notImported.id }),
          row(70, { status: 'approved', published_date: '' }),
          row(76, { external_id: 'manual-1' }),
          row(77, { countries: 'JOR;XXX', regions: 'nowhere', principles: 'kindness' }),
        ]),
      );
      expect(record.outcome).toBe('refused');
      expect(record.report.map((e) => [e.row, e.column, e.key])).toEqual([
        [2, 'pledger', 'errors.pledgeImportPledgerAmbiguous'],
        [3, 'partners', 'errors.pledgeImportPartnerNotFound'],
        [4, 'matches', 'errors.pledgeImportMatchNotFound'],
        [7, 'status', 'errors.pledgeImportStatusBackwards'],
        [8, 'external_id', 'errors.pledgeImportNotFromImport'],
        [9, 'countries', 'errors.pledgeImportUnknownValue'],
        [9, 'principles', 'errors.pledgeImportUnknownValue'],
        [9, 'regions', 'errors.pledgeImportUnknownValue'],
      ]);
      expect(record.report[1]?.params).toEqual({ value: 'No Such Organisation' });
      expect(record.report[3]?.params).toEqual({ status: 'published' });
      // Row 6 matched a published pledge by its Marsad id: accepted (but nothing was written).
      expect(await byExternalId('src-75')).toBeUndefined();
    });

    it('checks only when asked: the outcome says what would happen, nothing is written', async () => {
      const subject = await secretariat();
      const before = await pledgeCount();
      const record = await run(subject, importCsv([row(50), row(51)]), { checkOnly: true });
      expect(record).toMatchObject({ outcome: 'checked', checkOnly: true, createdCount: 2 });
      expect(await pledgeCount()).toBe(before);
    });

    it('refuses files over 10 MB, unreadable files, and anyone but the secretariat', async () => {
      const subject = await secretariat();
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
      await expect(run(subject, big)).rejects.toMatchObject({ code: 'fileTooLarge', status: 413 });
      const notXlsx = await run(subject, Buffer.from('PK\u0003\u0004 broken'), { kind: 'xlsx' });
      expect(notXlsx.report).toMatchObject([{ key: 'errors.pledgeImportXlsxTooBig' }]);
      const latin1 = await run(subject, Buffer.from([0x61, 0x2c, 0xe9, 0x0a]));
      expect(latin1.report).toMatchObject([{ key: 'errors.pledgeImportNotUtf8' }]);

      const org = await createOrganisation(db());
      const pledger = await person([{ role: 'organisation_admin', scopeId: org.id }], org.id);
      const focal = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      const regional = await person([{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      for (const who of [pledger, focal, regional, anonymousSubject]) {
        await expect(run(who, importCsv([row(60)]))).rejects.toMatchObject({
          code: 'forbidden',
          status: 403,
        });
      }
      const admin = await person([{ role: 'admin' }]);
      expect((await run(admin, importCsv([row(61)]))).outcome).toBe('imported');
      const imported = await db()
        .select({ id: pledges.id })
        .from(pledges)
        .where(inArray(pledges.externalId, ['src-60']));
      expect(imported).toHaveLength(0);
    });
  });
}
