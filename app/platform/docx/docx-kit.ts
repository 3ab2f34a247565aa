import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  type ISectionOptions,
  LineRuleType,
  Packer,
  PageNumber,
  PageReference,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Locale } from '~/platform/i18n/locales';
import { textBlocks } from '~/platform/text/text-blocks';
import { uploadKinds } from '~/platform/uploads/kinds';

/**
 * The pieces every Marsad DOCX is built from, direction-aware so Arabic renders right-to-left in
 * Word and LibreOffice alike: a paragraph in Arabic carries <w:bidi/>, a run of Arabic text
 * <w:rtl/> (so its complex-script font and size apply), a table in an Arabic document
 * <w:bidiVisual/>, and each section of an Arabic document <w:bidi/> (page direction). The font
 * names Arial for Latin and complex script alike: it has Arabic glyphs in Word on Windows and macOS,
 * and LibreOffice substitutes a metric-compatible face with Arabic fallback. Line spacing is
 * always "auto" (a multiple of each line's own height, never an exact or minimum height, and no
 * fixed table row heights), so a line of Arabic set in a taller fallback face grows instead of
 * overlapping its neighbours in either program.
 */

export const docxMimeType = uploadKinds.docx.mime;

const font = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' };
const language = { value: 'en-GB', bidirectional: 'ar-SA' };
/** Half-points: 11 pt Latin, 12 pt Arabic (Arabic reads small at the same size). */
const bodySize = 22;
const bodySizeCs = 24;

const arabicLetters = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** The language of a run or paragraph of text: Arabic when it holds Arabic letters, else the fallback. */
export const languageOfText = (text: string, fallback: Locale): Locale =>
  arabicLetters.test(text) ? 'ar' : /[A-Za-z]/.test(text) ? 'en' : fallback;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
  style?: string;
}

/** One run of text in a language: right-to-left with complex-script sizes when Arabic. */
export function run(text: string, lang: Locale, style: RunStyle = {}): TextRun {
  const rtl = lang === 'ar';
  return new TextRun({
    text,
    rightToLeft: rtl || undefined,
    bold: style.bold,
    boldComplexScript: style.bold,
    italics: rtl ? undefined : style.italics,
    size: style.size,
    sizeComplexScript: style.size ? style.size + 2 : undefined,
    color: style.color,
    style: style.style,
  });
}

/** Runs for a line that may break: line breaks inside a paragraph become <w:br/>. */
function runsWithBreaks(text: string, lang: Locale, style: RunStyle): TextRun[] {
  return text
    .split('\n')
    .map((line, i) =>
      i === 0
        ? run(line, lang, style)
        : new TextRun({ text: line, break: 1, rightToLeft: lang === 'ar' || undefined }),
    );
}

export interface ParagraphOptions {
  /** The paragraph's direction: that of its language. */
  lang: Locale;
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  center?: boolean;
  spacingAfter?: number;
  spacingBefore?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  quote?: boolean;
  /** A list item: indented from the start edge, its marker hanging. */
  listItem?: boolean;
}

export function paragraph(children: ParagraphChild[], options: ParagraphOptions): Paragraph {
  return new Paragraph({
    children,
    heading: options.heading,
    bidirectional: options.lang === 'ar' || undefined,
    alignment: options.center ? AlignmentType.CENTER : undefined,
    keepNext: options.keepNext,
    pageBreakBefore: options.pageBreakBefore,
    spacing: { after: options.spacingAfter ?? 120, before: options.spacingBefore },
    ...(options.listItem ? { indent: { start: 567, hanging: 340 } } : {}),
    ...(options.quote
      ? {
          indent: { left: 567, right: 567 },
          shading: { type: ShadingType.CLEAR, fill: 'F1F5F9', color: 'auto' },
        }
      : {}),
  });
}

/** A short line of text in one language. */
export function line(text: string, lang: Locale, options: Omit<ParagraphOptions, 'lang'> & RunStyle = {}) {
  return paragraph([run(text, lang, options)], { ...options, lang });
}

