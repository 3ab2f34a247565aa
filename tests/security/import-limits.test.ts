import { describe, expect, it } from 'vitest';
import { readImportTable, xlsxWorkerLimits } from '~/modules/pledges/import/read-import-table.server';
import { MAX_UNZIPPED_BYTES } from '~/modules/pledges/import/zip-check';
import { zip } from '~/platform/uploads/test-files';

/** A workbook whose first sheet has `rows` rows of `cols` text cells (inline strings, no shared table). */
function workbook(rows: number, cols: number, cellText = 'x'): Buffer {
  const cells = (r: number) =>
    Array.from(
      { length: cols },
      (_, c) =>
        `<c r="${String.fromCharCode(65 + (c % 26))}${r}" t="inlineStr"><is><t>${cellText}${c}</t></is></c>`,
    ).join('');
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}">${cells(i + 1)}</row>`).join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
  });
}

/** Finding 5 of issue 10: a spreadsheet import is bounded in expanded size, rows, time and memory. */
describe('import limits', () => {
  it('reads a workbook row by row in a worker', async () => {
    const read = await readImportTable(workbook(3, 2), 'xlsx');
    expect(read).toEqual({
      ok: true,
      table: {
        header: ['x0', 'x1'],
        rows: [
          { row: 2, cells: ['x0', 'x1'] },
          { row: 3, cells: ['x0', 'x1'] },
        ],
      },
    });
  });

  it('refuses a workbook that expands past the cap, with the size in the message', async () => {
    // About 70 MB of sheet XML from a file of a few hundred kilobytes.
    const big = workbook(40_000, 20, 'y'.repeat(60));
    expect(big.length).toBeLessThan(5 * 1024 * 1024);
    const read = await readImportTable(big, 'xlsx');
    expect(read).toMatchObject({
      ok: false,
      entry: { key: 'errors.pledgeImportXlsxTooBig', params: { max: MAX_UNZIPPED_BYTES / (1024 * 1024) } },
    });
  }, 60_000);

  it('stops a workbook that needs more memory than the worker may use, and the server carries on', async () => {
    const saved = { ...xlsxWorkerLimits };
    xlsxWorkerLimits.maxMemoryMb = 8;
    try {
      const read = await readImportTable(workbook(30_000, 10, 'z'.repeat(40)), 'xlsx');
      expect(read.ok).toBe(false);
    } finally {
      Object.assign(xlsxWorkerLimits, saved);
    }
  }, 60_000);

  it('refuses more rows than an import takes', async () => {
    const read = await readImportTable(workbook(20_002, 1), 'xlsx');
    expect(read).toMatchObject({ ok: false, entry: { key: 'errors.pledgeImportTooManyRows' } });
  }, 60_000);
});
