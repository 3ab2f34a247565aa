import { and, eq } from 'drizzle-orm';
import { organisationMembers } from '#db/schema/accounts';
import { hubResources } from '#db/schema/hub';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { storeUpload } from '~/modules/files/store-upload.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { hit, minutes, type RateLimitWindow, retryMinutes } from '~/platform/rate-limit.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';
import { canSubmitResource, hubResourceEntityType } from '../hub-policy';
import { syncResources } from './resource-content.server';
import { extractResourceFile } from './resource-file.server';
import { type ResourceInput, resourceInputSchema } from './resource-schema';

/** A person may submit this many resources an hour. */
export const resourceSubmissionLimit: RateLimitWindow = { limit: 20, windowMs: minutes(60) };

/** The submitter speaks for an organisation only if they belong to it (its members may not review it). */
export async function checkMembership(db: DbOrTx, userId: string, organisationId: string | null | undefined) {
  if (!organisationId) return;
  const [row] = await db
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(
      and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)),
    )
    .limit(1);
  if (!row) throw forbidden();
}

export const resourceTags = (input: ResourceInput) => ({
  objectives: input.objectives,
  principles: input.principles,
  countries: input.countries,
  regions: input.regions,
});

/**
 * Anyone signed in submits a resource with a file (PDF, DOCX or text) or a link. The file's text is
 * extracted first (bounded worker, outside the transaction); then the resource, its tags, the file and
 * the audit entry commit together, and the resource waits for a Hub editor to assign a panel.
 */
export async function submitResource(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  organisationId?: string | null;
  upload?: UploadedFile | null;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, upload = null, now = new Date() } = options;
  try {
    if (!subject.userId || !canSubmitResource(subject)) throw forbidden();
    const input = parseInput(resourceInputSchema, options.input);
    if (!upload && !input.url) throw new AppError('hubFileOrLinkRequired', 400, { field: 'file' });
    const limited = await hit(`hub-resource:user:${subject.userId}`, { ...resourceSubmissionLimit, now });
    if (!limited.allowed) {
      throw new AppError('hubTooManyRequests', 429, { minutes: retryMinutes(limited.retryAfterSeconds) });
    }
    await checkMembership(db, subject.userId, options.organisationId);
    const file = await extractResourceFile(upload);
    const userId = subject.userId;
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(hubResources)
        .values({
          submittedBy: userId,
          submitterOrganisationId: options.organisationId ?? null,
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
          ...file,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const resource = row!;
      await setTags({
        db: tx,
        entityType: hubResourceEntityType,
        entityId: resource.id,
        tags: resourceTags(input),
      });
      let fileId: string | null = null;
      if (upload) {
        const stored = await storeUpload({
          db: tx,
          upload,
          uploadedBy: userId,
          attachTo: { entityType: hubResourceEntityType, entityId: resource.id },
          requestId: options.requestId,
        });
        fileId = stored.id;
        await tx.update(hubResources).set({ fileId }).where(eq(hubResources.id, resource.id));
      }
      await recordAudit(tx, {
        actorId: userId,
        action: 'hub.resource.submit',
        entityType: hubResourceEntityType,
        entityId: resource.id,
        after: { ...resource, extractedText: undefined, fileId },
        requestId: options.requestId,
      });
      await syncResources(tx, [resource.id]);
      return { ...resource, fileId };
    });
  } finally {
    // Stored uploads are already gone; a refused one must not stay in the spool.
    await upload?.discard();
  }
}
