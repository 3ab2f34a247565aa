import type { Translated } from '#db/schema/columns';
import data from '../../../data/reference/sdg-targets.json';

/**
 * The SDG targets content can be tagged with (10.7, 10.c, 8.8, …): reference data in
 * data/reference/sdg-targets.json, read at build time so forms in the browser and the server's
 * schemas share one list. Order is the file's (goal, then target).
 */
export interface SdgTarget {
  code: string;
  goal: number;
  title: Translated;
}

export const sdgTargets: readonly SdgTarget[] = data.targets.map((t) => ({
  code: t.code,
  goal: t.goal,
  title: { ar: t.title_ar, en: t.title_en },
}));

export const sdgTargetCodes = sdgTargets.map((t) => t.code) as [string, ...string[]];

const byCode = new Map(sdgTargets.map((t) => [t.code, t]));
export const sdgTarget = (code: string) => byCode.get(code);

/** Codes in reference order, whatever order they were given in. */
export const sortSdgTargets = (codes: readonly string[]) =>
  sdgTargets.filter((t) => codes.includes(t.code)).map((t) => t.code);
