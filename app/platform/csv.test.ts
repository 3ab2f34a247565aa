import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvLine } from './csv';

describe('csv', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('عربي')).toBe('عربي');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('7;10')).toBe('"7;10"');
    expect(csvField('say "fair"')).toBe('"say ""fair"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers and booleans as they are, null and undefined as empty', () => {
    expect(csvLine([-3, 2.5, true, null, undefined, ''])).toBe('-3,2.5,true,,,\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvField(text).replace(/^"/, '').startsWith("'"), JSON.stringify(text)).toBe(true);
    }
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('starts a document with a byte order mark and ends every line with CRLF', () => {
    expect(
      csvDocument([
        ['id', 'name'],
        ['1', 'الأردن'],
      ]),
    ).toBe('\uFEFFid,name\r\n1,الأردن\r\n');
  });
});
