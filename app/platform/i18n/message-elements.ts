/** The message parser's element kinds we look at (TYPE of @formatjs/icu-messageformat-parser). */
export const literalElement = 0;
export const argumentElement = 1;
export const selectElement = 5;
export const pluralElement = 6;
export const poundElement = 7;
export const tagElement = 8;

/** A parsed message's element, as far as we read it. */
export interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}
