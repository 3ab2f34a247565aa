import { eq } from 'drizzle-orm';
import { hubDiscussionSpaces } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncDiscussions } from './discussion-content.server';
import { checkManageSpaces, discussionEntityType } from './discussion-policy';
import { checkAudienceGroups, loadSpace, usersByEmail } from './discussion-records.server';
import { spaceInputSchema, spaceWindow } from './discussion-schema';
import { writeSpaceParts } from './space-parts.server';

/** A Hub editor changes a space (versioned: a stale save answers 409 with the current row). */
export async function editSpace(options: {
  db?: DbOrTx;
  subject: Subject;
  spaceId: string;
  input: unknown;
  expectedVersion: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageSpaces(subject);
  const input = parseInput(spaceInputSchema, options.input);
  return db.transaction(async (tx) => {
    const current = await loadSpace(tx, options.spaceId);
    const moderatorIds = await usersByEmail(tx, input.moderators);
    await checkAudienceGroups(tx, input.audienceGroups);
    const { before, after } = await updateVersioned({
      db: tx,
      table: hubDiscussionSpaces,
      where: eq(hubDiscussionSpaces.id, current.id),
      expectedVersion: options.expectedVersion,
      set: {
        title: input.title,
        description: input.description,
        originalLanguage: input.originalLanguage,
        languages: input.languages,
        audience: input.audience,
        audienceGroups: input.audienceGroups,
        ...spaceWindow(input),
      },
    });
    await writeSpaceParts(tx, current.id, input, moderatorIds);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.discussion.edit',
      entityType: discussionEntityType,
      entityId: current.id,
      before: { ...before, moderatorIds: current.moderatorIds },
      after: { ...after, questions: input.questions, moderatorIds, objectives: input.objectives },
      requestId: options.requestId,
    });
    await syncDiscussions(tx, [current.id]);
    return after;
  });
}
