import { guard, viewerOf } from '~/permissions/guard.server';
import type { Action } from '~/permissions/matrix';
import { can } from '~/permissions/resolver';

/** The administration sections, each with the permission that opens it. */
export const adminSections = [
  { key: 'users', path: '/admin/users', action: 'users.read' },
  { key: 'invite', path: '/admin/invite', action: 'users.invite' },
  { key: 'organisations', path: '/admin/organisations', action: 'organisations.verify' },
  { key: 'reference', path: '/admin/reference', action: 'reference.edit' },
  { key: 'vocabulary', path: '/admin/vocabulary', action: 'reference.edit' },
  { key: 'audit', path: '/admin/audit', action: 'audit.read' },
  { key: 'outbox', path: '/admin/outbox', action: 'outbox.read' },
] as const satisfies readonly { key: string; path: string; action: Action }[];

/**
 * Admits a viewer who may use at least one administration section; otherwise answers exactly as
 * guard() does (sign in for anonymous visitors, 403 for signed-in users).
 */
export async function guardAnyAdmin(request: Request) {
  const viewer = await viewerOf(request);
  const allowed = adminSections.filter((s) => can(viewer.subject, s.action, undefined, { somewhere: true }));
  if (allowed.length === 0) await guard(request, 'users.read');
  return { viewer, sections: allowed.map(({ key, path }) => ({ key, path })) };
}

/** Success messages the pages show after a redirect (?notice=…); anything else is ignored. */
const notices = [
  'roleAssigned',
  'roleRevoked',
  'userDisabled',
  'userEnabled',
  'invited',
  'verified',
  'unverified',
] as const;
export type Notice = (typeof notices)[number];
export function noticeOf(url: URL): Notice | null {
  const value = url.searchParams.get('notice');
  return (notices as readonly string[]).includes(value ?? '') ? (value as Notice) : null;
}

/** Splits a scope select value "<type>:<id>" (see RoleScopeFields). */
export function parseScope(value: string | undefined): {
  scopeType?: 'region' | 'country' | 'organisation';
  scopeId: string;
} {
  if (!value) return { scopeId: '' };
  const at = value.indexOf(':');
  const type = at > 0 ? value.slice(0, at) : '';
  if (type === 'region' || type === 'country' || type === 'organisation')
    return { scopeType: type, scopeId: value.slice(at + 1) };
  return { scopeId: value };
}