/**
 * A heading; with `bookmark` it is the target of a table of contents entry (`tableOfContents`).
 * Bookmark names: letters, digits and underscores, starting with a letter, at most 40 characters.
 */
export function heading(
  text: string,
  lang: Locale,
  level: 1 | 2 | 3,
  options: { pageBreakBefore?: boolean; bookmark?: string } = {},
) {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  const content = run(text, lang);
  return paragraph(
    [options.bookmark ? new Bookmark({ id: options.bookmark, children: [content] }) : content],
    {
      lang,
      heading: levels[level],
      keepNext: true,
      pageBreakBefore: options.pageBreakBefore,
      spacingBefore: 240,
    },
  );
}

/**
 * Plain text as paragraphs (blank lines separate them; single line breaks are kept), in the
 * text's language, right-to-left when Arabic.
 */
export function textParagraphs(text: string, lang: Locale, options: { quote?: boolean } & RunStyle = {}) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => paragraph(runsWithBreaks(p, lang, options), { lang, quote: options.quote }));
}

/**
 * Plain text with the simple structure its writer typed (see textBlocks): paragraphs, list items
 * (a bullet, or the item's number through `number` so it follows the reader's digits), pipe tables.
 */
export function structuredText(
  text: string,
  lang: Locale,
  options: { number: (n: number) => string },
): (Paragraph | Table)[] {
  return textBlocks(text).flatMap((block): (Paragraph | Table)[] => {
    if (block.kind === 'paragraph') return [paragraph(runsWithBreaks(block.text, lang, {}), { lang })];
    if (block.kind === 'list')
      return block.items.map((item, i) =>
        paragraph(runsWithBreaks(`${block.ordered ? `${options.number(i + 1)}.` : '•'} ${item}`, lang, {}), {
          lang,
          listItem: true,
          spacingAfter: 60,
        }),
      );
    const rows = [
      ...(block.header
        ? [block.header.map((cell) => ({ text: cell, lang, bold: true, fill: 'F1F5F9' }))]
        : []),
      ...block.rows.map((row) => row.map((cell) => ({ text: cell, lang }))),
    ];
    return [
      table(rows, { locale: lang, header: Boolean(block.header) }),
      paragraph([], { lang, spacingAfter: 60 }),
    ];
  });
}

export function hyperlink(text: string, url: string, lang: Locale): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [run(text, lang, { style: 'Hyperlink' })] });
}

export interface TableCellSpec {
  text: string;
  lang?: Locale;
  bold?: boolean;
  fill?: string;
  size?: number;
  center?: boolean;
}

/** A table laid out in the document's direction (cells given in reading order). */
export function table(
  rows: TableCellSpec[][],
  options: { locale: Locale; columnWidths?: number[]; header?: boolean },
) {
  return new Table({
    visuallyRightToLeft: options.locale === 'ar' || undefined,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: options.columnWidths,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: options.header && r === 0,
          cantSplit: true,
          children: cells.map((cell) => {
            const lang = cell.lang ?? options.locale;
            return new TableCell({
              shading: cell.fill ? { type: ShadingType.CLEAR, fill: cell.fill, color: 'auto' } : undefined,
              margins: { top: 40, bottom: 40, left: 60, right: 60 },
              children: [
                paragraph([run(cell.text, lang, { bold: cell.bold, size: cell.size })], {
                  lang,
                  center: cell.center,
                  spacingAfter: 0,
                }),
              ],
            });
          }),
        }),
    ),
  });
}

export interface TocEntry {
  text: string;
  lang: Locale;
  /** The bookmark of the heading (see `heading`). */
  bookmark: string;
  /** 1 for chapters, 2 for the sections under them (indented). */
  level: 1 | 2;
}

/**
 * A table of contents: one row per heading, its title linking to it and its page number a PAGEREF
 * field. A table rather than tab stops, so it is laid out in the document's direction in Word and
 * LibreOffice alike; LibreOffice computes the page numbers as it lays out, Word when it updates
 * fields on opening (`updateFields` in createDocument).
 */
