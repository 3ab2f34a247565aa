import type { ScheduleDefinition } from '~/platform/jobs/schedules.server';

/**
 * The job that closes calls for practices at their deadline: its kind and schedule (pure); the app's
 * job registry (app/jobs.server.ts) pairs them with closeDueCalls. Every 10 minutes, so a call's row
 * says closed within 10 minutes of its deadline; readers treat the deadline itself as the close.
 */
export const closeCallsKind = 'hub.practice-calls.close';

export const closeCallsSchedule: ScheduleDefinition = {
  name: 'hub.practice-calls.close',
  kind: closeCallsKind,
  every: '10 minutes',
};
