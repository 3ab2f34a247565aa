import { analyse } from '~/platform/text/search-text';

/** A text cut into runs, those matching the query marked; rendered as text with <mark>, never as HTML. */
export type MarkedText = { text: string; hit: boolean }[];

interface Highlight {
  stems: ReadonlySet<string>;
  /** Stems being typed (suggestions): a word whose stem starts with one is marked. */
  prefixes?: readonly string[];
}

const hits = (stems: readonly string[], h: Highlight) =>
  stems.some((s) => h.stems.has(s) || (h.prefixes?.some((p) => s.startsWith(p)) ?? false));

/** The whole text with the words that match marked. */
export function markText(text: string, highlight: Highlight): MarkedText {
  const out: MarkedText = [];
  let at = 0;
  for (const word of analyse(text)) {
    if (!hits(word.stems, highlight)) continue;
    if (word.start > at) out.push({ text: text.slice(at, word.start), hit: false });
    out.push({ text: text.slice(word.start, word.end), hit: true });
    at = word.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return mergeRuns(out);
}

function mergeRuns(runs: MarkedText): MarkedText {
  const out: MarkedText = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.hit === run.hit && !run.hit) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/**
 * About `length` characters of the text around its first matching word (the start when none
 * matches), cut at word boundaries, with … where text was left out.
 */
export function snippet(text: string, highlight: Highlight, length = 220): MarkedText {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  const words = analyse(flat);
  const first = words.find((w) => hits(w.stems, highlight));
  let start = 0;
  if (first && first.end > length * 0.7) {
    const from = first.start - Math.floor(length / 3);
    start = words.find((w) => w.start >= from)?.start ?? 0;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = words.filter((w) => w.end <= end).at(-1)?.end ?? end;
  const marked = markText(flat.slice(start, end), highlight);
  if (start > 0) marked.unshift({ text: '… ', hit: false });
  if (end < flat.length) marked.push({ text: ' …', hit: false });
  return mergeRuns(marked);
}