export function tableOfContents(entries: TocEntry[], options: { locale: Locale; pageLabel: string }) {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 20, bottom: 20, left: 60, right: 60 },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        bottom: { style: BorderStyle.DOTTED, size: 4, color: '94A3B8' },
        left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      },
      children,
    });
  const L = options.locale;
  return new Table({
    visuallyRightToLeft: L === 'ar' || undefined,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [8400, 1200],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell([paragraph([], { lang: L, spacingAfter: 0 })], 8400),
          cell(
            [
              paragraph([run(options.pageLabel, L, { bold: true, size: 18 })], {
                lang: L,
                center: true,
                spacingAfter: 0,
              }),
            ],
            1200,
          ),
        ],
      }),
      ...entries.map(
        (entry) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(
                [
                  new Paragraph({
                    bidirectional: entry.lang === 'ar' || undefined,
                    indent: entry.level === 2 ? { start: 400 } : undefined,
                    spacing: { after: 0 },
                    children: [
                      new InternalHyperlink({
                        anchor: entry.bookmark,
                        children: [run(entry.text, entry.lang, { bold: entry.level === 1 })],
                      }),
                    ],
                  }),
                ],
                8400,
              ),
              cell(
                [
                  new Paragraph({
                    bidirectional: L === 'ar' || undefined,
                    alignment: AlignmentType.CENTER,
                    spacing: { after: 0 },
                    children: [new PageReference(entry.bookmark, { hyperlink: true })],
                  }),
                ],
                1200,
              ),
            ],
          }),
      ),
    ],
  });
}

export interface DocumentSpec {
  locale: Locale;
  title: string;
  description?: string;
  sections: { landscape?: boolean; children: ISectionOptions['children'] }[];
  /** Ask Word to update fields on opening (page numbers of a table of contents). */
  updateFields?: boolean;
}

/** A4, 2 cm margins, page numbers in the footer; styles carry the fonts, sizes and languages. */
export function createDocument(spec: DocumentSpec): Document {
  const rtl = spec.locale === 'ar';
  const headingRun = (size: number) => ({
    font,
    size,
    sizeComplexScript: size + 4,
    bold: true,
    boldComplexScript: true,
    color: '0B5A55',
  });
  return new Document({
    creator: 'Marsad',
    title: spec.title,
    features: spec.updateFields ? { updateFields: true } : undefined,
    description: spec.description,
    styles: {
      default: {
        document: {
          run: { font, size: bodySize, sizeComplexScript: bodySizeCs, language },
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: headingRun(44) },
        heading1: { run: headingRun(32), paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: headingRun(26), paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: headingRun(22), paragraph: { spacing: { before: 200, after: 80 } } },
        hyperlink: { run: { color: '0B5A55', underline: {} } },
      },
    },
    sections: spec.sections.map((section) => ({
      properties: {
        page: {
          // A4; docx swaps width and height itself for landscape.
          size: { width: 11906, height: 16838, orientation: section.landscape ? 'landscape' : 'portrait' },
          margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
        },
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              bidirectional: rtl || undefined,
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: [PageNumber.CURRENT], rightToLeft: rtl || undefined })],
            }),
          ],
        }),
      },
      children: section.children,
    })),
  });
}

/**
 * Section direction: docx has no option for <w:bidi/> in a section's properties, so it is written
 * into word/document.xml after packing, in its place in the schema's order (before docGrid).
 */
function withSectionDirection(zip: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const files = unzipSync(zip);
  const documentXml = files['word/document.xml'];
  if (!documentXml) return zip;
  const xml = strFromU8(documentXml).replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (sectPr) =>
    sectPr.includes('<w:docGrid')
      ? sectPr.replace('<w:docGrid', '<w:bidi/><w:docGrid')
      : sectPr.replace('</w:sectPr>', '<w:bidi/></w:sectPr>'),
  );
  files['word/document.xml'] = strToU8(xml);
  return new Uint8Array(zipSync(files, { level: 6 }));
}

export async function packDocument(document: Document, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = new Uint8Array(await Packer.toBuffer(document));
  return locale === 'ar' ? withSectionDirection(buffer) : buffer;
}
