import { eq } from 'drizzle-orm';
import { files } from '#db/schema/files';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import {
  canCurateHub,
  canEditResource,
  canReadResource,
  canSeeDecision,
  hubResourceEntityType,
  isAssignedReviewer,
} from '../hub-policy';
import { loadActiveAssignments, loadResource } from './resource-records.server';

/**
 * A resource as its page shows it to this viewer (404 to anyone who may not read it): tags, file, what
 * they may do, and — for the submitter and editors once decided — the reviewers' recommendations and
 * comments without their names.
 */
export async function getResource(options: { db?: DbOrTx; subject: Subject; resourceId: string }) {
  const { db = getDb(), subject } = options;
  const resource = await loadResource(db, options.resourceId);
  const assignments = await loadActiveAssignments(db, resource);
  if (!canReadResource(subject, resource, assignments)) throw notFound();
  const [tags, file] = await readTogether(db, [
    () => getTags({ db, entityType: hubResourceEntityType, entityIds: [resource.id] }),
    () =>
      resource.fileId
        ? db
            .select({
              id: files.id,
              originalName: files.originalName,
              contentType: files.contentType,
              sizeBytes: files.sizeBytes,
            })
            .from(files)
            .where(eq(files.id, resource.fileId))
            .then((rows) => rows[0] ?? null)
        : null,
  ]);
  const showDecision = canSeeDecision(subject, resource);
  const myAssignment = assignments.find((a) => isAssignedReviewer(subject, a));
  const { extractedText: _text, ...fields } = resource;
  return {
    resource: fields,
    tags: tags.get(resource.id) ?? { objectives: [], principles: [], countries: [], regions: [] },
    file,
    can: { edit: canEditResource(subject, resource), curate: canCurateHub(subject) },
    myAssignmentId: myAssignment?.id ?? null,
    decision: showDecision
      ? {
          comment: resource.decisionComment,
          decidedAt: resource.decidedAt,
          reviews: assignments
            .filter((a) => a.submittedAt)
            .map((a, i) => ({
              label: i + 1,
              recommendation: a.recommendation,
              comments: a.comments,
              scores: a.scores,
            })),
        }
      : null,
  };
}
