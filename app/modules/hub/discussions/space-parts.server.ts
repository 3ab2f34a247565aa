import { and, eq, gt, inArray } from 'drizzle-orm';
import {
  hubDiscussionModerators,
  hubDiscussionPosts,
  hubDiscussionQuestions,
} from '#db/schema/hub-discussions';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { discussionEntityType } from './discussion-policy';
import type { SpaceInput } from './discussion-schema';

/**
 * What a space holds beside its row — questions (numbered in the order given), moderators and tags —
 * written inside the caller's transaction. A question keeps its id (and its posts) when its number
 * stays; dropping a question that has posts is refused beside it.
 */
export async function writeSpaceParts(
  tx: DbOrTx,
  spaceId: string,
  input: SpaceInput,
  moderatorIds: readonly string[],
): Promise<void> {
  const existing = await tx
    .select()
    .from(hubDiscussionQuestions)
    .where(eq(hubDiscussionQuestions.spaceId, spaceId));
  const dropped = existing.filter((q) => q.number > input.questions.length);
  if (dropped.length) {
    const [withPosts] = await tx
      .select({ questionId: hubDiscussionPosts.questionId })
      .from(hubDiscussionPosts)
      .where(
        inArray(
          hubDiscussionPosts.questionId,
          dropped.map((q) => q.id),
        ),
      )
      .limit(1);
    if (withPosts) {
      const q = dropped.find((d) => d.id === withPosts.questionId)!;
      throw fieldRefusal(`questions[${q.number - 1}].ar`, 'discussionQuestionHasPosts', { status: 409 });
    }
    await tx
      .delete(hubDiscussionQuestions)
      .where(
        and(
          eq(hubDiscussionQuestions.spaceId, spaceId),
          gt(hubDiscussionQuestions.number, input.questions.length),
        ),
      );
  }
  for (const [i, text] of input.questions.entries()) {
    const number = i + 1;
    const found = existing.find((q) => q.number === number);
    if (found)
      await tx.update(hubDiscussionQuestions).set({ text }).where(eq(hubDiscussionQuestions.id, found.id));
    else await tx.insert(hubDiscussionQuestions).values({ spaceId, number, text });
  }
  await tx.delete(hubDiscussionModerators).where(eq(hubDiscussionModerators.spaceId, spaceId));
  if (moderatorIds.length) {
    await tx.insert(hubDiscussionModerators).values(moderatorIds.map((userId) => ({ spaceId, userId })));
  }
  await setTags({
    db: tx,
    entityType: discussionEntityType,
    entityId: spaceId,
    tags: { objectives: input.objectives, principles: input.principles, countries: input.countries },
  });
}
