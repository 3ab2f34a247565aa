import ar from '~/locales/ar/coverage.json';
import en from '~/locales/en/coverage.json';
import type { CoverageNote } from './coverage.server';

/** How the radar counts, in both languages: the same text on every page and in the API. */
export const coverageDefinitions = {
  ar: [ar['definition.public'], ar['definition.cell'], ar['definition.multiple'], ar['definition.year']],
  en: [en['definition.public'], en['definition.cell'], en['definition.multiple'], en['definition.year']],
};
export const coverageDefinitionKeys = [
  'coverage.definition.public',
  'coverage.definition.cell',
  'coverage.definition.multiple',
  'coverage.definition.year',
] as const;

/** A matrix's note as the API gives it: its code and the page's words in both languages. */
export const coverageNoteTexts = (note: CoverageNote | null) =>
  note && { code: note, ar: ar[`note.${note}`], en: en[`note.${note}`] };
