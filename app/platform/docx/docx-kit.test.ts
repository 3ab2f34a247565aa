import { describe, expect, it } from 'vitest';
import { createDocument, heading, languageOfText, packDocument, table, textParagraphs } from './docx-kit';
import { isRtlParagraph, isRtlRun, readDocx } from './docx-test-support';

async function build(locale: 'ar' | 'en') {
  const document = createDocument({
    locale,
    title: 't',
    sections: [
      {
        children: [
          heading('مرصد', 'ar', 1),
          ...textParagraphs('First paragraph\nsecond line\n\nSecond paragraph', 'en'),
          table([[{ text: 'الأردن' }, { text: 'Jordan', lang: 'en' }]], { locale }),
        ],
      },
    ],
  });
  return readDocx(await packDocument(document, locale));
}

describe('docx kit', () => {
  it('gives Arabic text, paragraphs, tables and sections their direction, and leaves English alone', async () => {
    const ar = await build('ar');
    const [title, first, second] = ar.paragraphs;
    expect(title && isRtlParagraph(title) && title.runs.every(isRtlRun)).toBe(true);
    expect(first?.text).toBe('First paragraphsecond line');
    expect(first && isRtlParagraph(first)).toBe(false);
    expect(second?.text).toBe('Second paragraph');
    expect(ar.tables[0]).toContain('<w:bidiVisual/>');
    expect(ar.sections.every((s) => s.includes('<w:bidi/>'))).toBe(true);

    const en = await build('en');
    expect(en.tables[0]).not.toContain('bidiVisual');
    expect(en.sections.some((s) => s.includes('<w:bidi/>'))).toBe(false);
  });

  it('tells the language of a text by its letters', () => {
    expect(languageOfText('الأردن 2030', 'en')).toBe('ar');
    expect(languageOfText('Jordan', 'ar')).toBe('en');
    expect(languageOfText('2030', 'ar')).toBe('ar');
  });
});
