import { type SQL, sql } from 'drizzle-orm';
import type { DigestFrequency } from '#db/schema/hub-discussion-values';

/**
 * When a follower's digest is due and what it tells, as conditions on a hub_discussion_follows row
 * (the job's one query applies them). The job runs once a day; a digest is due a period after the
 * last one (or after following), less an hour so a run that starts a little early or late does not
 * skip a day or a week. It tells the posts newer than both the last time the follower opened the
 * space and the last digest, up to the run's own time.
 */
const HOUR_MS = 60 * 60 * 1000;
const periodMs: Record<DigestFrequency, number> = { daily: 24 * HOUR_MS, weekly: 7 * 24 * HOUR_MS };
const digestSlackMs = HOUR_MS;

const waitOf = (frequency: DigestFrequency) => `${(periodMs[frequency] - digestSlackMs) / 1000} seconds`;

/** The follow `f` (a table alias) is due at `now`. */
export const digestDueSql = (f: SQL, now: Date) =>
  sql`${now.toISOString()}::timestamptz - coalesce(${f}.last_sent_at, ${f}.created_at) >=
    (case ${f}.frequency when 'weekly' then ${waitOf('weekly')} else ${waitOf('daily')} end)::interval`;

/** Posts strictly after this instant (and not after the run) are new for the follow `f`. */
export const digestSinceSql = (f: SQL) =>
  sql`greatest(${f}.last_looked_at, coalesce(${f}.last_sent_at, '-infinity'::timestamptz))`;
