import type { ScheduleDefinition } from '~/platform/jobs/schedules.server';

/**
 * The discussion digest job: its kind and schedule (pure); the app's job registry
 * (app/jobs.server.ts) pairs them with sendDiscussionDigests. Daily at 06:00 UTC; weekly followers
 * are told on the run a week after their last digest.
 */
export const discussionDigestKind = 'hub.discussion-digests';

export function discussionDigestSchedule(now = new Date()): ScheduleDefinition {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6));
  if (first <= now) first.setUTCDate(first.getUTCDate() + 1);
  return {
    name: 'hub.discussion-digests.daily',
    kind: discussionDigestKind,
    every: '1 day',
    firstRunAt: first,
  };
}
