import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '#seed/factories';
import { request, signIn } from './http';
import { useTestPlatform } from './platform';

/** A right-to-left override (U+202E) in user text must stay inside an isolate and not flip the page. */
describe('user text is bidi-isolated', () => {
  const platform = useTestPlatform();
  const evil = '\u202Eevil\u202C name';

  it('in the header, the admin user list and an organisation page', async () => {
    const { database } = platform();
    const user = await createUser(database.db, { name: evil, email: 'bidi@example.org' });
    const admin = await createUser(database.db, { roles: [{ role: 'admin' }] });
    const org = await createOrganisation(database.db, { name: { en: evil }, originalLanguage: 'en' });

    const own = await (await request('/ar/account', { session: await signIn(user.id) })).text();
    expect(own).toMatch(new RegExp(`<bdi[^>]*>${evil}</bdi>`));

    const list = await (await request('/ar/admin/users?q=bidi', { session: await signIn(admin.id) })).text();
    expect(list).toMatch(new RegExp(`<bdi[^>]*>${evil}</bdi>`));

    const orgPage = await (await request(`/ar/organisations/${org.id}`)).text();
    expect(orgPage).toMatch(new RegExp(`<bdi[^>]*>${evil}</bdi>`));
    // In the title it is wrapped in FSI … PDI; every occurrence in the body sits in a <bdi>.
    expect(orgPage).toContain(`<title>\u2068${evil}\u2069`);
    const body = orgPage.slice(orgPage.indexOf('<body'), orgPage.indexOf('<script'));
    const bare = body.split(evil).length - 1;
    const isolated = (body.match(new RegExp(`<bdi[^>]*>${evil}</bdi>`, 'g')) ?? []).length;
    expect(isolated).toBe(bare);
  });
});
