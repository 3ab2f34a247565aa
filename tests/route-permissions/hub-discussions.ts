import { hubDiscussionModerators } from '#db/schema/hub-discussions';
import { createSpace } from '~/modules/hub/discussions/create-space.server';
import { type Area, everyone } from './types';

const editors = ['admin', 'network_secretariat'] as const;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Discussion spaces: the list, a public space and the unfollow page are public; creating and editing
 * a space are the Hub editors' (hub.curate); the report queue is for those who moderate a space (the
 * editors, and here the expert named moderator of the test space). The API lists public spaces.
 */
export const area: Area = {
  rows: [
    { route: ':lang/hub/discussions', url: () => '/ar/hub/discussions', allow: everyone },
    { route: ':lang/hub/discussions/new', url: () => '/ar/hub/discussions/new', allow: editors },
    {
      route: ':lang/hub/discussions/reports',
      url: () => '/en/hub/discussions/reports',
      allow: [...editors, 'expert'],
    },
    {
      route: ':lang/hub/discussions/unfollow',
      url: () => '/ar/hub/discussions/unfollow?token=abcdefghijklmnop',
      allow: everyone,
    },
    {
      route: ':lang/hub/discussions/:id',
      url: (ids) => `/ar/hub/discussions/${ids.discussionSpaceId}`,
      allow: everyone,
    },
    {
      route: ':lang/hub/discussions/:id/edit',
      url: (ids) => `/en/hub/discussions/${ids.discussionSpaceId}/edit`,
      allow: editors,
    },
    {
      route: 'api/v1/discussions',
      url: () => '/api/v1/discussions?objective=6&language=ar',
      allow: everyone,
    },
  ],
  async setup({ db, userIds }) {
    const admin = {
      userId: userIds.admin,
      grants: [{ role: 'admin' as const, scopeType: 'global' as const, scopeId: '' }],
    };
    const space = await createSpace({
      db,
      subject: admin,
      input: {
        title: { ar: 'مساحة نقاش للاختبار' },
        originalLanguage: 'ar',
        languages: ['ar'],
        audience: 'public',
        opensOn: day(-1),
        closesOn: day(30),
        questions: [{ ar: 'سؤال؟' }],
        objectives: ['6'],
      },
    });
    await db.insert(hubDiscussionModerators).values({ spaceId: space.id, userId: userIds.expert });
    return { discussionSpaceId: space.id };
  },
};
