import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { attachments, auditLog, contentItems, files, hubResources, objectiveTags } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { folderFiles, zipFiles } from '~/modules/hub/import/import-files.server';
import { importResources } from '~/modules/hub/import/import-resources.server';
import type { Subject } from '~/permissions/resolver';
import { zip } from '~/platform/uploads/test-files';
import { expectContentIndexInStep, testStores, useTestPlatform } from './platform';

const sampleDir = path.resolve('seed/hub-import');
const sampleCsv = fs.readFileSync(path.join(sampleDir, 'manifest.csv'));
const sampleJson = fs.readFileSync(path.join(sampleDir, 'manifest.json'));
const now = new Date('2026-12-07T10:00:00Z');

/** The sample manifest with its lines changed: `edit(lines)` gets the CSV's lines (header first). */
const editedCsv = (edit: (lines: string[]) => string[]) =>
  Buffer.from(edit(sampleCsv.toString('utf8').trimEnd().split('\n')).join('\n'), 'utf8');

for (const store of testStores) {
  describe(`hub resource import (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function editor(): Promise<Subject> {
      const user = await createUser(db(), { roles: [{ role: 'network_secretariat' }] });
      return { userId: user.id, grants: await loadGrants(user.id) };
    }
    const run = async (
      subject: Subject | 'operator',
      bytes: Buffer,
      options: { kind?: 'csv' | 'json'; dir?: string } = {},
    ) =>
      importResources({
        db: db(),
        actor: subject === 'operator' ? 'operator' : { subject },
        manifest: { name: `manifest.${options.kind ?? 'csv'}`, kind: options.kind ?? 'csv', bytes },
        files: folderFiles(options.dir ?? path.join(sampleDir, 'files')),
        now,
      });
    const byExternalId = async (ids: string[]) =>
      db().select().from(hubResources).where(inArray(hubResources.externalId, ids));

    it('imports the sample library as published resources with files, text, tags, audit and index rows', async () => {
      const subject = await editor();
      const progress: string[] = [];
      const result = await importResources({
        db: db(),
        actor: { subject },
        manifest: { name: 'manifest.csv', kind: 'csv', bytes: sampleCsv },
        files: folderFiles(path.join(sampleDir, 'files')),
        now,
        onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`),
      });
      expect(result).toMatchObject({
        outcome: 'imported',
        rowCount: 3,
        created: 3,
        updated: 0,
        unchanged: 0,
      });
      expect(result.problems).toEqual([]);
      expect(progress).toContain('check:3/3');
      expect(progress).toContain('extract:3/3');

      const rows = await byExternalId(['mnh-sample-001', 'mnh-sample-002', 'mnh-sample-003']);
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        expect(row).toMatchObject({
          status: 'published',
          extraction: 'extracted',
          submittedBy: subject.userId,
        });
        expect(row.publishedAt?.toISOString()).toBe(now.toISOString());
        expect(row.fileId).toBeTruthy();
        expect(row.importedVersion).toBe(row.version);
      }
      const pdf = rows.find((r) => r.externalId === 'mnh-sample-001')!;
      expect(pdf.extractedText).toContain('Recruitment fees');
      expect(pdf.title).toEqual({
        ar: 'دليل عملي للتوظيف العادل للعمال المهاجرين (نموذج)',
        en: 'Practical guide to fair recruitment of migrant workers (sample)',
      });
      expect(pdf.authors).toEqual(['A. Researcher', 'ب. باحثة']);
      expect(rows.find((r) => r.externalId === 'mnh-sample-002')!.extractedText).toContain(
        'الخدمات الأساسية',
      );

      const [file] = await db().select().from(files).where(eq(files.id, pdf.fileId!));
      expect(file).toMatchObject({
        originalName: 'fair-recruitment-guide.pdf',
        contentType: 'application/pdf',
      });
      const [attached] = await db().select().from(attachments).where(eq(attachments.fileId, pdf.fileId!));
      expect(attached).toMatchObject({ entityType: 'hub_resource', entityId: pdf.id });
      const tags = await db()
        .select({ objective: objectiveTags.objective })
        .from(objectiveTags)
        .where(
          and(
            eq(objectiveTags.entityType, 'hub_resource'),
            eq(objectiveTags.entityId, rows.find((r) => r.externalId === 'mnh-sample-002')!.id),
          ),
        );
      expect(tags.map((t) => t.objective).sort((a, b) => a - b)).toEqual([7, 15]);

      const [indexed] = await db()
        .select({ visibility: contentItems.visibility })
        .from(contentItems)
        .where(and(eq(contentItems.type, 'hub_resource'), eq(contentItems.id, pdf.id)));
      expect(indexed?.visibility).toBe('public');
      await expectContentIndexInStep(db());

      const audit = await db()
        .select({ action: auditLog.action, after: auditLog.after })
        .from(auditLog)
        .where(inArray(auditLog.action, ['hub.resource.import', 'hub.resource.import_create']));
      expect(audit.filter((a) => a.action === 'hub.resource.import_create')).toHaveLength(3);
      expect(audit.find((a) => a.action === 'hub.resource.import')?.after).toMatchObject({
        outcome: 'imported',
        created: 3,
      });
    });

    it('is idempotent on the external id: unchanged rows are skipped, a changed row updates its resource', async () => {
      const subject = await editor();
      const again = await run(subject, sampleCsv);
      expect(again).toMatchObject({ outcome: 'imported', created: 0, updated: 0, unchanged: 3 });

      const [before] = await byExternalId(['mnh-sample-003']);
      const changed = editedCsv((lines) =>
        lines.map((l) => (l.startsWith('mnh-sample-003') ? l.replace('(نموذج)', '(نموذج منقح)') : l)),
      );
      const result = await run(subject, changed);
      expect(result).toMatchObject({ outcome: 'imported', created: 0, updated: 1, unchanged: 2 });
      const [after] = await byExternalId(['mnh-sample-003']);
      expect(after!.title.ar).toContain('(نموذج منقح)');
      expect(after!.version).toBe(before!.version + 1);
      expect(after!.importedVersion).toBe(after!.version);
      expect(after!.status).toBe('published');
      await expectContentIndexInStep(db());
    });

    it('refuses a row edited in Marsad since its import instead of overwriting it', async () => {
      const subject = await editor();
      await db()
        .update(hubResources)
        .set({ version: 99, publisher: 'Edited in Marsad' })
        .where(eq(hubResources.externalId, 'mnh-sample-001'));
      const changed = editedCsv((lines) =>
        lines.map((l) => (l.startsWith('mnh-sample-001') ? l.replace('2019-01-01', '2019-02-01') : l)),
      );
      const result = await run(subject, changed);
      expect(result.outcome).toBe('refused');
      expect(result.problems).toEqual([
        expect.objectContaining({
          externalId: 'mnh-sample-001',
          column: 'external_id',
          code: 'hubImportChangedInMarsad',
        }),
      ]);
      const [row] = await byExternalId(['mnh-sample-001']);
      expect(row!.publisher).toBe('Edited in Marsad');
    });

    it('refuses the whole run with reasons by row and column when any row is bad (all or nothing)', async () => {
      const subject = await editor();
      const header = sampleCsv.toString('utf8').split('\n')[0]!;
      const good = sampleCsv.toString('utf8').split('\n')[1]!.replaceAll('mnh-sample-001', 'new-001');
      const bad = [
        good.replace('new-001', 'new-002').replace(',6,', ',24,'), // objective out of range
        good.replace('new-001', 'new-003').replace('human_rights;people_centred', 'kindness'), // unknown principle
        good.replace('new-001', 'new-004').replace('fair-recruitment-guide.pdf', 'missing.pdf'), // no such file
        good.replace('new-001', 'new-005').replace('fair-recruitment-guide.pdf', '../manifest.csv'), // climbs out
        good, // the same external id twice
        good
          .replace('new-001', 'new-006')
          .replace('fair-recruitment-guide.pdf', 'remittances-brief.txt')
          .replace(',en,en;ar,', ',fr,en;ar,'),
      ];
      const result = await run(subject, Buffer.from([header, good, ...bad].join('\n')));
      expect(result.outcome).toBe('refused');
      expect(result).toMatchObject({ rowCount: 7, refusedRows: 6, created: 0 });
      const seen = result.problems.map((p) => `${p.row}|${p.externalId}|${p.column}|${p.code}`);
      expect(seen).toEqual(
        expect.arrayContaining([
          '3|new-002|objectives|tooBig',
          '4|new-003|principles|hubImportUnknownValue',
          '5|new-004|file|hubImportFileMissing',
          '6|new-005|file|hubImportFileBadName',
          '7|new-001|external_id|hubImportDuplicateExternalId',
          '8|new-006|original_language|invalidChoice',
        ]),
      );
      // Nothing written, not even the good row.
      expect(await byExternalId(['new-001'])).toHaveLength(0);
      const [audited] = await db()
        .select({ after: auditLog.after })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'hub.resource.import'), eq(auditLog.actorId, subject.userId!)));
      expect(audited?.after).toMatchObject({ outcome: 'refused', refused: 6 });
    });

    it('refuses a manifest with unknown or missing columns as a whole', async () => {
      const subject = await editor();
      const result = await run(subject, Buffer.from('external_id,colour\nx,red\n'));
      expect(result.outcome).toBe('refused');
      expect(result.problems.map((p) => p.code)).toEqual([
        'hubImportUnknownColumns',
        'hubImportMissingColumns',
      ]);
      expect(result.problems[0]!.params).toMatchObject({ columns: 'colour' });
    });

    it('keeps and flags a file whose text cannot be read; reads a JSON manifest; takes files from a ZIP', async () => {
      const subject = await editor();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-import-'));
      try {
        fs.writeFileSync(
          path.join(dir, 'broken.pdf'),
          Buffer.from('%PDF-1.4\nthis is not really a pdf\n%%EOF\n'),
        );
        const doc = JSON.parse(sampleJson.toString('utf8')) as { resources: Record<string, unknown>[] };
        const one = { ...doc.resources[0], external_id: 'json-001', file: 'broken.pdf' };
        const result = await run(subject, Buffer.from(JSON.stringify([one])), { kind: 'json', dir });
        expect(result).toMatchObject({ outcome: 'imported', created: 1, unreadable: 1 });
        const [row] = await byExternalId(['json-001']);
        expect(row).toMatchObject({ extraction: 'unreadable', extractedText: null, status: 'published' });
        expect(row!.fileId).toBeTruthy();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }

      const archive = zip({
        'manifest.json': JSON.stringify([
          {
            ...JSON.parse(sampleJson.toString('utf8')).resources[2],
            external_id: 'zip-001',
            file: 'docs/brief.txt',
          },
        ]),
        'docs/brief.txt': fs.readFileSync(path.join(sampleDir, 'files', 'remittances-brief.txt')),
      });
      const opened = await zipFiles(archive);
      if (!opened.ok || !opened.manifest) throw new Error('zip not read');
      const fromZip = await importResources({
        db: db(),
        actor: 'operator',
        manifest: { name: opened.manifest.name, kind: 'json', bytes: opened.manifest.bytes },
        files: opened.files,
        now,
      });
      expect(fromZip).toMatchObject({ outcome: 'imported', created: 1 });
      const [zipped] = await byExternalId(['zip-001']);
      expect(zipped).toMatchObject({ submittedBy: null, extraction: 'extracted' });
      expect(await zipFiles(Buffer.from('not a zip'))).toEqual({ ok: false, code: 'hubImportBadZip' });
    });

    it('lets only Hub editors (or the operator) import', async () => {
      const user = await createUser(db());
      const subject: Subject = { userId: user.id, grants: await loadGrants(user.id) };
      await expect(run(subject, sampleCsv)).rejects.toMatchObject({ status: 403 });
    });
  });
}
