import type { RegionKind } from '#db/schema/reference';

/** The Global Compact has 23 objectives, numbered 1–23 (A/RES/73/195). */
export const objectiveCount = 23;
export const objectiveNumbers: readonly number[] = Array.from({ length: objectiveCount }, (_, i) => i + 1);

/** The paragraph of A/RES/73/195 that sets out the ten guiding principles. */
export const guidingPrinciplesParagraph = 15;

/** The paragraph of A/RES/73/195 on the capacity-building mechanism the Hub's support requests serve. */
export const capacityBuildingParagraph = 43;

export function isObjectiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= objectiveCount;
}

/** Parses a URL segment such as "7"; anything else ("07", "abc", "0", "24") is not an objective. */
export function parseObjectiveNumber(raw: string | undefined | null): number | null {
  if (!raw || !/^[1-9]\d?$/.test(raw)) return null;
  const n = Number(raw);
  return isObjectiveNumber(n) ? n : null;
}

/** Display order of grouping kinds on the regions page and in filters. */
export const regionKinds: readonly RegionKind[] = [
  'm49_region',
  'm49_subregion',
  'regional_commission',
  'organisation',
  'process',
];

export const unStatuses = ['member', 'observer'] as const;
