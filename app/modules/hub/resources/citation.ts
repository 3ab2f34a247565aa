/**
 * Citations of a resource to copy: plain text, BibTeX and RIS. Pure; the page shows all three.
 * Titles keep the language of the document's original record.
 */
export interface CitationInput {
  id: string;
  title: string;
  authors: readonly string[];
  publisher: string;
  publicationDate: string | null;
  url: string;
  type: string;
}

const yearOf = (date: string | null) => (date ? date.slice(0, 4) : 'n.d.');
const bibEscape = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`);
const risType: Record<string, string> = {
  research: 'RPRT',
  data: 'DATA',
  policy: 'GOVDOC',
  training: 'GEN',
  tool: 'COMP',
  guidance: 'RPRT',
  other: 'GEN',
};

export function plainCitation(c: CitationInput): string {
  const who = c.authors.length ? c.authors.join('; ') : c.publisher;
  return `${who} (${yearOf(c.publicationDate)}). ${c.title}. ${c.publisher}. ${c.url}`;
}

export function bibtexCitation(c: CitationInput): string {
  const key = `marsad${yearOf(c.publicationDate).replace(/\D/g, '')}${c.id.slice(0, 8)}`;
  const fields = [
    `  title = {${bibEscape(c.title)}}`,
    c.authors.length ? `  author = {${c.authors.map(bibEscape).join(' and ')}}` : null,
    `  publisher = {${bibEscape(c.publisher)}}`,
    c.publicationDate ? `  year = {${yearOf(c.publicationDate)}}` : null,
    `  url = {${c.url}}`,
  ].filter(Boolean);
  return `@misc{${key},\n${fields.join(',\n')}\n}`;
}

export function risCitation(c: CitationInput): string {
  const lines = [
    `TY  - ${risType[c.type] ?? 'GEN'}`,
    `TI  - ${c.title}`,
    ...c.authors.map((a) => `AU  - ${a}`),
    `PB  - ${c.publisher}`,
    c.publicationDate ? `PY  - ${yearOf(c.publicationDate)}` : null,
    c.publicationDate ? `DA  - ${c.publicationDate.replaceAll('-', '/')}` : null,
    `UR  - ${c.url}`,
    'ER  - ',
  ].filter(Boolean);
  return lines.join('\n');
}
