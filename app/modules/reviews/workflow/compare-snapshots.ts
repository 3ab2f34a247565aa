import { diffWords } from 'diff';
import type { Locale, Translated } from '#db/schema/columns';
import type { ObjectiveStatus, ReviewSnapshot } from '#db/schema/reviews';
import { sortSdgTargets } from '~/modules/reference/sdg-targets';

/**
 * Compares two submitted versions of a review section by section, word by word (the `diff`
 * package's diffWords). Pure, so the versions page and its tests share it. Free of the ORM.
 */

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export const comparedTextFields = ['body', 'measures', 'partners', 'dataAvailable'] as const;
export type ComparedField = (typeof comparedTextFields)[number] | 'sdgTargets' | 'sdgTargetsNote' | 'title';

export interface FieldChange {
  field: ComparedField;
  /** The language of the text; null for language-neutral fields (SDG targets). */
  lang: Locale | null;
  /** Word differences; for `sdgTargets`, one part per code (kept, added or removed), in reference order. */
  parts: DiffPart[];
}

export interface SectionComparison {
  key: string;
  changed: boolean;
  fields: FieldChange[];
  status: { from: ObjectiveStatus | null; to: ObjectiveStatus | null } | null;
}

export interface SnapshotComparison {
  changed: boolean;
  title: FieldChange[];
  sections: SectionComparison[];
  attachments: { added: string[]; removed: string[] };
}

type SnapshotSection = ReviewSnapshot['sections'][number];

/** Past this many edits a word diff says little and costs much: the texts are shown as replaced. */
const maxEdits = 2000;

/** Word-level differences of two texts, or null when they are the same. */
export function diffText(before: string, after: string): DiffPart[] | null {
  if (before === after) return null;
  const changes = diffWords(before, after, { maxEditLength: maxEdits });
  if (!changes) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

function translatedChanges(field: ComparedField, before: Translated, after: Translated): FieldChange[] {
  const out: FieldChange[] = [];
  for (const lang of ['ar', 'en'] as const) {
    const parts = diffText(before[lang] ?? '', after[lang] ?? '');
    if (parts) out.push({ field, lang, parts });
  }
  return out;
}

const emptySection = (key: string): SnapshotSection => ({
  key,
  body: {},
  objectiveStatus: null,
  measures: {},
  partners: {},
  sdgTargets: [],
  sdgTargetsNote: null,
  dataAvailable: {},
});

/** The SDG targets kept, added and removed, one part per code in reference order; null when the same. */
export function diffCodes(before: readonly string[], after: readonly string[]): DiffPart[] | null {
  const was = new Set(before);
  const is = new Set(after);
  const parts = sortSdgTargets([...was, ...is]).map(
    (code): DiffPart => ({ kind: was.has(code) ? (is.has(code) ? 'same' : 'removed') : 'added', text: code }),
  );
  return parts.some((p) => p.kind !== 'same') ? parts : null;
}

function compareSection(key: string, before: SnapshotSection, after: SnapshotSection): SectionComparison {
  const fields: FieldChange[] = [];
  for (const field of comparedTextFields) {
    fields.push(...translatedChanges(field, before[field] ?? {}, after[field] ?? {}));
  }
  const sdg = diffCodes(before.sdgTargets ?? [], after.sdgTargets ?? []);
  if (sdg) fields.push({ field: 'sdgTargets', lang: null, parts: sdg });
  const note = diffText(before.sdgTargetsNote ?? '', after.sdgTargetsNote ?? '');
  if (note) fields.push({ field: 'sdgTargetsNote', lang: null, parts: note });
  const status =
    (before.objectiveStatus ?? null) !== (after.objectiveStatus ?? null)
      ? { from: before.objectiveStatus ?? null, to: after.objectiveStatus ?? null }
      : null;
  return { key, changed: fields.length > 0 || status !== null, fields, status };
}

/**
 * What changed from `previous` to `current` (previous null: the first version, all of it new).
 * Sections come in the current version's order, then any the previous version had and this one lacks.
 */
export function compareSnapshots(
  previous: ReviewSnapshot | null,
  current: ReviewSnapshot,
): SnapshotComparison {
  const before = new Map((previous?.sections ?? []).map((s) => [s.key, s]));
  const keys = [
    ...current.sections.map((s) => s.key),
    ...(previous?.sections ?? []).map((s) => s.key).filter((k) => !current.sections.some((s) => s.key === k)),
  ];
  const after = new Map(current.sections.map((s) => [s.key, s]));
  const sections = keys.map((key) =>
    compareSection(key, before.get(key) ?? emptySection(key), after.get(key) ?? emptySection(key)),
  );
  const title = translatedChanges('title', previous?.title ?? {}, current.title);
  const oldFiles = new Set((previous?.attachments ?? []).map((a) => a.fileId));
  const newFiles = new Set(current.attachments.map((a) => a.fileId));
  const attachments = {
    added: current.attachments.filter((a) => !oldFiles.has(a.fileId)).map((a) => a.name),
    removed: (previous?.attachments ?? []).filter((a) => !newFiles.has(a.fileId)).map((a) => a.name),
  };
  return {
    changed:
      title.length > 0 ||
      sections.some((s) => s.changed) ||
      attachments.added.length + attachments.removed.length > 0,
    title,
    sections,
    attachments,
  };
}
