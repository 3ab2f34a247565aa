import ar from '~/locales/ar/coverage.json';
import en from '~/locales/en/coverage.json';

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
