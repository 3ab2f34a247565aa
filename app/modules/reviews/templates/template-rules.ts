import type { Translated } from '#db/schema/columns';
import type { SectionKind } from '#db/schema/review-values';
import type { InputIssue } from '../cycles/input-fields';
import { objectiveSectionKey } from '../standard-template';

export interface SectionShape {
  key: string;
  kind: SectionKind;
  objective: number | null;
  title: Translated;
}

/**
 * Why a template version cannot be published (empty when it can): it needs at least one
 * objective section, each objective at most once, and a title on every section.
 */
export function templatePublishIssues(sections: readonly SectionShape[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const objectives = sections.filter((s) => s.kind === 'objective' && s.objective !== null);
  if (!objectives.length) issues.push({ field: 'sections', code: 'templateWithoutObjectives' });
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const s of objectives) {
    if (seen.has(s.objective!)) repeated.add(s.objective!);
    seen.add(s.objective!);
  }
  for (const objective of [...repeated].sort((a, b) => a - b)) {
    issues.push({ field: 'sections', code: 'templateObjectiveRepeated', params: { objective } });
  }
  sections.forEach((s, i) => {
    if (!s.title.ar?.trim() && !s.title.en?.trim()) {
      issues.push({ field: 'sections', code: 'templateSectionTitleRequired', params: { position: i + 1 } });
    }
  });
  return issues;
}

/** Does the template answer at least one objective? (A cycle may pin only such a template.) */
export const hasObjectiveSections = (sections: readonly Pick<SectionShape, 'kind'>[]) =>
  sections.some((s) => s.kind === 'objective');

/**
 * The stable key of a new section: objective-N for objective sections (so answers and syntheses
 * line up across versions), else the kind, numbered when the kind is already used.
 */
export function sectionKeyFor(
  section: { kind: SectionKind; objective: number | null },
  takenKeys: ReadonlySet<string>,
): string {
  if (section.kind === 'objective') return objectiveSectionKey(section.objective!);
  if (!takenKeys.has(section.kind)) return section.kind;
  let n = 2;
  while (takenKeys.has(`${section.kind}-${n}`)) n++;
  return `${section.kind}-${n}`;
}
