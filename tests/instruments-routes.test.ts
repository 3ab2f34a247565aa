import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '#seed/factories';
import instrumentsErrorsAr from '~/locales/ar/errors.instruments.json';
import errorsAr from '~/locales/ar/errors.json';
import instrumentsAr from '~/locales/ar/instruments.json';
import { escapeHtml, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

/** The instruments' pages, forms and JSON API over HTTP: published only, refusals beside their field. */
describe('champions, mechanisms and networks over HTTP', () => {
  const platform = useTestPlatform();
  let secretariat: string;
  let focal: string;

  beforeAll(async () => {
    const { db } = platform().database;
    secretariat = await signIn((await createUser(db, { roles: [{ role: 'network_secretariat' }] })).id);
    focal = await signIn((await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'EGY' }] })).id);
  });

  it('answers the three lists in the envelope, published records only', async () => {
    const champions = await (await request('/api/v1/champions')).json();
    expect(champions.page).toMatchObject({ limit: 200, offset: 0 });
    expect(champions.page.total).toBe(champions.data.length);
    expect(champions.data.find((c: { country: string }) => c.country === 'IRQ')).toMatchObject({
      countryName: { ar: 'العراق' },
      confirmed: true,
    });
    const mechanisms = await (await request('/api/v1/mechanisms?limit=2')).json();
    expect(mechanisms.data).toHaveLength(2);
    const all = await (await request('/api/v1/mechanisms')).json();
    const arcp = all.data.find((m: { id: string }) => m.id === 'arcp');
    expect(arcp.secretariat.en).toContain('League of Arab States');
    expect(arcp.memberStates).toContain('EGY');
    const networks = await (await request('/api/v1/networks')).json();
    expect(networks.data[0]).toMatchObject({ id: 'global', level: 'global' });
    expect((await request('/api/v1/networks?limit=0')).status).toBe(400);

    // A draft champion added by the secretariat stays out of the API and the public roster.
    const added = await request('/ar/champions', {
      session: secretariat,
      form: { countryIso3: 'JOR', originalLanguage: 'ar', status: 'draft' },
    });
    expect(added.status).toBe(302);
    expect(added.headers.get('location')).toBe('/ar/champions/JOR?notice=saved');
    const after = await (await request('/api/v1/champions')).json();
    expect(after.data.some((c: { country: string }) => c.country === 'JOR')).toBe(false);
    expect((await request('/ar/champions/JOR')).status).toBe(404);
    expect((await request('/ar/champions/JOR', { session: secretariat })).status).toBe(200);
    // The first request loads the server build.
  }, 90_000);

  it('documents the endpoints in OpenAPI', async () => {
    const doc = await (await request('/api/v1/openapi.json')).json();
    for (const path of ['/champions', '/mechanisms', '/networks']) expect(doc.paths[path]?.get).toBeDefined();
  });

  it('refuses a champion that is already on the roster beside its field, in Arabic, values kept', async () => {
    const refused = await request('/ar/champions', {
      session: secretariat,
      form: { countryIso3: 'EGY', originalLanguage: 'ar', status: 'published', joinedOn: '2021-06-24' },
    });
    expect(refused.status).toBe(409);
    const html = visible(await refused.text());
    expect(html).toContain(escapeHtml(instrumentsErrorsAr.championExists));
    expect(html).toContain('value="2021-06-24"');
    expect((await request('/ar/champions', { session: focal, form: { countryIso3: 'JOR' } })).status).toBe(
      403,
    );
  });

  it('records an ARCP activity from the form and shows it on the mechanism page', async () => {
    const bad = await request('/ar/mechanisms/arcp/activities/new', {
      session: secretariat,
      form: { originalLanguage: 'ar', 'title.ar': 'ورشة', heldOn: '2024-05-27', status: 'published' },
    });
    expect(bad.status).toBe(400);
    const saved = await request('/ar/mechanisms/arcp/activities/new', {
      session: secretariat,
      form: {
        originalLanguage: 'ar',
        'title.ar': 'ورشة عمل لجهات الاتصال حول بيانات الهجرة',
        'aims.ar': 'بناء القدرات',
        heldOn: '2024-05-27',
        countries: ['EGY', 'MAR', 'JOR, LBN'],
        objectives: ['1', '7'],
        status: 'published',
      },
    });
    expect(saved.status).toBe(302);
    const page = visible(await (await request('/ar/mechanisms/arcp')).text());
    expect(page).toContain('ورشة عمل لجهات الاتصال حول بيانات الهجرة');
    expect(page).toContain(escapeHtml(instrumentsAr['mechanism.gcmEngagement']));
    const profile = visible(await (await request('/ar/countries/EGY')).text());
    expect(profile).toContain(escapeHtml(instrumentsAr['country.champion']));
    expect(visible(await (await request('/ar/countries/JOR')).text())).toContain(
      escapeHtml(instrumentsAr['country.notChampion']),
    );
    expect((await request('/ar/regional-actors')).status).toBe(200);
  });

  it('edits the global Network’s working groups as rows: a refused row keeps what was typed, a saved one shows', async () => {
    const form = visible(await (await request('/ar/networks/global/edit', { session: secretariat })).text());
    expect(form).toContain('name="groups[0].kind"');
    expect(form).toContain('value="CWG 2.2"');
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    const entry = { version, 'name.en': 'UN Network on Migration', status: 'published' };
    const refused = await request('/ar/networks/global/edit', {
      session: secretariat,
      form: { ...entry, 'groups[0].kind': 'workstream', 'groups[0].code': 'WS 9', 'groups[0].leads': 'IOM' },
    });
    expect(refused.status).toBe(400);
    const refusedHtml = visible(await refused.text());
    expect(refusedHtml).toContain(escapeHtml(errorsAr.translationRequired));
    expect(refusedHtml).toContain('value="WS 9"');
    const saved = await request('/ar/networks/global/edit', {
      session: secretariat,
      form: {
        ...entry,
        'groups[0].kind': 'workstream',
        'groups[0].code': 'WS 9',
        'groups[0].name.ar': 'مسار عمل تجريبي',
        'groups[0].leads': 'IOM',
      },
    });
    expect(saved.status).toBe(302);
    const page = visible(await (await request('/ar/networks')).text());
    expect(page).toContain('مسار عمل تجريبي');
    expect(page).not.toContain('CWG 2.2');
  });
});
