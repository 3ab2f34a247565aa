import { z } from 'zod';
import { reportBundleEntityType, reportBundles } from '#db/schema/indicators';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { checkManageIndicators } from '~/modules/indicators/indicator-policy';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { date, refuse } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { enqueueJob } from '~/platform/jobs/enqueue-job.server';
import { getDb } from '~/platform/platform.server';

export const reportBundleJobKind = 'report-bundle.build';

const periodSchema = z.object({ periodStart: date(), periodEnd: date() }).superRefine((v, ctx) => {
  if (v.periodEnd < v.periodStart) refuse(ctx, ['periodEnd'], 'periodEndBeforeStart');
});

/**
 * The Network secretariat asks for the bundle of the Secretary-General's biennial report for a
 * period: a row (queued) and its build job, committed together; the page shows its progress.
 */
export async function requestReportBundle(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageIndicators(subject);
  const input = parseInput(periodSchema, options.input);
  return db.transaction(async (tx) => {
    const [bundle] = await tx
      .insert(reportBundles)
      .values({ ...input, requestedBy: subject.userId })
      .returning();
    await enqueueJob({
      db: tx,
      kind: reportBundleJobKind,
      payload: { bundleId: bundle!.id },
      dedupeKey: `report-bundle:${bundle!.id}`,
      maxAttempts: 3,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'report_bundle.request',
      entityType: reportBundleEntityType,
      entityId: bundle!.id,
      after: bundle,
      requestId: options.requestId,
    });
    return bundle!;
  });
}
