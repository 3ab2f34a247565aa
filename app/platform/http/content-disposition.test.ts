import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('sends a plain ASCII name as it is', () => {
    expect(contentDisposition('pledges.csv')).toBe('attachment; filename="pledges.csv"');
  });

  it('encodes any other name for filename* and gives an ASCII fallback', () => {
    expect(contentDisposition('تقرير (نهائي).pdf')).toBe(
      `attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent('تقرير')}%20%28${encodeURIComponent('نهائي')}%29.pdf`,
    );
    expect(contentDisposition('Report "v2"; final.docx')).toBe(
      `attachment; filename="Report _v2__ final.docx"; filename*=UTF-8''Report%20%22v2%22%3B%20final.docx`,
    );
  });

  it('takes a given ASCII fallback for the filename', () => {
    expect(contentDisposition('الأردن.docx', { fallback: 'marsad-review-1a2b-ar.docx' })).toBe(
      `attachment; filename="marsad-review-1a2b-ar.docx"; filename*=UTF-8''${encodeURIComponent('الأردن')}.docx`,
    );
  });
});
