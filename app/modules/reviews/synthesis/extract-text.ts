/** About how many words a quotation in the synthesis report keeps. */
export const extractWordLimit = 80;

/**
 * Ends of a sentence (Latin and Arabic punctuation, optionally followed by closing quotes or
 * brackets), or of a paragraph or list item (a line break).
 */
const sentenceEnd = /(?:[.!?؟۔…]["'»”’)\]]*\s*|\n\s*)$/u;
/** Punctuation that should not be left dangling before the ellipsis. */
const danglingPunctuation = /[\s,;:،؛\-–—]+$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * A quotation of a text for the synthesis report: the text verbatim when it has at most `maxWords`
 * words; otherwise its first whole sentences within the limit (when they keep at least half of it)
 * followed by " …", or else the first `maxWords` words followed by "…". Line breaks are kept.
 */
export function extractText(
  text: string,
  options: { maxWords?: number; locale?: string } = {},
): { text: string; truncated: boolean } {
  const { maxWords = extractWordLimit, locale = 'en' } = options;
  const trimmed = text.trim();
  const words = /\S+/g;
  let count = 0;
  let end = 0;
  for (let match = words.exec(trimmed); match; match = words.exec(trimmed)) {
    if (count === maxWords) {
      // More words than the limit: cut.
      return { text: cut(trimmed.slice(0, end), maxWords, locale), truncated: true };
    }
    count += 1;
    end = match.index + match[0].length;
  }
  return { text: trimmed, truncated: false };
}

function cut(prefix: string, maxWords: number, locale: string): string {
  let kept = '';
  let keptWords = 0;
  let wordsSoFar = 0;
  for (const { segment } of sentenceSegmenter(locale).segment(prefix)) {
    wordsSoFar += segment.split(/\s+/).filter(Boolean).length;
    if (!sentenceEnd.test(segment)) break;
    kept += segment;
    keptWords = wordsSoFar;
  }
  if (kept && keptWords * 2 >= maxWords) return `${kept.trimEnd()} …`;
  return `${prefix.replace(danglingPunctuation, '')}…`;
}
