/**
 * Freezes a value and everything it holds (plain objects, arrays, maps and sets are walked; class
 * instances such as dates are frozen but not entered). A shared cached value frozen this way makes a
 * caller that sorts or edits it in place fail where it does it, instead of changing what every later
 * reader gets.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k);
      deepFreeze(v);
    }
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v);
  } else if (
    Array.isArray(value) ||
    Object.getPrototypeOf(value) === Object.prototype ||
    Object.getPrototypeOf(value) === null
  ) {
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
