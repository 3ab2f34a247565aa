import type { SearchHit, SearchResult } from './search-content.server';
import type { MarkedText } from './snippets';

/** Marked text for JSON: the plain text and the [start, end) offsets of each match. */
export function presentMarked(marked: MarkedText): { text: string; matches: [number, number][] } {
  let text = '';
  const matches: [number, number][] = [];
  for (const run of marked) {
    if (run.hit) matches.push([text.length, text.length + run.text.length]);
    text += run.text;
  }
  return { text, matches };
}

/** One search hit as the API gives it. */
export function presentSearchHit(hit: SearchHit) {
  return {
    id: hit.id,
    type: hit.type,
    path: hit.path,
    title: hit.title,
    language: hit.language,
    titleMatches: presentMarked(hit.titleMarked).matches,
    snippet: presentMarked(hit.snippet),
    visibility: hit.visibility,
    objectives: hit.objectives,
    principles: hit.principles,
    countries: hit.countries,
    regions: hit.regions,
    year: hit.year,
    publishedAt: hit.publishedAt,
    score: hit.score,
  };
}

/** What the search did besides the words typed ("also searched"), for the API. */
export function presentSearchNotes(result: SearchResult) {
  return {
    // Also `page.totalCapped`, where every list has it; kept here for existing clients.
    totalCapped: result.totalCapped,
    onlyStopWords: result.onlyStopWords,
    alsoSearched: result.expansions.map((e) => ({
      key: e.key,
      ar: e.ar,
      en: e.en,
      objectives: e.objectives,
      principles: e.principles,
    })),
    corrections: result.corrections,
  };
}
