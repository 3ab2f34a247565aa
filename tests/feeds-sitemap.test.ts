import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentItems } from '#db/schema/content';
import { createPledge } from '#seed/pledge-factories';
import { request } from './http';
import { useTestPlatform } from './platform';

describe('Atom feeds, the sitemap and head links', () => {
  const platform = useTestPlatform();
  let publishedId = '';
  let draftId = '';

  beforeAll(async () => {
    const { db } = platform().database;
    publishedId = (
      await createPledge(db, {
        status: 'published',
        publishedAt: new Date('2026-03-01T10:00:00Z'),
        objectives: [7],
        countries: ['JOR'],
      })
    ).id;
    draftId = (await createPledge(db, { status: 'draft', objectives: [7], countries: ['JOR'] })).id;
  }, 60_000);

  const text = async (path: string) => {
    const res = await request(path);
    return { res, body: await res.text() };
  };

  it('publishes new public items in an Atom feed, per language, with the newest change as updated', async () => {
    const { res, body } = await text('/feeds/all.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(body).toContain(`http://localhost/ar/pledges/${publishedId}`);
    expect(body).not.toContain(draftId);
    const [row] = await platform()
      .database.db.select({ updatedAt: contentItems.updatedAt })
      .from(contentItems)
      .where(eq(contentItems.id, publishedId));
    const updated = new Date(row!.updatedAt).toISOString();
    expect(body.match(/<updated>([^<]+)<\/updated>/)?.[1]).toBe(updated);
    const en = (await text('/feeds/all.atom?lang=en')).body;
    expect(en).toContain(`http://localhost/en/pledges/${publishedId}`);
    expect(en).toContain('Four one-stop centres');
  });

  it('has a feed per objective, country, region and type, refusing unknown ones', async () => {
    for (const path of [
      '/feeds/objectives/7.atom',
      '/feeds/countries/JOR.atom',
      '/feeds/countries/jor.atom',
      '/feeds/types/pledge.atom',
    ]) {
      const { res, body } = await text(path);
      expect(res.status, path).toBe(200);
      expect(body, path).toContain(publishedId);
    }
    expect((await text('/feeds/objectives/8.atom')).body).not.toContain(publishedId);
    expect((await text('/feeds/types/national_review.atom')).body).not.toContain(publishedId);
    expect((await request('/feeds/objectives/99.atom')).status).toBe(400);
    expect((await request('/feeds/types/poem.atom')).status).toBe(400);
    expect((await request('/feeds/countries/XXX.atom')).status).toBe(404);
    expect((await request('/feeds/planets/mars.atom')).status).toBe(404);
    expect((await request('/feeds/all.atom?lang=fr')).status).toBe(400);
  });

  it('lists every public page in a sitemap index whose parts carry ar, en and x-default alternates', async () => {
    const index = await text('/sitemap.xml');
    expect(index.res.status).toBe(200);
    expect(index.body).toContain('<sitemapindex');
    expect(index.body).toContain('<loc>http://localhost/sitemaps/pages.xml</loc>');
    expect(index.body).toContain('<loc>http://localhost/sitemaps/pledge-1.xml</loc>');

    const pages = (await text('/sitemaps/pages.xml')).body;
    expect(pages).toContain('<loc>http://localhost/ar/objectives/7</loc>');
    expect(pages).toContain('<loc>http://localhost/en/objectives/7</loc>');
    expect(pages).toContain('hreflang="x-default" href="http://localhost/ar/objectives/7"');
    expect(pages).toContain('hreflang="en" href="http://localhost/en/countries/jor"');

    const pledges = (await text('/sitemaps/pledge-1.xml')).body;
    expect(pledges).toContain(`http://localhost/ar/pledges/${publishedId}`);
    expect(pledges).toContain('<lastmod>');
    expect(pledges).not.toContain(draftId);
    expect((await request('/sitemaps/pledge-9.xml')).status).toBe(200);
    expect((await request('/sitemaps/poem-1.xml')).status).toBe(404);
    expect((await text('/robots.txt')).body).toContain('Sitemap: http://localhost/sitemap.xml');
  });

  it('gives every page a canonical URL, language alternates and OpenGraph tags', async () => {
    const { body } = await text('/en/objectives/7?tab=pledges');
    const head = body.slice(0, body.indexOf('</head>'));
    expect(head).toContain('<link rel="canonical" href="http://localhost/en/objectives/7"/>');
    expect(head).toContain('<link rel="alternate" hrefLang="ar" href="http://localhost/ar/objectives/7"/>');
    expect(head).toContain('hrefLang="x-default" href="http://localhost/ar/objectives/7"');
    expect(head).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(head).toContain('<meta property="og:locale" content="en_GB"/>');
  });
});
