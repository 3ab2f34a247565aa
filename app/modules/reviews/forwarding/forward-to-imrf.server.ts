import { and, eq, isNull, sql } from 'drizzle-orm';
import { meetings } from '#db/schema/meetings';
import { forwardingEntityType } from '#db/schema/review-forwarding-values';
import { reviewForwardings } from '#db/schema/review-forwardings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkForwardToImrf } from '../cycles/cycle-policy';
import { loadCycle } from '../cycles/cycle-records.server';
import { publishedDocumentVersions } from './forwarding-records.server';
import { parseForwardingInput } from './forwarding-schema';

/**
 * Records that the cycle's secretariat forwarded its published synthesis report and/or outcome
 * document (their current published versions) to the IMRF: an IMRF meeting of the platform, or a
 * forum named in free text when the platform has none. Refused beside its field: a document not
 * published, a meeting that is not a public IMRF meeting, a version already forwarded there.
 */
export async function forwardToImrf(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, options.cycleId, { forUpdate: true });
    checkForwardToImrf(subject, cycle);
    const input = parseForwardingInput(options.input);
    const published = await publishedDocumentVersions(tx, cycle.id);
    const unpublished = input.documents.find((d) => !published[d]);
    if (unpublished) {
      throw fieldRefusal('documents', 'forwardingNotPublished', {
        status: 409,
        params: { document: unpublished },
      });
    }
    let forumName = '';
    if (input.meetingId) {
      const [meeting] = await tx
        .select({ kind: meetings.kind, status: meetings.status })
        .from(meetings)
        .where(eq(meetings.id, input.meetingId));
      if (!meeting || meeting.status === 'draft') {
        throw fieldRefusal('meetingId', 'forwardingMeetingUnknown', { status: 422 });
      }
      if (meeting.kind !== 'imrf')
        throw fieldRefusal('meetingId', 'forwardingMeetingNotImrf', { status: 422 });
    } else {
      forumName = input.forumName ?? '';
    }
    const standing = await tx
      .select({ document: reviewForwardings.document, documentVersion: reviewForwardings.documentVersion })
      .from(reviewForwardings)
      .where(
        and(
          eq(reviewForwardings.cycleId, cycle.id),
          isNull(reviewForwardings.withdrawnAt),
          input.meetingId
            ? eq(reviewForwardings.meetingId, input.meetingId)
            : and(
                isNull(reviewForwardings.meetingId),
                sql`lower(${reviewForwardings.forumName}) = lower(${forumName})`,
              ),
        ),
      );
    for (const document of input.documents) {
      const version = published[document]!;
      if (standing.some((s) => s.document === document && s.documentVersion === version)) {
        throw fieldRefusal('documents', 'forwardingDuplicate', {
          status: 409,
          params: { document, version },
        });
      }
    }
    const rows = await tx
      .insert(reviewForwardings)
      .values(
        input.documents.map((document) => ({
          cycleId: cycle.id,
          document,
          documentVersion: published[document]!,
          meetingId: input.meetingId ?? null,
          forumName,
          forwardedOn: input.forwardedOn,
          note: input.note,
          forwardedBy: subject.userId,
        })),
      )
      .returning();
    for (const row of rows) {
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'review_forwarding.create',
        entityType: forwardingEntityType,
        entityId: row.id,
        after: {
          cycleId: row.cycleId,
          document: row.document,
          documentVersion: row.documentVersion,
          meetingId: row.meetingId,
          forumName: row.forumName,
          forwardedOn: row.forwardedOn,
        },
        requestId: options.requestId,
      });
    }
    return rows;
  });
}
