/**
 * The reference items a secretariat user may correct, and which labels each has. Shared by the
 * admin pages (client-safe: no database code here) and update-reference-label.server.ts.
 */
export const referenceKinds = [
  'objective',
  'principle',
  'thematic-area',
  'stakeholder-category',
  'region',
  'country',
] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export type LabelField = 'title' | 'shortLabel' | 'name' | 'label';

export const labelFields: Record<ReferenceKind, readonly LabelField[]> = {
  objective: ['title', 'shortLabel'],
  principle: ['name'],
  'thematic-area': ['name'],
  'stakeholder-category': ['label'],
  region: ['name'],
  country: ['name'],
};

/** Longest accepted label, per field. */
export const labelMaxLength: Record<LabelField, number> = {
  title: 300,
  shortLabel: 60,
  name: 250,
  label: 150,
};

export function isReferenceKind(value: unknown): value is ReferenceKind {
  return typeof value === 'string' && (referenceKinds as readonly string[]).includes(value);
}
