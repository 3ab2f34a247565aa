import { and, eq } from 'drizzle-orm';
import { progressReportEntityType, progressReports } from '#db/schema/funding-results';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { updateVersioned } from '~/platform/versioning.server';
import { checkEditProgrammeResults } from './results-policy';
import { findProgrammeForResults } from './results-records.server';
import { parseProgressReportInput } from './results-schema';

/**
 * A programme's progress report for one reporting period: written by the programme's people, one per
 * period (reportPeriodTaken 409), within the programme's dates; each edit names the version it read
 * and the audit log keeps every version's text.
 */
export async function saveProgressReport(options: {
  db?: DbOrTx;
  subject: Subject;
  programmeId: string;
  reportId?: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const programme = await findProgrammeForResults(tx, options.programmeId, { lock: true });
    checkEditProgrammeResults(subject, programme);
    const { fields, expectedVersion } = parseProgressReportInput(options.input);
    if (fields.periodStart < programme.startDate || fields.periodEnd > programme.endDate)
      throw fieldRefusal('periodStart', 'periodOutsideProgramme', {
        params: { start: programme.startDate, end: programme.endDate },
      });
    const [taken] = await tx
      .select({ id: progressReports.id })
      .from(progressReports)
      .where(
        and(
          eq(progressReports.programmeId, programme.id),
          eq(progressReports.periodStart, fields.periodStart),
          eq(progressReports.periodEnd, fields.periodEnd),
        ),
      );
    if (taken && taken.id !== options.reportId)
      throw fieldRefusal('periodStart', 'reportPeriodTaken', { status: 409 });
    let before: typeof progressReports.$inferSelect | null = null;
    let after: typeof progressReports.$inferSelect;
    if (options.reportId) {
      if (!isUuid(options.reportId)) throw notFound();
      if (expectedVersion === undefined) throw staleVersion();
      ({ before, after } = await updateVersioned({
        db: tx,
        table: progressReports,
        where: and(eq(progressReports.id, options.reportId), eq(progressReports.programmeId, programme.id))!,
        expectedVersion,
        set: { ...fields, updatedBy: subject.userId },
      }));
    } else {
      [after] = (await tx
        .insert(progressReports)
        .values({
          ...fields,
          programmeId: programme.id,
          createdBy: subject.userId,
          updatedBy: subject.userId,
        })
        .returning()) as [typeof progressReports.$inferSelect];
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: before ? 'progress_report.update' : 'progress_report.create',
      entityType: progressReportEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}
