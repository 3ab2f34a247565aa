/**
 * Pure: the partners named in the form that nobody on the platform can answer for — an
 * organisation with no member, a state with no focal point — so they could never confirm the
 * partnership. Keys as the form sends them ('o:<id>', 'c:<ISO3>'); blanks and repeats ignored.
 */
export function unreachablePartners(named: readonly string[], reachable: ReadonlySet<string>): string[] {
  return [...new Set(named.filter((key) => key !== '' && !reachable.has(key)))];
}
