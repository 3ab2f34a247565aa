import { describe, expect, it } from 'vitest';
import { guard, guardPublic, guardSignedIn } from './guard.server';

/**
 * The guards' answers to an anonymous visitor (no session cookie, so no database is asked). Signed-in
 * viewers and every route are covered by tests/route-permissions.test.ts.
 */
async function refusal(run: Promise<unknown>) {
  const thrown = await run.then(
    () => null,
    (error: unknown) => error,
  );
  if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get('location') };
  const init = (thrown as { init?: { status?: number } } | null)?.init;
  return { status: init?.status ?? null, data: (thrown as { data?: unknown } | null)?.data };
}

describe('guards, anonymous', () => {
  it('guardPublic lets everyone in, as anonymous', async () => {
    const viewer = await guardPublic(new Request('http://x/en/objectives'));
    expect(viewer.user).toBeNull();
    expect(viewer.subject.userId).toBeNull();
  });

  it('guardSignedIn sends a page visitor to sign in and back', async () => {
    expect(await refusal(guardSignedIn(new Request('http://x/en/pledges/mine?tab=2')))).toEqual({
      status: 302,
      location: `/en/sign-in?next=${encodeURIComponent('/en/pledges/mine?tab=2')}`,
    });
  });

  it('guardSignedIn answers the API with 401 JSON', async () => {
    expect(await refusal(guardSignedIn(new Request('http://x/api/v1/anything')))).toEqual({
      status: 401,
      data: { error: { code: 'unauthenticated' } },
    });
  });

  it('guard(action) refuses an anonymous visitor like guardSignedIn', async () => {
    expect(await refusal(guard(new Request('http://x/ar/pledges/review'), 'pledges.review'))).toEqual({
      status: 302,
      location: `/ar/sign-in?next=${encodeURIComponent('/ar/pledges/review')}`,
    });
  });
});
