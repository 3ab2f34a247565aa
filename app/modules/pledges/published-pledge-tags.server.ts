import { sql } from 'drizzle-orm';
import type { TagConditions } from '~/modules/tagging/count-by-objective.server';
import { pledgeEntityType } from './pledge-records.server';

/**
 * For countByObjective: a tagged pledge counts only once published (drafts, pledges under review
 * and closed ones do not), as on the dashboard. Uses the pledges' primary key; an id that is not
 * a UUID is no pledge.
 */
const uuidPattern = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

export const publishedPledgeTags: TagConditions = {
  [pledgeEntityType]: (entityId) =>
    sql`(case when ${entityId} ~* ${uuidPattern}
      then exists (select 1 from pledges p where p.id = (${entityId})::uuid and p.status = 'published')
      else false end)`,
};
