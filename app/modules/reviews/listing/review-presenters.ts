import type { Translated } from '#db/schema/columns';
import type { Contribution } from '../contributions/list-contributions.server';
import type { CycleDetail } from '../cycles/get-cycle.server';
import type { CycleForwarding, RegionalInput } from '../forwarding/forwarding-records.server';
import type { CycleListItem } from './list-cycles.server';
import type { PublishedReviewItem } from './list-published-reviews.server';

/** Presenters: the public JSON shape of cycles and reviews, stable whatever the tables hold. */
const names = (t: Translated | null | undefined) => ({ ar: t?.ar ?? null, en: t?.en ?? null });
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/** The site page of a cycle or review, without language prefix (clients add /ar or /en). */
const pagePath = (path: string) => `/reviews${path}`;

export function presentCycleListItem(c: CycleListItem) {
  return {
    id: c.id,
    region: { id: c.regionId, name: names(c.regionName) },
    title: names(c.title),
    status: c.status,
    submissionDeadline: c.submissionDeadline,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    template: c.templateId ? { id: c.templateId, version: c.templateVersion } : null,
    counts: {
      states: c.stateCount,
      publishedNationalReviews: c.publishedNational,
      publishedParallelReviews: c.publishedParallel,
    },
    isSample: c.isSample,
    links: { page: pagePath(`/cycles/${c.id}`), self: `/api/v1/review-cycles/${c.id}` },
  };
}

/** A document of a cycle forwarded to the IMRF (one published version, to one forum). */
export function presentForwarding(cycleId: string, f: CycleForwarding) {
  return {
    document: f.document,
    version: f.documentVersion,
    forwardedOn: f.forwardedOn,
    forum: {
      meetingId: f.forum.meetingId,
      title: f.forum.meetingTitle ? names(f.forum.meetingTitle) : null,
      name: f.forum.meetingId ? null : f.forum.name,
    },
    note: f.note.ar || f.note.en ? names(f.note) : null,
    links: {
      document: pagePath(`/cycles/${cycleId}/${f.document}`),
      meeting: f.forum.meetingId ? `/api/v1/meetings/${f.forum.meetingId}` : null,
    },
  };
}

/** A regional input of an IMRF meeting: a document a regional review cycle forwarded to it. */
export function presentRegionalInput(r: RegionalInput) {
  return {
    cycle: {
      id: r.cycleId,
      title: names(r.cycleTitle),
      region: { id: r.regionId, name: names(r.regionName) },
    },
    document: r.document,
    version: r.documentVersion,
    forwardedOn: r.forwardedOn,
    links: {
      cycle: `/api/v1/review-cycles/${r.cycleId}`,
      page: pagePath(`/cycles/${r.cycleId}`),
      document: pagePath(`/cycles/${r.cycleId}/${r.document}`),
    },
  };
}

export function presentCycleDetail(
  d: CycleDetail,
  links: { synthesisDocx: string | null },
  forwardings: readonly CycleForwarding[] = [],
) {
  const { cycle } = d;
  return {
    id: cycle.id,
    region: { id: d.region.id, name: names(d.region.name) },
    title: names(cycle.title),
    description: names(cycle.description),
    partners: names(cycle.partners),
    status: cycle.status,
    submissionDeadline: cycle.submissionDeadline,
    openedAt: iso(cycle.openedAt),
    closedAt: iso(cycle.closedAt),
    template: d.template
      ? { id: d.template.id, familyId: d.template.familyId, version: d.template.versionNumber }
      : null,
    milestones: d.milestones.map((m) => ({
      kind: m.kind,
      title: names(m.title),
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      location: names(m.location),
      summary: m.summary.ar || m.summary.en ? names(m.summary) : null,
    })),
    states: d.states.map((s) => ({
      iso3: s.iso3,
      name: names(s.name),
      reviewPublished: s.publishedReviewId !== null,
      reviewId: s.publishedReviewId,
    })),
    counts: {
      states: d.counts.states,
      publishedNationalReviews: d.counts.published,
      publishedParallelReviews: d.parallelReviews.length,
      received: d.counts.received,
    },
    outcomePublished: d.outcomePublished,
    forwardedToImrf: forwardings.map((f) => presentForwarding(cycle.id, f)),
    isSample: cycle.isSample,
    links: {
      page: pagePath(`/cycles/${cycle.id}`),
      contributions: pagePath(`/cycles/${cycle.id}/contributions`),
      contributionsData: `/api/v1/review-cycles/${cycle.id}/contributions`,
      outcome: d.outcomePublished ? pagePath(`/cycles/${cycle.id}/outcome`) : null,
      synthesisDocx: links.synthesisDocx,
    },
  };
}

export function presentReview(r: PublishedReviewItem) {
  return {
    id: r.id,
    kind: r.kind,
    title: names(r.title),
    originalLanguage: r.originalLanguage,
    cycle: { id: r.cycle.id, title: names(r.cycle.title), region: r.cycle.regionId },
    country: r.country ? { iso3: r.country.iso3, name: names(r.country.name) } : null,
    organisation: r.organisation ? { id: r.organisation.id, name: names(r.organisation.name) } : null,
    objectives: r.objectives,
    sdgTargets: r.sdgTargets,
    publishedAt: iso(r.publishedAt),
    receivedBySecretariatOn: r.receivedOn,
    isSample: r.isSample,
    links: { page: pagePath(`/${r.id}`) },
  };
}

/**
 * One item of a cycle's contributions (a published review, the outcome, the synthesis, a
 * consultation summary, or a contribution the secretariat recorded), as the API shows it.
 */
export function presentContribution(c: Contribution) {
  return {
    type: c.type,
    actor: c.actor,
    actorName: c.actorName ? names(c.actorName) : null,
    country: c.country ? { iso3: c.country, name: names(c.countryName) } : null,
    objectives: c.objectives,
    title: names(c.title),
    text: c.text ? names(c.text) : null,
    date: c.date,
    kind: c.recorded?.kind ?? null,
    isSample: c.isSample,
    links: {
      page: c.path,
      files: (c.recorded?.files ?? []).map((f) => ({ name: f.name, href: `/files/${f.fileId}` })),
    },
  };
}
