import { diffArrays } from 'diff';

/**
 * Paragraphs of a bilingual document (an outcome document, a declaration) with identifiers in the
 * Akoma Ntoso style — `preamble__para_3`, `para_12` — that survive new versions: a paragraph keeps
 * its identifier when its text is corrected, paragraphs inserted before it do not renumber it, and
 * an identifier once used is never given to another paragraph. Citations (a pledge citing
 * paragraph 12) therefore keep pointing at the same paragraph.
 *
 * The text is plain: blank lines separate paragraphs; a line of three dashes ("---") ends the
 * preamble (without one, every paragraph is operative). The Arabic and English texts are matched
 * paragraph by paragraph, in order.
 */

export type DocumentPart = 'preamble' | 'operative';

export interface DocumentParagraph {
  eId: string;
  part: DocumentPart;
  /** Position within its part, from 1: what a reader calls "paragraph 5". */
  number: number;
  ar: string;
  en: string;
}

interface BilingualText {
  ar?: string;
  en?: string;
}

const preambleEnd = /^[ \t]*-{3,}[ \t]*$/m;

function splitPart(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function partsOf(text: string | undefined): Record<DocumentPart, string[]> {
  const source = (text ?? '').replace(/\r\n?/g, '\n');
  const match = preambleEnd.exec(source);
  if (!match) return { preamble: [], operative: splitPart(source) };
  return {
    preamble: splitPart(source.slice(0, match.index)),
    operative: splitPart(source.slice(match.index + match[0].length)),
  };
}

/** The paragraphs of a text in both languages, matched by position, without identifiers. */
export function splitDocument(body: BilingualText): Record<DocumentPart, { ar: string; en: string }[]> {
  const ar = partsOf(body.ar);
  const en = partsOf(body.en);
  const pair = (part: DocumentPart) =>
    Array.from({ length: Math.max(ar[part].length, en[part].length) }, (_, i) => ({
      ar: ar[part][i] ?? '',
      en: en[part][i] ?? '',
    }));
  return { preamble: pair('preamble'), operative: pair('operative') };
}

/** Paragraph counts per language when they differ (the editor warns: matching is by position). */
export function paragraphCountMismatch(body: BilingualText): { ar: number; en: number } | null {
  if (!body.ar?.trim() || !body.en?.trim()) return null;
  const ar = partsOf(body.ar);
  const en = partsOf(body.en);
  const count = (p: Record<DocumentPart, string[]>) => p.preamble.length + p.operative.length;
  return ar.preamble.length === en.preamble.length && ar.operative.length === en.operative.length
    ? null
    : { ar: count(ar), en: count(en) };
}

const prefix: Record<DocumentPart, string> = { preamble: 'preamble__para_', operative: 'para_' };
const eIdPattern = /^(preamble__)?para_([1-9][0-9]{0,4})$/;

/** Whether a string is an identifier this module gives (route parameters are checked with it). */
export const isParagraphId = (value: string) => eIdPattern.test(value);

function partAndNumberOf(eId: string): { part: DocumentPart; n: number } | null {
  const match = eIdPattern.exec(eId);
  if (!match) return null;
  return { part: match[1] ? 'preamble' : 'operative', n: Number(match[2]) };
}

/** Identifiers by position, for a text saved before identifiers were kept. */
export function positionalIds(body: BilingualText): string[] {
  const parts = splitDocument(body);
  return (['preamble', 'operative'] as const).flatMap((part) =>
    parts[part].map((_, i) => `${prefix[part]}${i + 1}`),
  );
}

const keyOf = (p: { ar: string; en: string }) =>
  `${p.ar.replace(/\s+/g, ' ')}\u0001${p.en.replace(/\s+/g, ' ')}`;

/**
 * Identifiers for a new version's paragraphs (in document order: preamble, then operative), given
 * the previous version and every identifier used so far. An unchanged paragraph keeps its
 * identifier; where paragraphs were replaced in place (removed and added at one spot), the new ones
 * take the old identifiers in order — an edited paragraph stays the same paragraph; the rest get
 * the next unused number of their part.
 */
export function assignParagraphIds(options: {
  previous: { body: BilingualText; ids: readonly string[] } | null;
  next: BilingualText;
  used: Iterable<string>;
}): string[] {
  const highest: Record<DocumentPart, number> = { preamble: 0, operative: 0 };
  for (const eId of options.used) {
    const parsed = partAndNumberOf(eId);
    if (parsed) highest[parsed.part] = Math.max(highest[parsed.part], parsed.n);
  }
  const nextParts = splitDocument(options.next);
  const previousParts = options.previous ? splitDocument(options.previous.body) : null;
  const previousIds = options.previous
    ? options.previous.ids.length
      ? options.previous.ids
      : positionalIds(options.previous.body)
    : [];
  for (const eId of previousIds) {
    const parsed = partAndNumberOf(eId);
    if (parsed) highest[parsed.part] = Math.max(highest[parsed.part], parsed.n);
  }
  const fresh = (part: DocumentPart) => {
    highest[part] += 1;
    return `${prefix[part]}${highest[part]}`;
  };

  const ids: string[] = [];
  let offset = 0;
  for (const part of ['preamble', 'operative'] as const) {
    const before = previousParts?.[part] ?? [];
    const beforeIds = previousIds.slice(offset, offset + before.length);
    offset += before.length;
    const after = nextParts[part];
    const changes = diffArrays(before.map(keyOf), after.map(keyOf));
    let at = 0; // position in `before`
    let added = 0; // position in `after`
    let removed: { id: string; words: Set<string> }[] = [];
    for (const change of changes) {
      if (change.removed) {
        removed = before
          .slice(at, at + change.count)
          .map((p, i) => ({ id: beforeIds[at + i]!, words: wordsOf(p) }));
        at += change.count;
      } else if (change.added) {
        const run = after.slice(added, added + change.count);
        added += change.count;
        ids.push(...matchReplaced(removed, run).map((id) => id ?? fresh(part)));
        removed = [];
      } else {
        ids.push(...beforeIds.slice(at, at + change.count));
        at += change.count;
        added += change.count;
        removed = [];
      }
    }
  }
  return ids;
}

const wordsOf = (p: { ar: string; en: string }) =>
  new Set(
    `${p.ar} ${p.en}`
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Where a run of paragraphs replaced another, which old identifier each new paragraph keeps: a
 * corrected paragraph is found by its words (in order, so identifiers never swap); when none is
 * similar and the runs are as long as each other, the paragraphs were rewritten in place and keep
 * theirs by position. The rest are new (null).
 */
function matchReplaced(
  removed: readonly { id: string; words: Set<string> }[],
  run: readonly { ar: string; en: string }[],
): (string | null)[] {
  const byWords: (string | null)[] = [];
  let from = 0;
  for (const paragraph of run) {
    const words = wordsOf(paragraph);
    let found = -1;
    for (let j = from; j < removed.length; j++) {
      if (similarity(words, removed[j]!.words) >= 0.4) {
        found = j;
        break;
      }
    }
    byWords.push(found >= 0 ? removed[found]!.id : null);
    if (found >= 0) from = found + 1;
  }
  if (byWords.some(Boolean) || removed.length !== run.length) return byWords;
  return removed.map((r) => r.id);
}

/** A version's paragraphs with their identifiers (positional ones when the version kept none). */
export function documentParagraphs(body: BilingualText, ids: readonly string[]): DocumentParagraph[] {
  const parts = splitDocument(body);
  const known = ids.length ? ids : positionalIds(body);
  const paragraphs: DocumentParagraph[] = [];
  let i = 0;
  for (const part of ['preamble', 'operative'] as const) {
    parts[part].forEach((text, index) => {
      paragraphs.push({ eId: known[i] ?? `${prefix[part]}${index + 1}`, part, number: index + 1, ...text });
      i += 1;
    });
  }
  return paragraphs;
}
