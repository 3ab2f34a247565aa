import { data, redirect } from 'react-router';
import { getViewer, type Viewer } from '~/modules/accounts/session.server';
import { requestMemo } from '~/platform/context';
import { isLocale } from '~/platform/i18n/locales';
import type { Action } from './matrix';
import { can, type Resource } from './resolver';

/*
 * Every loader and action starts with one of the guards below: guardPublic, guardSignedIn, or
 * guard(action) for what the matrix grants. They answer "may this role do this, and where"; what
 * may be done to one record (its status, its owners, its co-editors) is decided afterwards by the
 * domain's *-policy.ts, which asks the same resolver.
 */

/** The signed-in user (or anonymous) for this request, loaded once however many loaders ask. */
export function viewerOf(request: Request): Promise<Viewer> {
  return requestMemo(request, 'viewer', () => getViewer(request));
}

function isApi(request: Request) {
  return new URL(request.url).pathname.startsWith('/api/');
}

/**
 * Turns a refusal into the answer: anonymous visitors of a page are sent to sign in (and back);
 * signed-in users get 403; API callers get JSON 401/403.
 */
function refuse(request: Request, viewer: Viewer): never {
  if (!viewer.user) {
    if (isApi(request)) throw data({ error: { code: 'unauthenticated' } }, { status: 401 });
    const url = new URL(request.url);
    const lang = url.pathname.split('/')[1];
    const next = url.pathname + url.search;
    throw redirect(`/${isLocale(lang) ? lang : 'ar'}/sign-in?next=${encodeURIComponent(next)}`);
  }
  if (isApi(request)) throw data({ error: { code: 'forbidden' } }, { status: 403 });
  throw data({ code: 'forbidden' }, { status: 403 });
}

/** Pages and API endpoints anyone may open, signed in or not. Loads the viewer, refuses nobody. */
export function guardPublic(request: Request): Promise<Viewer> {
  return viewerOf(request);
}

/**
 * Pages for any signed-in person, whatever roles they hold (their pledges, the reviews they were
 * invited to co-edit): anonymous visitors are sent to sign in. The records shown are then chosen
 * by the domain's policy.
 */
export async function guardSignedIn(request: Request): Promise<Viewer> {
  const viewer = await viewerOf(request);
  if (!viewer.user) refuse(request, viewer);
  return viewer;
}

/** An action of the matrix: somewhere (no resource) or on this resource. */
export async function guard(request: Request, action: Action, resource?: Resource): Promise<Viewer> {
  const viewer = await viewerOf(request);
  if (can(viewer.subject, action, resource, { somewhere: resource === undefined })) return viewer;
  refuse(request, viewer);
}

/** For records: the guard above passed "somewhere"; this checks the record itself. */
export async function guardResource(request: Request, action: Action, resource: Resource): Promise<Viewer> {
  const viewer = await viewerOf(request);
  if (can(viewer.subject, action, resource)) return viewer;
  if (isApi(request)) throw data({ error: { code: 'forbidden' } }, { status: 403 });
  throw data({ code: 'forbidden' }, { status: 403 });
}
