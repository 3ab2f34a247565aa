import { describe, expect, it } from 'vitest';
import { minimalXlsx, zip } from '~/platform/uploads/test-files';
import { checkHeader } from './check-header';
import { importColumnNames } from './import-columns';
import { cellsByColumn, columnOfField, readImportRow } from './import-row';
import { cellText, readImportTable } from './read-import-table.server';
import { zipWithinLimits } from './zip-check';

/** The pure parts of the import: the file, the header, a row's cells, the zip check. */
describe('pledge import file reading', () => {
  it('tells comma from semicolon files by the header, drops the BOM, and numbers rows by line', async () => {
    const semicolon = await readImportTable(
      Buffer.from('\uFEFFexternal_id;forms\n\na-1;"policy;financial"\r\nb-2;process\n', 'utf8'),
      'csv',
    );
    expect(semicolon).toEqual({
      ok: true,
      table: {
        header: ['external_id', 'forms'],
        rows: [
          { row: 3, cells: ['a-1', 'policy;financial'] },
          { row: 4, cells: ['b-2', 'process'] },
        ],
      },
    });
    const comma = await readImportTable(Buffer.from('external_id,forms\nc-3,policy;process\n'), 'csv');
    expect(comma.ok && comma.table.rows[0]?.cells).toEqual(['c-3', 'policy;process']);
    const broken = await readImportTable(Buffer.from('external_id,forms\n"d-4,policy\n'), 'csv');
    expect(broken).toMatchObject({ ok: false, entry: { key: 'errors.pledgeImportBadCsv' } });
    const headerOnly = await readImportTable(Buffer.from(''), 'csv');
    expect(headerOnly).toMatchObject({ ok: false, entry: { key: 'errors.pledgeImportEmpty' } });
  });

  it('reads spreadsheet cells as they show', () => {
    expect(cellText(new Date('2026-03-31T00:00:00Z'))).toBe('2026-03-31');
    expect(cellText(1250000.5)).toBe('1250000.5');
    expect(cellText({ richText: [{ text: 'مرصد ' }, { text: 'GCM' }] })).toBe('مرصد GCM');
    expect(cellText({ formula: 'A1*2', result: 8 })).toBe('8');
    expect(cellText({ text: 'link', hyperlink: 'https://example.org' })).toBe('link');
    expect(cellText(null)).toBe('');
  });

  it('refuses the whole file for unknown, missing, repeated and blank columns', () => {
    expect(checkHeader([...importColumnNames.map((c) => ` ${c.toUpperCase()} `), '', ''])).toEqual({
      ok: true,
      columns: importColumnNames,
    });
    const bad = checkHeader(['external_id', 'Remarks', '', 'external_id', 'status']);
    expect(bad.ok).toBe(false);
    const keys = !bad.ok && bad.problems.map((p) => [p.key, p.params]);
    expect(keys).toEqual([
      ['errors.pledgeImportBlankHeader', { position: '3' }],
      ['errors.pledgeImportUnknownColumns', { count: 1, columns: 'remarks' }],
      ['errors.pledgeImportDuplicateColumns', { count: 1, columns: 'external_id' }],
      [
        'errors.pledgeImportMissingColumns',
        {
          count: 7,
          columns: 'pledger_type, pledger, original_language, kind, forms, objectives, level',
        },
      ],
    ]);
  });

  it('reads a row: lists, Arabic digits, enumerations in any case, indicators by their number', () => {
    const header = [
      'external_id',
      'status',
      'pledger_type',
      'pledger',
      'objectives',
      'forms',
      'indicator_2_target',
    ];
    const row = readImportRow(
      5,
      cellsByColumn(header, ['x-1', 'Published', 'STATE', 'jor', '٦؛ ٧ ;', 'Policy;Financial', '٤']),
    );
    expect(row).toMatchObject({
      row: 5,
      externalId: 'x-1',
      status: 'published',
      pledgerType: 'state',
      pledger: 'jor',
      indicatorNumbers: [2],
      problems: [],
    });
    expect(row.input).toMatchObject({ objectives: ['6', '7'], forms: ['policy', 'financial'] });
    const bad = readImportRow(
      6,
      cellsByColumn(['status', 'published_date'], ['changes_requested', '2025-02-30']),
    );
    expect(bad.problems.map((p) => [p.column, p.key])).toEqual([
      ['external_id', 'errors.required'],
      ['pledger_type', 'errors.required'],
      ['pledger', 'errors.required'],
      ['status', 'errors.invalidChoice'],
      ['published_date', 'errors.invalidDate'],
    ]);
  });

  it('names the column of each schema field', () => {
    expect(columnOfField('title', 'en', [])).toBe('title_en');
    expect(columnOfField('description.ar', 'en', [])).toBe('description_ar');
    expect(columnOfField('indicators[0].target', 'ar', [3])).toBe('indicator_3_target');
    expect(columnOfField('indicators[1].name', 'ar', [1, 4])).toBe('indicator_4_name_ar');
    expect(columnOfField('indicators[0].dueDate', 'ar', [2])).toBe('indicator_2_due_date');
    expect(columnOfField('objectives[3]', 'ar', [])).toBe('objectives');
    expect(columnOfField('financialAmount', 'ar', [])).toBe('financial_amount');
  });

  it('lets a real workbook through the zip check, and stops zip bombs and liars', async () => {
    expect(await zipWithinLimits(minimalXlsx())).toBe(true);
    const big = zip({ 'a.txt': Buffer.alloc(2 * 1024 * 1024) });
    expect(await zipWithinLimits(big, 1024 * 1024)).toBe(false);
    expect(await zipWithinLimits(big, 4 * 1024 * 1024)).toBe(true);
    // An entry that declares 10 bytes but inflates to two megabytes.
    const liar = Buffer.from(big);
    const central = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(10, central + 24);
    expect(await zipWithinLimits(liar)).toBe(false);
    expect(await zipWithinLimits(Buffer.from('PK\u0003\u0004 not a zip'))).toBe(false);
  });
});
