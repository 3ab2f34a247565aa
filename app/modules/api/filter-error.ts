import { apiError } from './responses';

/**
 * A query parameter with a value the endpoint does not accept: 400 naming the parameter and what
 * it allows (a range such as "1..100" or the list of accepted values). Thrown from loaders.
 */
export function filterError(field: string, allowed: string | readonly string[]): Response {
  return apiError(400, {
    code: 'invalidFilter',
    field,
    allowed: typeof allowed === 'string' ? allowed : [...allowed],
  });
}

/** The value of an enumerated query parameter, undefined when absent; throws a filter error otherwise. */
export function parseEnumParam<T extends string>(
  url: URL,
  field: string,
  allowed: readonly T[],
): T | undefined {
  const raw = url.searchParams.get(field);
  if (raw === null || raw === '') return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw filterError(field, allowed);
  return raw as T;
}
