import type { RouteConfigEntry } from '@react-router/dev/routes';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisations, roleAssignments, users } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import routeConfig from '~/routes';
import { request } from './http';
import { useTestPlatform } from './platform';
import { areas, createRouteFixtures } from './route-permissions/fixtures';
import {
  everyone,
  type Ids,
  type Row,
  secretariats,
  signedIn,
  type Who,
  who,
} from './route-permissions/types';

/**
 * Every route (pages and the JSON API) × every kind of user: who may open it, who is sent to sign
 * in, who is refused. The table must name every route of app/routes.ts, so a new route fails here
 * until it has a row. The rows follow the guards: guardPublic → everyone, guardSignedIn → signedIn,
 * guard(action) → the roles the matrix grants it, narrowed by the domain's policy for the record
 * the URL names. Mutating administration actions are checked for anonymous / wrong role / allowed.
 */

const coreRows: Row[] = [
  { route: '', url: () => '/', allow: everyone, ok: [302] },
  { route: '*', url: () => '/no-such-page', allow: everyone, ok: [404] },
  { route: ':lang', url: () => '/en', allow: everyone },
  { route: ':lang/*', url: () => '/en/no-such-page', allow: everyone, ok: [404] },

  // The framework: public.
  { route: ':lang/objectives', url: () => '/en/objectives', allow: everyone },
  { route: ':lang/objectives/:number', url: () => '/ar/objectives/7', allow: everyone },
  { route: ':lang/principles', url: () => '/en/principles', allow: everyone },
  { route: ':lang/principles/:key', url: () => '/en/principles/people_centred', allow: everyone },
  { route: ':lang/glossary', url: () => '/ar/glossary', allow: everyone },
  { route: ':lang/thematic-areas', url: () => '/en/thematic-areas', allow: everyone },
  { route: ':lang/countries', url: () => '/en/countries', allow: everyone },
  { route: ':lang/countries/:iso3', url: () => '/ar/countries/JOR', allow: everyone },
  { route: ':lang/regions', url: () => '/en/regions', allow: everyone },
  { route: ':lang/regions/:id', url: () => '/en/regions/LAS', allow: everyone },

  // Search: public; each reader finds what they may open.
  { route: ':lang/search', url: () => '/ar/search?q=%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9', allow: everyone },

  // Accounts: the signed-out pages are open to all (signed-in people may be sent on).
  { route: ':lang/sign-up', url: () => '/en/sign-up', allow: everyone, okSignedIn: [200, 302] },
  { route: ':lang/sign-in', url: () => '/en/sign-in', allow: everyone, okSignedIn: [200, 302] },
  { route: ':lang/verify-email', url: () => '/en/verify-email', allow: everyone, okSignedIn: [200, 302] },
  {
    route: ':lang/forgot-password',
    url: () => '/en/forgot-password',
    allow: everyone,
    okSignedIn: [200, 302],
  },
  { route: ':lang/reset-password', url: () => '/en/reset-password', allow: everyone, okSignedIn: [200, 302] },
  { route: ':lang/accept-invite', url: () => '/en/accept-invite', allow: everyone, okSignedIn: [200, 302] },
  { route: ':lang/sign-out', url: () => '/en/sign-out', allow: signedIn, anonymousRedirect: '/en' },
  { route: ':lang/preferences', url: () => '/en/preferences', allow: everyone },
  { route: ':lang/account', url: () => '/en/account', allow: signedIn },
  { route: ':lang/organisations', url: () => '/en/organisations', allow: signedIn },
  {
    route: ':lang/organisations/:id',
    url: (ids) => `/en/organisations/${ids.organisationId}`,
    allow: everyone,
  },

  // Administration.
  { route: ':lang/admin', url: () => '/en/admin', allow: secretariats },
  { route: ':lang/admin/users', url: () => '/en/admin/users?q=a&role=expert', allow: secretariats },
  {
    route: ':lang/admin/users/:id',
    url: (ids) => `/ar/admin/users/${ids.targetUserId}`,
    allow: secretariats,
  },
  { route: ':lang/pledges', url: () => '/en/pledges?objective=7', allow: everyone },
  { route: ':lang/pledges/dashboard', url: () => '/ar/pledges/dashboard', allow: everyone },
  {
    route: ':lang/pledges/dashboard.csv',
    url: () => '/en/pledges/dashboard.csv?chart=objectives',
    allow: everyone,
  },
  { route: ':lang/pledges/export.csv', url: () => '/ar/pledges/export.csv?objective=7', allow: everyone },
  { route: ':lang/pledges/export.xlsx', url: () => '/en/pledges/export.xlsx?objective=7', allow: everyone },
  {
    // Members and focal points for their own; administrators and the Network secretariat on behalf of any.
    route: ':lang/pledges/new',
    url: () => '/ar/pledges/new',
    allow: ['admin', 'network_secretariat', 'focal_point', 'organisation_admin', 'organisation_member'],
  },
  { route: ':lang/pledges/mine', url: () => '/en/pledges/mine', allow: signedIn },
  { route: ':lang/pledges/review', url: () => '/en/pledges/review', allow: ['admin', 'network_secretariat'] },
  { route: ':lang/pledges/:id', url: (ids) => `/ar/pledges/${ids.publishedPledgeId}`, allow: everyone },
  {
    // A draft is hidden (404) from everyone but its pledger and the reviewers, who may read but not edit it.
    route: ':lang/pledges/:id/edit',
    url: (ids) => `/en/pledges/${ids.draftPledgeId}/edit`,
    // Platform administrators hold every action (matrix.ts), pledges.edit on any pledge included.
    allow: ['admin', 'organisation_admin', 'organisation_member'],
    refused: [403, 404],
  },
  {
    route: ':lang/pledges/:id/review',
    url: (ids) => `/en/pledges/${ids.submittedPledgeId}/review`,
    allow: ['admin', 'network_secretariat'],
  },
  {
    route: ':lang/pledges/:id/progress',
    url: (ids) => `/ar/pledges/${ids.publishedPledgeId}/progress`,
    allow: ['admin', 'organisation_admin', 'organisation_member'],
  },
  {
    // Unknown (or unreadable) files answer 404 to everyone, so ids reveal nothing.
    route: ':lang/files/:id',
    url: () => '/en/files/00000000-0000-0000-0000-000000000000',
    allow: everyone,
    ok: [404],
  },
  { route: ':lang/admin/invite', url: () => '/en/admin/invite', allow: ['admin'] },
  {
    route: ':lang/admin/audit',
    url: () => '/en/admin/audit?action=role.assign',
    allow: ['admin', 'network_secretariat'],
  },
  { route: ':lang/admin/outbox', url: () => '/en/admin/outbox', allow: ['admin'] },
  { route: ':lang/admin/organisations', url: () => '/en/admin/organisations', allow: secretariats },
  {
    route: ':lang/admin/reference',
    url: () => '/en/admin/reference',
    allow: secretariats,
  },
  {
    route: ':lang/admin/reference/:kind/:id',
    url: () => '/en/admin/reference/objective/7',
    allow: secretariats,
  },
  { route: ':lang/admin/vocabulary', url: () => '/en/admin/vocabulary', allow: secretariats },
  { route: ':lang/admin/vocabulary/new', url: () => '/en/admin/vocabulary/new', allow: secretariats },
  {
    route: ':lang/admin/vocabulary/:key',
    url: () => '/en/admin/vocabulary/remittances',
    allow: secretariats,
  },
];

