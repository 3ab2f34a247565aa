import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads a generated DOCX back for tests: unzips it and splits word/document.xml into paragraphs,
 * runs and tables with their properties, so tests can check what Word and LibreOffice will read.
 */
export interface DocxRun {
  rPr: string;
  text: string;
}
export interface DocxParagraph {
  pPr: string;
  runs: DocxRun[];
  text: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const documentXml = part('word/document.xml');
  const paragraphs: DocxParagraph[] = [
    ...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g),
  ].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const runs = [...inner.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r[1]!)?.[1] ?? '',
      text: decode([...r[1]!.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => t[1]).join('')),
    }));
    return { pPr, runs, text: runs.map((r) => r.text).join('') };
  });
  const tables = [...documentXml.matchAll(/<w:tblPr>([\s\S]*?)<\/w:tblPr>/g)].map((m) => m[1]!);
  const sections = [...documentXml.matchAll(/<w:sectPr\b[^>]*>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1]!);
  // Word keeps a link's fragment apart from its target: w:anchor on the hyperlink, the rest in the part's relationships.
  const targets = new Map(
    [
      ...part('word/_rels/document.xml.rels').matchAll(
        /Id="([^"]+)"[^>]*Target="([^"]+)" TargetMode="External"/g,
      ),
    ].map((m) => [m[1]!, decode(m[2]!)]),
  );
  const links = [...documentXml.matchAll(/<w:hyperlink ([^>]*)>/g)].map((m) => {
    const id = /r:id="([^"]+)"/.exec(m[1]!)?.[1] ?? '';
    const anchor = /w:anchor="([^"]+)"/.exec(m[1]!)?.[1];
    return `${targets.get(id) ?? ''}${anchor ? `#${decode(anchor)}` : ''}`;
  });
  return {
    files: Object.keys(files),
    documentXml,
    paragraphs,
    tables,
    sections,
    links,
    styles: part('word/styles.xml'),
  };
}

export const isRtlParagraph = (p: DocxParagraph) => /<w:bidi\/>/.test(p.pPr);
export const isRtlRun = (r: DocxRun) => /<w:rtl\/>/.test(r.rPr);
