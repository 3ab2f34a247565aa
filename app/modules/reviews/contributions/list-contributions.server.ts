import { and, asc, eq } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import type { Translated } from '#db/schema/columns';
import { countries } from '#db/schema/reference';
import { type ContributionKind, reviewContributions } from '#db/schema/review-contributions';
import { reviewOutcomes } from '#db/schema/review-outcomes';
import { reviews } from '#db/schema/reviews';
import { listAttachments } from '~/modules/files/list-attachments.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canSeeCycle } from '../cycles/cycle-policy';
import { cycleMilestonesOf, loadCycle } from '../cycles/cycle-records.server';
import { reviewObjectives } from '../review-objectives.server';
import {
  type ContributionActor,
  type ContributionFilters,
  type ContributionType,
  matchesContribution,
} from './contribution-filters';
import { canReadContribution, canRecordContribution } from './contribution-policy';
import { contributionEntityType } from './contribution-records.server';
import { publishedSyntheses } from './published-synthesis.server';

export interface Contribution {
  /** Unique within the page (an anchor). */
  key: string;
  type: ContributionType;
  actor: ContributionActor;
  /** Who: the state's or organisation's name; null for the secretariat (the page names the cycle's partners). */
  actorName: Translated | null;
  country: string | null;
  countryName: Translated | null;
  objectives: number[];
  title: Translated;
  /** Site path without language prefix; null when the item is shown in full on the page (summaries). */
  path: string | null;
  /** Consultation summaries are shown in full. */
  text: Translated | null;
  date: string | null;
  isSample: boolean;
  /** A recorded contribution: its kind, files, and what removing it needs. */
  recorded: {
    id: string;
    version: number;
    kind: ContributionKind;
    files: { fileId: string; name: string }[];
  } | null;
}

/**
 * Every published item of a cycle — national reviews, parallel reviews, the outcome document, the
 * synthesis report, consultation summaries of its milestones, contributions the secretariat
 * recorded (once readable: contribution-policy.ts) — with the filters applied, and the
 * countries and objectives present (for the filter lists). Draft cycles are not found except by
 * their secretariat.
 */
export async function listContributions(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  filters: ContributionFilters;
}) {
  const { db = getDb(), subject } = options;
  const cycle = await loadCycle(db, options.cycleId);
  if (!canSeeCycle(subject, cycle)) throw notFound();
  const [published, milestones, [outcome], syntheses] = await readTogether(db, [
    () =>
      db
        .select({
          id: reviews.id,
          kind: reviews.kind,
          title: reviews.title,
          countryIso3: reviews.countryIso3,
          countryName: countries.name,
          organisationName: organisations.name,
          publishedAt: reviews.publishedAt,
          isSample: reviews.isSample,
        })
        .from(reviews)
        .leftJoin(countries, eq(countries.iso3, reviews.countryIso3))
        .leftJoin(organisations, eq(organisations.id, reviews.organisationId))
        .where(and(eq(reviews.cycleId, cycle.id), eq(reviews.status, 'published')))
        .orderBy(asc(reviews.kind), asc(reviews.countryIso3), asc(reviews.publishedAt)),
    () => cycleMilestonesOf(db, cycle.id),
    () =>
      db
        .select({
          title: reviewOutcomes.title,
          publishedVersion: reviewOutcomes.publishedVersion,
          publishedAt: reviewOutcomes.publishedAt,
          isSample: reviewOutcomes.isSample,
        })
        .from(reviewOutcomes)
        .where(eq(reviewOutcomes.cycleId, cycle.id)),
    () => publishedSyntheses(db, [cycle.id]),
  ]);
  const objectives = await reviewObjectives(
    db,
    published.map((r) => r.id),
  );
  const objectivesOf = (id: string) => objectives.get(id) ?? [];
  const synthesis = syntheses.get(cycle.id);
  const recordedReadable = canReadContribution(subject, {
    regionId: cycle.regionId,
    synthesisPublished: Boolean(synthesis),
  });
  const recorded = recordedReadable
    ? await db
        .select()
        .from(reviewContributions)
        .where(eq(reviewContributions.cycleId, cycle.id))
        .orderBy(asc(reviewContributions.receivedOn), asc(reviewContributions.createdAt))
    : [];
  const recordedFiles = await listAttachments({
    db,
    entityType: contributionEntityType,
    entityIds: recorded.map((r) => r.id),
  });
  const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);

  const all: Contribution[] = [
    ...published.map(
      (r): Contribution => ({
        key: `review-${r.id}`,
        type: r.kind === 'national' ? 'national_review' : 'parallel_review',
        actor: r.kind === 'national' ? 'state' : 'organisation',
        actorName: r.kind === 'national' ? (r.countryName ?? null) : (r.organisationName ?? null),
        country: r.countryIso3,
        countryName: r.countryName ?? null,
        objectives: objectivesOf(r.id),
        title: r.title,
        path: `/reviews/${r.id}`,
        text: null,
        date: day(r.publishedAt),
        isSample: r.isSample,
        recorded: null,
      }),
    ),
    ...recorded.map(
      (r): Contribution => ({
        key: `contribution-${r.id}`,
        type: 'contribution',
        actor: 'contributor',
        actorName: r.contributor,
        country: null,
        countryName: null,
        objectives: r.objectives,
        title: r.contributor,
        path: null,
        text: r.text.ar || r.text.en ? r.text : null,
        date: r.receivedOn,
        isSample: r.isSample,
        recorded: {
          id: r.id,
          version: r.version,
          kind: r.kind,
          files: (recordedFiles.get(r.id) ?? []).map((f) => ({ fileId: f.fileId, name: f.originalName })),
        },
      }),
    ),
  ];
  if (outcome?.publishedVersion) {
    all.push({
      key: 'outcome',
      type: 'outcome',
      actor: 'secretariat',
      actorName: null,
      country: null,
      countryName: null,
      objectives: [],
      title: outcome.title,
      path: `/reviews/cycles/${cycle.id}/outcome`,
      text: null,
      date: day(outcome.publishedAt),
      isSample: outcome.isSample,
      recorded: null,
    });
  }
  if (synthesis) {
    all.push({
      key: 'synthesis',
      type: 'synthesis',
      actor: 'secretariat',
      actorName: null,
      country: null,
      countryName: null,
      objectives: [],
      title: {},
      path: `/reviews/cycles/${cycle.id}/synthesis`,
      text: null,
      date: day(synthesis.publishedAt),
      isSample: cycle.isSample,
      recorded: null,
    });
  }
  for (const m of milestones) {
    if (!m.summary.ar && !m.summary.en) continue;
    all.push({
      key: `milestone-${m.position}`,
      type: 'consultation_summary',
      actor: 'secretariat',
      actorName: null,
      country: null,
      countryName: null,
      objectives: [],
      title: m.title,
      path: null,
      text: m.summary,
      date: m.startsOn,
      isSample: cycle.isSample,
      recorded: null,
    });
  }
  const countryChoices = new Map<string, Translated>();
  for (const item of all) if (item.country) countryChoices.set(item.country, item.countryName ?? {});
  return {
    cycle,
    items: all.filter((item) => matchesContribution(item, options.filters)),
    total: all.length,
    countries: [...countryChoices]
      .map(([iso3, name]) => ({ iso3, name }))
      .sort((a, b) => a.iso3.localeCompare(b.iso3)),
    objectives: [...new Set(all.flatMap((item) => item.objectives))].sort((a, b) => a - b),
    canRecord: canRecordContribution(subject, cycle),
  };
}
