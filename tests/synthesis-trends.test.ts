import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewSynthesisFigures } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { escapeHtml, postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

/** The page as rendered, without the hydration scripts (which carry the loader data and catalog). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
const header = 'country,indicator,year,value,source,source_url,note';

describe('synthesis trend figures over HTTP', () => {
  const platform = useTestPlatform();
  let cycleId: string;
  let secretariat: string;
  let latinReader: string;

  beforeAll(async () => {
    const { db } = platform().database;
    const cycle = await createReviewCycle(db, { regionId: 'LAS', states: ['JOR', 'EGY', 'MAR'] });
    cycleId = cycle.id;
    await createReview(db, {
      cycleId,
      countryIso3: 'JOR',
      status: 'published',
      sections: [{ key: 'objective-1', objectiveStatus: 'advanced', measures: { ar: 'تدابير منشورة.' } }],
    });
    secretariat = await signIn(
      (await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] })).id,
    );
    latinReader = await signIn((await createUser(db, { digits: 'latn' })).id);
  });

  const page = () => `/en/reviews/cycles/${cycleId}/synthesis/figures`;
  const figures = () =>
    platform()
      .database.db.select()
      .from(reviewSynthesisFigures)
      .where(eq(reviewSynthesisFigures.cycleId, cycleId));

  it('are linked from the cycle page for the secretariat (with the synthesis draft), not for the public', async () => {
    const figuresLink = `href="/ar/reviews/cycles/${cycleId}/synthesis/figures"`;
    const draftLink = `href="/ar/reviews/cycles/${cycleId}/synthesis?draft=1"`;
    const mine = visible(
      await (await request(`/ar/reviews/cycles/${cycleId}`, { session: secretariat })).text(),
    );
    expect(mine).toContain(figuresLink);
    expect(mine).toContain(draftLink);
    const anonymous = visible(await (await request(`/ar/reviews/cycles/${cycleId}`)).text());
    expect(anonymous).not.toContain(figuresLink);
    expect(anonymous).not.toContain(draftLink);
  });

  it('records a figure, and refuses one that is not a number beside its field with the typed value kept', async () => {
    const refused = await request(page(), {
      session: secretariat,
      form: {
        intent: 'record',
        country: 'JOR',
        indicator: 'migrant_stock',
        year: '2024',
        value: 'three million',
        source: 'UN DESA International Migrant Stock 2024',
      },
    });
    expect(refused.status).toBe(400);
    const html = visible(await refused.text());
    expect(html).toContain('value="three million"');
    expect(html).toContain(escapeHtml(serverI18n('en').t('errors.invalidNumber')));
    expect(html).toMatch(/aria-invalid="true"[^>]*>|name="value"[^>]*aria-invalid="true"/);
    expect(await figures()).toHaveLength(0);

    const recorded = await request(page(), {
      session: secretariat,
      form: {
        intent: 'record',
        country: 'JOR',
        indicator: 'migrant_stock',
        year: '٢٠٢٤',
        value: '٣٬٥٠٠٬٠٠٠',
        source: 'UN DESA International Migrant Stock 2024',
        sourceUrl: 'https://www.un.org/development/desa/pd/',
      },
    });
    expect(recorded.status).toBe(302);
    expect(recorded.headers.get('location')).toBe(`${page()}?done=recorded`);
    expect(await figures()).toMatchObject([{ countryIso3: 'JOR', year: 2024, value: 3_500_000 }]);
  });

  it('imports a CSV all or nothing: a bad line is reported and nothing saved, then a good file is saved', async () => {
    const bad = await postFile(
      `${page()}/import`,
      secretariat,
      {
        bytes: csv(
          header,
          'EGY,migrant_stock,2024,550000,UN DESA 2024,,',
          'MAR,migrant_stock,2024,lots,UN DESA 2024,,',
        ),
        name: 'figures.csv',
        type: 'text/csv',
      },
      { intent: 'import' },
    );
    expect(bad.status).toBe(422);
    const html = visible(await bad.text());
    const en = serverI18n('en');
    expect(html).toContain(
      escapeHtml(
        en.t('reviews-synthesis.figures.refusedLine', {
          line: '3',
          column: 'value',
          reason: en.t('errors.invalidNumber'),
        }),
      ),
    );
    expect((await figures()).map((f) => f.countryIso3)).toEqual(['JOR']);

    const good = await postFile(
      `${page()}/import`,
      secretariat,
      {
        bytes: csv(
          header,
          'EGY,migrant_stock,2024,550000,UN DESA 2024,,',
          'MAR,migrant_stock,٢٠٢٤,"١٠٠٬٠٠٠",UN DESA 2024,,',
          'JOR,migrant_stock,2024,3600000,UN DESA 2024,,Revised',
        ),
        name: 'figures.csv',
        type: 'text/csv',
      },
      { intent: 'import' },
    );
    expect(good.status).toBe(302);
    expect(good.headers.get('location')).toBe(`${page()}?imported=2-1#import`);
    expect(await figures()).toHaveLength(3);

    const template = await request(`${page()}/template.csv`, { session: secretariat });
    expect(template.status).toBe(200);
    expect(await template.text()).toContain(header);
  });

  it('shows the section on the published synthesis in Arabic, in Arabic-Indic digits unless the reader chose Latin ones', async () => {
    const published = await request(`/ar/reviews/cycles/${cycleId}/synthesis/edit`, {
      session: secretariat,
      form: { intent: 'publish', version: '0' },
    });
    expect(published.status).toBe(302);
    const ar = serverI18n('ar');
    const html = visible(await (await request(`/ar/reviews/cycles/${cycleId}/synthesis`)).text());
    const trends = html.indexOf('أنماط الهجرة واتجاهاتها</h2>');
    expect(trends).toBeGreaterThan(0);
    expect(trends).toBeLessThan(html.indexOf('id="objectives"'));
    expect(html).toContain('المهاجرون الدوليون المقيمون في الدولة');
    expect(html).toContain('٣٬٦٠٠٬٠٠٠');
    expect(html).toContain('>٢٠٢٤<');
    // The regional total over the three states with a figure.
    expect(html).toContain('٤٬٢٥٠٬٠٠٠');
    expect(html).toContain(escapeHtml(ar.t('reviews-synthesis.trends.total', { count: 3 })));
    // States in the Arabic alphabet: الأردن, المغرب, مصر.
    const order = ['الأردن', 'المغرب', 'مصر'].map((name) =>
      html.indexOf(`<bdi lang="ar">${name}</bdi>`, trends),
    );
    expect(order.every((i) => i > trends)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const latin = visible(
      await (await request(`/ar/reviews/cycles/${cycleId}/synthesis`, { session: latinReader })).text(),
    );
    expect(latin).toContain('3,600,000');
    expect(latin).not.toContain('٣٬٦٠٠٬٠٠٠');
  });
});
