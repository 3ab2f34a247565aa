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

/** Every element of a parsed message, the cases of its plurals and selects and the contents of its tags included. */
export function* eachElement(elements: Element[]): Generator<Element> {
  for (const e of elements) {
    yield e;
    if ((e.type === selectElement || e.type === pluralElement) && e.options)
      for (const option of Object.values(e.options)) yield* eachElement(option.value);
    if (e.type === tagElement && e.children) yield* eachElement(e.children);
  }
}
