/**
 * The value lists of national implementation plan columns, free of Drizzle so pages can import them
 * without pulling the ORM into the browser bundle. db/schema/plans.ts re-exports them.
 */
export const planStatuses = ['draft', 'published'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Where an action of the plan stands; a progress update may move it. */
export const actionStatuses = ['planned', 'in_progress', 'completed', 'delayed', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const isActionStatus = (value: unknown): value is ActionStatus =>
  typeof value === 'string' && (actionStatuses as readonly string[]).includes(value);

/** Content type key of plan actions in the shared tagging tables (objectives, principles). */
export const planActionEntityType = 'plan_action';
/** Content type key of plans in the audit trail. */
export const planEntityType = 'implementation_plan';
