import { eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { type EditorDecision, hubResources, type ResourceStatus } from '#db/schema/hub';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import { getDb } from '~/platform/platform.server';
import { checkCurateHub, hubResourceEntityType } from '../hub-policy';
import { syncResources } from '../resources/resource-content.server';
import { checkVersion, loadActiveAssignments, loadResource } from '../resources/resource-records.server';
import { panelOutcome } from './panel-rules';
import { decisionSchema } from './review-schema';
import { panelReviews } from './review-state';

const statusOf: Record<EditorDecision, ResourceStatus> = {
  publish: 'published',
  revise: 'revision_requested',
  reject: 'rejected',
};

/**
 * The editor decides once every review is in and the panel agrees or its tie-break reviewers have
 * answered (hubPanelNotReady 409 with the panel's state otherwise). The submitter is mailed; the
 * decision and the reviewers' comments (without names) show on their resource page.
 */
export async function decideResource(options: {
  db?: DbOrTx;
  subject: Subject;
  resourceId: string;
  input: unknown;
  expectedVersion?: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  checkCurateHub(subject);
  const input = parseInput(decisionSchema, options.input);
  return db.transaction(async (tx) => {
    const resource = await loadResource(tx, options.resourceId, { lock: true });
    checkVersion(resource, options.expectedVersion);
    if (resource.status !== 'in_review') throw new AppError('hubReviewClosed', 409);
    const outcome = panelOutcome(panelReviews(await loadActiveAssignments(tx, resource)));
    if (outcome.state !== 'ready') throw new AppError('hubPanelNotReady', 409, { state: outcome.state });
    const status = statusOf[input.decision];
    const [after] = await tx
      .update(hubResources)
      .set({
        status,
        decisionComment: input.comment ?? null,
        decidedBy: subject.userId,
        decidedAt: now,
        publishedAt: status === 'published' ? (resource.publishedAt ?? now) : resource.publishedAt,
        version: resource.version + 1,
        updatedAt: now,
      })
      .where(eq(hubResources.id, resource.id))
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `hub.resource.${input.decision}`,
      entityType: hubResourceEntityType,
      entityId: resource.id,
      before: { status: resource.status },
      after: { status, comment: input.comment ?? null },
      requestId: options.requestId,
    });
    if (resource.submittedBy) {
      const [user] = await tx
        .select({ email: users.email, locale: users.locale })
        .from(users)
        .where(eq(users.id, resource.submittedBy));
      if (user) {
        const { t } = serverI18n(user.locale);
        await enqueueMail({
          db: tx,
          to: user.email,
          subject: t('hub.mail.decided.subject'),
          text: t('hub.mail.decided.body', {
            title: resource.title[user.locale] ?? resource.title[resource.originalLanguage] ?? '',
            status: t(`hub.status.${status}`),
            path: `/${user.locale}/hub/resources/${resource.id}`,
          }),
        });
      }
    }
    await syncResources(tx, [resource.id]);
    return after!;
  });
}
