import { hubDiscussionSpaces } from '#db/schema/hub-discussions';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { syncDiscussions } from './discussion-content.server';
import { checkManageSpaces, discussionEntityType } from './discussion-policy';
import { checkAudienceGroups, usersByEmail } from './discussion-records.server';
import { spaceInputSchema, spaceWindow } from './discussion-schema';
import { writeSpaceParts } from './space-parts.server';

/** A Hub editor opens a discussion space: its row, questions, moderators and tags, audited together. */
export async function createSpace(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageSpaces(subject);
  const input = parseInput(spaceInputSchema, options.input);
  return db.transaction(async (tx) => {
    const moderatorIds = await usersByEmail(tx, input.moderators);
    await checkAudienceGroups(tx, input.audienceGroups);
    const [space] = await tx
      .insert(hubDiscussionSpaces)
      .values({
        title: input.title,
        description: input.description,
        originalLanguage: input.originalLanguage,
        languages: input.languages,
        audience: input.audience,
        audienceGroups: input.audienceGroups,
        ...spaceWindow(input),
        createdBy: subject.userId,
        isSample: options.isSample ?? false,
      })
      .returning();
    await writeSpaceParts(tx, space!.id, input, moderatorIds);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.discussion.create',
      entityType: discussionEntityType,
      entityId: space!.id,
      after: { ...space, questions: input.questions, moderatorIds, objectives: input.objectives },
      requestId: options.requestId,
    });
    await syncDiscussions(tx, [space!.id]);
    return space!;
  });
}
