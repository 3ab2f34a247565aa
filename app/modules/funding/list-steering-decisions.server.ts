import { desc } from 'drizzle-orm';
import { steeringDecisions } from '#db/schema/funding';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/** The steering committee's decisions, latest meeting first (the secretariat and the committee read them). */
export async function listSteeringDecisions(options: { db?: DbOrTx } = {}) {
  const { db = getDb() } = options;
  return db
    .select()
    .from(steeringDecisions)
    .orderBy(desc(steeringDecisions.decidedOn), desc(steeringDecisions.createdAt))
    .limit(200);
}
