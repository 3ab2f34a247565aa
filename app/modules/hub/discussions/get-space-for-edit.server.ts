import { inArray } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { checkManageSpaces, discussionEntityType } from './discussion-policy';
import { loadQuestions, loadSpace } from './discussion-records.server';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The space's form values by field path, for a Hub editor (the closing day is the last day of posting). */
export async function getSpaceForEdit(options: { db?: DbOrTx; subject: Subject; spaceId: string }) {
  const { db = getDb(), subject } = options;
  checkManageSpaces(subject);
  const space = await loadSpace(db, options.spaceId);
  const [questions, tags, moderators] = await readTogether(db, [
    () => loadQuestions(db, space.id),
    async () =>
      (await getTags({ db, entityType: discussionEntityType, entityIds: [space.id] })).get(space.id),
    async () =>
      space.moderatorIds.length
        ? db.select({ email: users.email }).from(users).where(inArray(users.id, space.moderatorIds))
        : [],
  ]);
  const initial: Record<string, string | string[] | number> = {
    'title.ar': space.title.ar ?? '',
    'title.en': space.title.en ?? '',
    'description.ar': space.description.ar ?? '',
    'description.en': space.description.en ?? '',
    originalLanguage: space.originalLanguage,
    languages: space.languages,
    audience: space.audience,
    audienceGroups: space.audienceGroups,
    opensOn: dayOf(space.opensAt),
    closesOn: dayOf(new Date(space.closesAt.getTime() - 1)),
    moderators: moderators.map((m) => m.email).join('\n'),
    objectives: (tags?.objectives ?? []).map(String),
    principles: tags?.principles ?? [],
    countries: tags?.countries ?? [],
    version: space.version,
  };
  for (const q of questions) {
    initial[`questions[${q.number - 1}].ar`] = q.text.ar ?? '';
    initial[`questions[${q.number - 1}].en`] = q.text.en ?? '';
  }
  return { id: space.id, title: space.title, initial };
}
