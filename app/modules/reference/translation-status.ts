/**
 * Reference labels carry a status note from their source ("verified", "working translation; verify
 * against …", "UNVERIFIED: …", "official UN text"). The UI shows a translated badge for its kind and
 * the note itself to administrators.
 */
export type StatusKind = 'official' | 'verified' | 'sourced' | 'working' | 'unverified' | 'missing';

export function statusKind(note: string | null | undefined): StatusKind {
  if (!note) return 'sourced';
  const n = note.toLowerCase();
  if (n.startsWith('official')) return 'official';
  if (n.startsWith('unverified')) return 'unverified';
  if (n.startsWith('verified')) return 'verified';
  if (n.includes('working translation')) return 'working';
  if (n.startsWith('missing')) return 'missing';
  return 'sourced';
}

/** Whether readers should be told the text is not an authoritative one. */
export function needsCaution(note: string | null | undefined): boolean {
  const kind = statusKind(note);
  return kind === 'working' || kind === 'unverified' || kind === 'missing';
}

/** Statuses a secretariat user can give a label, and the note stored for each. */
export const settableStatuses = {
  official: 'official UN text (confirmed by the secretariat)',
  verified: 'verified by the secretariat',
  working: 'working translation',
} as const;
export type SettableStatus = keyof typeof settableStatuses;
export function isSettableStatus(value: unknown): value is SettableStatus {
  return typeof value === 'string' && Object.hasOwn(settableStatuses, value);
}
