import fs from 'node:fs';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { hubResources } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { zip } from '~/platform/uploads/test-files';
import { postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

const sample = path.resolve('seed/hub-import');
const sampleZip = (manifest = fs.readFileSync(path.join(sample, 'manifest.csv'))) =>
  zip({
    'manifest.csv': manifest,
    ...Object.fromEntries(
      fs
        .readdirSync(path.join(sample, 'files'))
        .map((f) => [f, fs.readFileSync(path.join(sample, 'files', f))]),
    ),
  });
const zipFile = (bytes: Buffer) => ({ bytes, name: 'library.zip', type: 'application/zip' });

describe('hub import page', () => {
  const platform = useTestPlatform();
  let editor: string;
  let member: string;

  beforeAll(async () => {
    const db = platform().database.db;
    editor = await signIn((await createUser(db, { roles: [{ role: 'network_secretariat' }] })).id);
    member = await signIn((await createUser(db)).id);
  });

  it('is the Hub editors’: others are refused the page and the upload', async () => {
    expect((await request('/ar/hub/import')).status).toBe(302);
    expect((await request('/ar/hub/import', { session: member })).status).toBe(403);
    expect((await postFile('/ar/hub/import', member, zipFile(sampleZip()))).status).toBe(403);
    const page = await request('/ar/hub/import', { session: editor });
    expect(page.status).toBe(200);
    const html = visible(await page.text());
    expect(html).toContain('استيراد الموارد دفعةً واحدة');
    expect(html).toMatch(/enctype="multipart\/form-data"/i);
    expect(html).toContain('<code>external_id</code>');
  });

  it('refuses a bad manifest with reasons by row in Arabic, then imports the sample and skips it the second time', async () => {
    const bad = fs
      .readFileSync(path.join(sample, 'manifest.csv'), 'utf8')
      .replace('remittances-brief.txt', 'gone.txt');
    const refused = await postFile('/ar/hub/import', editor, zipFile(sampleZip(Buffer.from(bad))));
    expect(refused.status).toBe(400);
    const report = visible(await refused.text());
    expect(report).toContain('لم يُستورد أي شيء');
    expect(report).toContain('الملف «gone.txt» ليس بين الملفات المقدَّمة.');
    expect(report).toContain('<bdi>mnh-sample-003</bdi>');
    const db = platform().database.db;
    const ids = ['mnh-sample-001', 'mnh-sample-002', 'mnh-sample-003'];
    expect(await db.select().from(hubResources).where(inArray(hubResources.externalId, ids))).toHaveLength(0);

    const imported = await postFile('/en/hub/import', editor, zipFile(sampleZip()));
    expect(imported.status).toBe(200);
    expect(visible(await imported.text())).toContain(
      'Imported: 3 resources created, 0 updated, 0 unchanged.',
    );
    const rows = await db.select().from(hubResources).where(inArray(hubResources.externalId, ids));
    expect(rows.map((r) => r.status)).toEqual(['published', 'published', 'published']);

    const again = await postFile('/en/hub/import', editor, zipFile(sampleZip()));
    expect(visible(await again.text())).toContain('Imported: 0 resources created, 0 updated, 3 unchanged.');
    const listed = visible(await (await request('/en/hub/resources')).text());
    expect(listed).toContain('Practical guide to fair recruitment of migrant workers (sample)');
  });

  it('refuses a ZIP without a manifest and a file that is not a ZIP', async () => {
    const noManifest = await postFile('/en/hub/import', editor, zipFile(zip({ 'a.txt': 'hello' })));
    expect(noManifest.status).toBe(400);
    expect(visible(await noManifest.text())).toContain('The ZIP has no manifest');
    const notZip = await postFile('/en/hub/import', editor, {
      bytes: Buffer.from('plain text'),
      name: 'library.zip',
      type: 'application/zip',
    });
    expect(notZip.status).toBe(415);
  });
});