const table: Row[] = [...coreRows, ...areas.flatMap((a) => a.rows)];

/** The routes of app/routes.ts as full paths. */
function routePaths(entries: readonly RouteConfigEntry[], parent = ''): string[] {
  return entries.flatMap((entry) => {
    const full = [parent, entry.path ?? ''].filter(Boolean).join('/');
    return entry.children?.length ? routePaths(entry.children, full) : [full];
  });
}

function isPlaceholder(row: Row) {
  return row.pending !== undefined;
}

describe('route permission table', () => {
  it('has exactly one row for every route in app/routes.ts', () => {
    const routes = routePaths(routeConfig).sort();
    expect(table.map((r) => r.route).sort()).toEqual(routes);
  });
});

describe('route permissions (HTTP)', () => {
  const platform = useTestPlatform();
  const sessions = {} as Record<Exclude<Who, 'anonymous'>, string>;
  const userIds = {} as Record<Exclude<Who, 'anonymous'>, string>;
  const ids = {} as Ids;

  beforeAll(async () => {
    const fixtures = await createRouteFixtures(platform().database.db);
    Object.assign(sessions, fixtures.sessions);
    Object.assign(userIds, fixtures.userIds);
    Object.assign(ids, fixtures.ids);
  });

  const get = (url: string, w: Who) => request(url, { session: w === 'anonymous' ? undefined : sessions[w] });

  for (const row of table) {
    // RUN_PENDING=1 runs the pending rows too, to see whether their pages are written yet.
    const test = isPlaceholder(row) && !process.env.RUN_PENDING ? it.skip : it;
    test(`GET ${row.route}`, async () => {
      const url = row.url(ids);
      const failures: string[] = [];
      for (const w of who) {
        const response = await get(url, w);
        const status = response.status;
        const location = response.headers.get('location');
        // Read to the end: cancelling a streamed export (pledges.csv) mid-write throws in the stream adapter.
        await response.arrayBuffer();
        if (row.allow.includes(w)) {
          const ok = (w !== 'anonymous' && row.okSignedIn) || row.ok || [200];
          if (!ok.includes(status)) failures.push(`${w}: expected ${ok.join('|')}, got ${status}`);
        } else if (w === 'anonymous' && url.startsWith('/api/')) {
          if (status !== 401) failures.push(`${w}: expected 401, got ${status}`);
        } else if (w === 'anonymous') {
          const expected =
            row.anonymousRedirect ?? `/${url.split('/')[1]}/sign-in?next=${encodeURIComponent(url)}`;
          if (status !== 302 || location !== expected) {
            failures.push(`${w}: expected 302 → ${expected}, got ${status} → ${location}`);
          }
        } else if (!(row.refused ?? [403]).includes(status)) {
          failures.push(`${w}: expected ${(row.refused ?? [403]).join('|')}, got ${status}`);
        }
      }
      expect(failures, `${row.route} (${url})`).toEqual([]);
    });
  }

  /** Mutating administration actions: the form to send, who may, and what must (not) change. */
  interface Mutation {
    name: string;
    allow: readonly Who[];
    /** Creates a fresh target and returns the URL, the form and a probe of the changed state. */
    setup(): Promise<{
      url: string;
      form: Record<string, string>;
      changed(): Promise<boolean>;
      redirect: RegExp;
    }>;
  }
  const mutations: Mutation[] = [
    {
      name: 'assign a role',
      allow: ['admin'],
      async setup() {
        const { db } = platform().database;
        const target = await createUser(db);
        return {
          url: `/en/admin/users/${target.id}`,
          form: { intent: 'assign', role: 'focal_point', scope: 'country:JOR' },
          redirect: new RegExp(`^/en/admin/users/${target.id}\\?notice=roleAssigned$`),
          changed: async () =>
            (await db.select().from(roleAssignments).where(eq(roleAssignments.userId, target.id))).length ===
            1,
        };
      },
    },
    {
      name: 'revoke a role',
      allow: ['admin'],
      async setup() {
        const { db } = platform().database;
        const target = await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] });
        return {
          url: `/en/admin/users/${target.id}`,
          form: { intent: 'revoke', role: 'regional_secretariat', scope: 'region:LAS' },
          redirect: /\?notice=roleRevoked$/,
          changed: async () =>
            (await db.select().from(roleAssignments).where(eq(roleAssignments.userId, target.id))).length ===
            0,
        };
      },
    },
    {
      name: 'disable an account',
      allow: ['admin'],
      async setup() {
        const { db } = platform().database;
        const target = await createUser(db);
        return {
          url: `/ar/admin/users/${target.id}`,
          form: { intent: 'disable', version: '1' },
          redirect: /^\/ar\/admin\/users\/.*\?notice=userDisabled$/,
          changed: async () =>
            (await db.select().from(users).where(eq(users.id, target.id)))[0]?.disabledAt !== null,
        };
      },
    },
    {
      name: 'enable an account',
      allow: ['admin'],
      async setup() {
        const { db } = platform().database;
        const target = await createUser(db, { disabledAt: new Date() });
        return {
          url: `/en/admin/users/${target.id}`,
          form: { intent: 'enable', version: '1' },
          redirect: /\?notice=userEnabled$/,
          changed: async () =>
            (await db.select().from(users).where(eq(users.id, target.id)))[0]?.disabledAt === null,
        };
      },
    },
    {
      name: 'invite a user',
      allow: ['admin'],
      async setup() {
        const { db } = platform().database;
        const email = `invitee-${Math.random().toString(36).slice(2)}@example.org`;
        return {
          url: '/en/admin/invite',
          form: { email, name: 'Invitee', language: 'ar', role: '', scope: '' },
          redirect: /^\/en\/admin\/users\/[0-9a-f-]{36}\?notice=invited$/,
          changed: async () => (await db.select().from(users).where(eq(users.email, email))).length === 1,
        };
      },
    },
    {
      name: 'verify an organisation',
      allow: secretariats,
      async setup() {
        const { db } = platform().database;
        const org = await createOrganisation(db);
        return {
          url: '/en/admin/organisations',
          form: { organisationId: org.id, verified: 'true', version: '1' },
          redirect: /^\/en\/admin\/organisations\?notice=verified$/,
          changed: async () =>
            (await db.select().from(organisations).where(eq(organisations.id, org.id)))[0]?.verified === true,
        };
      },
    },
  ];

  for (const mutation of mutations) {
    it(`POST ${mutation.name}: anonymous → sign in, wrong role → 403, allowed → done`, async () => {
      const failures: string[] = [];
      for (const w of who) {
        const { url, form, changed, redirect } = await mutation.setup();
        const response = await request(url, { form, session: w === 'anonymous' ? undefined : sessions[w] });
        const location = response.headers.get('location') ?? '';
        await response.body?.cancel();
        const allowed = mutation.allow.includes(w);
        if (allowed) {
          if (response.status !== 302 || !redirect.test(location)) {
            failures.push(`${w}: expected 302 → ${redirect}, got ${response.status} → ${location}`);
          }
        } else if (w === 'anonymous') {
          const expected = `/${url.split('/')[1]}/sign-in?next=${encodeURIComponent(url)}`;
          if (response.status !== 302 || location !== expected) {
            failures.push(`${w}: expected 302 → ${expected}, got ${response.status} → ${location}`);
          }
        } else if (response.status !== 403) {
          failures.push(`${w}: expected 403, got ${response.status}`);
        }
        if ((await changed()) !== allowed)
          failures.push(`${w}: state ${allowed ? 'not changed' : 'changed'}`);
      }
      expect(failures).toEqual([]);
    });

    it(`POST ${mutation.name}: refused without the CSRF token`, async () => {
      const { url, form, changed } = await mutation.setup();
      const response = await request(url, { form, csrf: false, session: sessions.admin });
      expect(response.status).toBe(403);
      expect(await changed()).toBe(false);
    });
  }

  describe('administration pages', () => {
    it('shows each viewer only the sections they may use', async () => {
      const sectionLinks = async (w: Exclude<Who, 'anonymous'>) => {
        const html = await (await get('/en/admin', w)).text();
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        return [...main.matchAll(/href="\/en\/admin\/([a-z-]+)"/g)].map((m) => m[1]).sort();
      };
      expect(await sectionLinks('admin')).toEqual([
        'audit',
        'invite',
        'organisations',
        'outbox',
        'reference',
        'users',
        'vocabulary',
      ]);
      expect(await sectionLinks('network_secretariat')).toEqual([
        'audit',
        'organisations',
        'reference',
        'users',
        'vocabulary',
      ]);
      expect(await sectionLinks('regional_secretariat')).toEqual([
        'organisations',
        'reference',
        'users',
        'vocabulary',
      ]);
    });

    it('finds users by name without JavaScript and shows their scoped roles', async () => {
      const html = await (await get('/en/admin/users?q=regional_secretariat', 'admin')).text();
      expect(html).toContain('Test regional_secretariat');
      expect(html).not.toContain('Test focal_point');
      const byRole = await (await get('/en/admin/users?role=focal_point', 'admin')).text();
      expect(byRole).toContain('Test focal_point');
      expect(byRole).toContain('<bdi>Jordan</bdi>');
      expect(byRole).not.toContain('Test expert');
    });

    it('explains a refused assignment and keeps the choice', async () => {
      const url = `/en/admin/users/${ids.targetUserId}`;
      const duplicate = await request(url, {
        form: { intent: 'assign', role: 'expert' },
        session: sessions.admin,
      });
      expect(duplicate.status).toBe(409);
      expect(await duplicate.text()).toContain('role="alert"');
      const mismatch = await request(url, {
        form: { intent: 'assign', role: 'focal_point', scope: 'region:LAS' },
        session: sessions.admin,
      });
      expect(mismatch.status).toBe(400);
      const html = await mismatch.text();
      expect(html).toMatch(/<option value="focal_point" selected="">/);
      const self = await request(`/en/admin/users/${userIds.admin}`, {
        form: { intent: 'revoke', role: 'admin', scope: '' },
        session: sessions.admin,
      });
      expect(self.status).toBe(409);
      await self.body?.cancel();
    });

    it('answers 404 for an unknown user and 409 for a stale verification', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        const response = await get(`/en/admin/users/${id}`, 'admin');
        expect(response.status).toBe(404);
        await response.body?.cancel();
      }
      const { db } = platform().database;
      const org = await createOrganisation(db);
      await db.update(organisations).set({ version: 2 }).where(eq(organisations.id, org.id));
      const stale = await request('/en/admin/organisations', {
        form: { organisationId: org.id, verified: 'true', version: '1' },
        session: sessions.network_secretariat,
      });
      expect(stale.status).toBe(409);
      expect(await stale.text()).toContain('role="alert"');
      expect((await db.select().from(organisations).where(eq(organisations.id, org.id)))[0]?.verified).toBe(
        false,
      );
    });

    it('refuses to invite an existing address and lists the invitation mail in the outbox', async () => {
      const { db } = platform().database;
      const [existing] = await db
        .select({ email: users.email })
        .from(users)
        .where(eq(users.id, userIds.expert));
      const refused = await request('/en/admin/invite', {
        form: { email: existing!.email.toUpperCase(), name: 'Again', language: 'en' },
        session: sessions.admin,
      });
      expect(refused.status).toBe(409);
      await refused.body?.cancel();

      const sent = await request('/en/admin/invite', {
        form: {
          email: 'outbox-check@example.org',
          name: 'Outbox Check',
          language: 'en',
          role: 'focal_point',
          scope: 'country:JOR',
        },
        session: sessions.admin,
      });
      expect(sent.status).toBe(302);
      const outbox = await (await get('/en/admin/outbox', 'admin')).text();
      expect(outbox).toContain('outbox-check@example.org');
      expect(outbox).toContain('/en/accept-invite?token=');
      expect(outbox).toContain('<pre dir="auto"');
    });

    it('shows the audit trail newest first, filtered by GET parameters', async () => {
      const { db } = platform().database;
      const [admin] = await db.select({ email: users.email }).from(users).where(eq(users.id, userIds.admin));
      const all = await db.select().from(auditLog);
      expect(all.length).toBeGreaterThan(0);
      const html = await (
        await get(
          `/en/admin/audit?actor=${encodeURIComponent(admin!.email)}&action=role.assign`,
          'network_secretariat',
        )
      ).text();
      expect(html).toContain('role.assign');
      expect(html).not.toContain('<code class="font-semibold">user.disable</code>');
      expect(html).toMatch(/<bdi[^>]*>focal_point<\/bdi>/);
      const badDate = await get('/en/admin/audit?from=2025-02-30', 'admin');
      expect(badDate.status).toBe(200);
    });
  });
});
