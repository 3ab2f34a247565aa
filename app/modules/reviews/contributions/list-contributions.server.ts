import { and, asc, eq } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import type { Translated } from '#db/schema/columns';
import { countries } from '#db/schema/reference';
import { reviewOutcomes } from '#db/schema/review-outcomes';
import { reviews } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
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
}

/**
 * Every published item of a cycle — national reviews, parallel reviews, the outcome document, the
 * synthesis report, consultation summaries of its milestones — with the filters applied, and the
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
  const [published, milestones, [outcome], syntheses] = await Promise.all([
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
    cycleMilestonesOf(db, cycle.id),
    db
      .select({
        title: reviewOutcomes.title,
        publishedVersion: reviewOutcomes.publishedVersion,
        publishedAt: reviewOutcomes.publishedAt,
        isSample: reviewOutcomes.isSample,
      })
      .from(reviewOutcomes)
      .where(eq(reviewOutcomes.cycleId, cycle.id)),
    publishedSyntheses(db, [cycle.id]),
  ]);
  const objectives = await reviewObjectives(
    db,
    published.map((r) => r.id),
  );
  const objectivesOf = (id: string) => objectives.get(id) ?? [];
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
    });
  }
  const synthesis = syntheses.get(cycle.id);
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
    objectives: [...new Set([...objectives.values()].flat())].sort((a, b) => a - b),
  };
}
