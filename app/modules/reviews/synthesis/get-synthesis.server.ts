import {
  type CompiledSynthesis,
  emptyNarrative,
  type SynthesisNarrative,
} from '#db/schema/review-synthesis-types';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { compileSynthesis } from './compile-synthesis';
import { loadSynthesisCycle, loadSynthesisInput, type SynthesisCycle } from './load-synthesis-input.server';
import { canEditSynthesis } from './synthesis-policy';
import {
  listSynthesisVersions,
  loadPublishedSynthesis,
  loadSynthesisDraft,
} from './synthesis-records.server';

export interface SynthesisShown {
  /** A published version (number set), or the live draft preview (number null). */
  number: number | null;
  publishedAt: Date | null;
  narrative: SynthesisNarrative;
  compiled: CompiledSynthesis;
  /** The draft's version for the editor's optimistic concurrency (0 before the first save). */
  draftVersion: number | null;
}

export interface SynthesisForReader {
  cycle: SynthesisCycle;
  canEdit: boolean;
  versions: { number: number; publishedAt: Date }[];
  shown: SynthesisShown;
}

/** The live draft: the narrative being written around the parts compiled now from the published reviews. */
export async function compileDraftSynthesis(db: DbOrTx, cycle: SynthesisCycle): Promise<SynthesisShown> {
  const [draft, input] = await readTogether(db, [
    () => loadSynthesisDraft(db, cycle.id),
    () => loadSynthesisInput(db, cycle),
  ]);
  return {
    number: null,
    publishedAt: null,
    narrative: draft?.narrative ?? emptyNarrative(),
    compiled: compileSynthesis(input),
    draftVersion: draft?.version ?? 0,
  };
}

/**
 * What a reader sees of a cycle's synthesis: a published version (the latest unless `number` is
 * given), or — for the cycle's secretariat only — the live draft preview (`draft`, and by default
 * while nothing is published). Everyone else gets synthesisNotPublished (404) before the first
 * version, notFound for an unknown cycle or version.
 */
export async function getSynthesisForReader(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  number?: number;
  draft?: boolean;
}): Promise<SynthesisForReader> {
  const { db = getDb(), subject } = options;
  const cycle = await loadSynthesisCycle(db, options.cycleId);
  const canEdit = canEditSynthesis(subject, cycle);
  const versions = (await listSynthesisVersions(db, cycle.id)).map((v) => ({
    number: v.number!,
    publishedAt: v.publishedAt!,
  }));
  if (canEdit && (options.draft || (!versions.length && options.number === undefined))) {
    return { cycle, canEdit, versions, shown: await compileDraftSynthesis(db, cycle) };
  }
  if (!versions.length) throw new AppError('synthesisNotPublished', 404);
  const report = await loadPublishedSynthesis(db, cycle.id, options.number);
  if (!report) throw notFound();
  return {
    cycle,
    canEdit,
    versions,
    shown: {
      number: report.number,
      publishedAt: report.publishedAt,
      narrative: report.narrative,
      compiled: report.compiled!,
      draftVersion: null,
    },
  };
}
