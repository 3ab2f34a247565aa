import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '#seed/factories';
import { importCsv, importRowValues } from '~/modules/pledges/import/test-files';
import { minimalPdf } from '~/platform/uploads/test-files';
import { postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

/** The body's text, after checking it starts with a UTF-8 byte order mark (Response.text() drops it). */
async function utf8WithBom(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes);
}

const csvFile = (bytes: Buffer, name = 'pledges.csv') => ({ bytes, name, type: 'text/csv' });

describe('pledge import pages', () => {
  const platform = useTestPlatform();
  let secretariat: string;
  let pledger: string;

  beforeAll(async () => {
    const db = platform().database.db;
    secretariat = await signIn((await createUser(db, { roles: [{ role: 'network_secretariat' }] })).id);
    const org = await createOrganisation(db);
    pledger = await signIn(
      (await createUser(db, { roles: [{ role: 'organisation_admin', scopeId: org.id }] })).id,
    );
  });

  it('is the secretariat’s: others are refused the page, the template and the upload', async () => {
    expect((await request('/ar/pledges/import')).status).toBe(302);
    expect((await request('/ar/pledges/import', { session: pledger })).status).toBe(403);
    expect((await request('/en/pledges/import/template.csv', { session: pledger })).status).toBe(403);
    const upload = await postFile('/ar/pledges/import', pledger, csvFile(importCsv([importRowValues()])));
    expect(upload.status).toBe(403);

    const page = await request('/ar/pledges/import', { session: secretariat });
    expect(page.status).toBe(200);
    const html = visible(await page.text());
    expect(html).toContain('استيراد التعهدات');
    expect(html).toContain('/ar/pledges/import/template.csv');
    expect(html).toMatch(/enctype="multipart\/form-data"/i);

    const template = await request('/en/pledges/import/template.csv', { session: secretariat });
    expect(template.headers.get('content-type')).toContain('text/csv');
    const text = await utf8WithBom(template);
    expect(text.startsWith('external_id,pledger_type,pledger,status,')).toBe(true);
    expect(text).toContain('indicator_5_due_date');
  });

  it('refuses a bad file with a report on the page and as CSV, then imports a good one', async () => {
    const bad = importCsv([
      importRowValues({ external_id: 'web-1' }),
      importRowValues({ external_id: 'web-2', end_date: '2020-01-01', objectives: '30' }),
    ]);
    const refused = await postFile('/ar/pledges/import', secretariat, csvFile(bad));
    expect(refused.status).toBe(302);
    const location = refused.headers.get('location')!;
    expect(location).toMatch(/^\/ar\/pledges\/import\?import=[0-9a-f-]{36}$/);
    const importId = location.split('=')[1]!;

    const report = visible(await (await request(location, { session: secretariat })).text());
    expect(report).toContain('لم يُستورد شيء');
    expect(report).toContain('يجب ألا يسبق تاريخ الانتهاء تاريخ البدء.');
    expect(report).toContain('<bdi>web-2</bdi>');
    expect(report).toContain(`/ar/pledges/imports/${importId}/report.csv`);
    const registry = visible(await (await request('/en/pledges')).text());
    expect(registry).not.toContain('Four one-stop centres for migrant workers');

    const csv = await request(`/en/pledges/imports/${importId}/report.csv`, { session: secretariat });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="pledge-import-/);
    const csvText = await utf8WithBom(csv);
    expect(csvText.startsWith('Row,External id,Column,Reason\r\n')).toBe(true);
    expect(csvText).toContain('3,web-2,end_date,The end date must not be before the start date.');
    expect((await request(`/en/pledges/imports/${importId}/report.csv`, { session: pledger })).status).toBe(
      403,
    );

    const good = importCsv([
      importRowValues({ external_id: 'web-1' }),
      importRowValues({ external_id: 'web-2' }),
    ]);
    const imported = await postFile('/en/pledges/import', secretariat, csvFile(good));
    expect(imported.status).toBe(302);
    const done = visible(
      await (await request(imported.headers.get('location')!, { session: secretariat })).text(),
    );
    expect(done).toContain('Imported. 2 pledges created, none updated, none unchanged.');
    const list = visible(await (await request('/en/pledges?objective=7&country=JOR')).text());
    expect(list).toContain('Four one-stop centres for migrant workers');
    expect(list).toContain('Imported');
  });

  it('refuses over-size files and files that are not what they claim', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 'a');
    const tooBig = await postFile('/en/pledges/import', secretariat, csvFile(big));
    expect(tooBig.status).toBe(413);
    expect(visible(await tooBig.text())).toContain('The file is too large; the limit is 10 MB.');
    const pdf = await postFile('/en/pledges/import', secretariat, {
      bytes: minimalPdf(),
      name: 'pledges.csv',
      type: 'text/csv',
    });
    expect(pdf.status).toBe(415);
  });
});
