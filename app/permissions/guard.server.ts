import { data, redirect } from 'react-router';
import { getViewer, type Viewer } from '~/modules/accounts/session.server';
import { isLocale } from '~/platform/i18n/locales';
import type { Action } from './matrix';
import { can, type Resource } from './resolver';

const viewers = new WeakMap<Request, Promise<Viewer>>();

/** The signed-in user (or anonymous) for this request, loaded once however many loaders ask. */
export function viewerOf(request: Request): Promise<Viewer> {
  let viewer = viewers.get(request);
  if (!viewer) {
    viewer = getViewer(request);
    viewers.set(request, viewer);
  }
  return viewer;
}

function isApi(request: Request) {
  return new URL(request.url).pathname.startsWith('/api/');
}

/**
 * The one guard every loader and action calls first. Anonymous visitors of a page they may not
 * see are sent to sign in (and back); signed-in users get 403; API callers get JSON 401/403.
 */
export async function guard(request: Request, action: Action, resource?: Resource): Promise<Viewer> {
  const viewer = await viewerOf(request);
  if (can(viewer.subject, action, resource, { somewhere: resource === undefined })) return viewer;
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

/** For records: the guard above passed "somewhere"; this checks the record itself. */
export async function guardResource(request: Request, action: Action, resource: Resource): Promise<Viewer> {
  const viewer = await viewerOf(request);
  if (can(viewer.subject, action, resource)) return viewer;
  if (isApi(request)) throw data({ error: { code: 'forbidden' } }, { status: 403 });
  throw data({ code: 'forbidden' }, { status: 403 });
}
