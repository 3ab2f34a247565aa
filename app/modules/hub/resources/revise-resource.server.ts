import { eq } from 'drizzle-orm';
import { hubResources } from '#db/schema/hub';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { checkEditResource, hubResourceEntityType } from '../hub-policy';
import { syncResources } from './resource-content.server';
import { checkVersion, loadResource } from './resource-records.server';
import { resourceInputSchema } from './resource-schema';
import { resourceTags } from './submit-resource.server';

/**
 * The submitter (or an editor) changes a resource before review or after a request to revise. A revised
 * resource goes back to "submitted" for a new review round with a new panel.
 */
export async function reviseResource(options: {
  db?: DbOrTx;
  subject: Subject;
  resourceId: string;
  input: unknown;
  expectedVersion: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const input = parseInput(resourceInputSchema, options.input);
  return db.transaction(async (tx) => {
    const resource = await loadResource(tx, options.resourceId, { lock: true });
    checkEditResource(subject, resource);
    checkVersion(resource, options.expectedVersion);
    if (!resource.fileId && !input.url) throw new AppError('hubFileOrLinkRequired', 400, { field: 'url' });
    const newRound = resource.status === 'revision_requested';
    const [after] = await tx
      .update(hubResources)
      .set({
        title: input.title,
        abstract: input.abstract,
        originalLanguage: input.originalLanguage,
        documentLanguages: input.documentLanguages,
        type: input.type,
        publisher: input.publisher,
        authors: input.authors,
        publicationDate: input.publicationDate ?? null,
        audiences: input.audiences,
        isGlobal: input.isGlobal,
        licence: input.licence,
        url: input.url ?? null,
        ...(newRound ? { status: 'submitted' as const, round: resource.round + 1 } : {}),
        version: resource.version + 1,
        updatedAt: now,
      })
      .where(eq(hubResources.id, resource.id))
      .returning();
    await setTags({
      db: tx,
      entityType: hubResourceEntityType,
      entityId: resource.id,
      tags: resourceTags(input),
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.resource.revise',
      entityType: hubResourceEntityType,
      entityId: resource.id,
      before: { ...resource, extractedText: undefined },
      after: { ...after, extractedText: undefined },
      requestId: options.requestId,
    });
    await syncResources(tx, [resource.id]);
    return after!;
  });
}
