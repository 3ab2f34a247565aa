import { type Area, everyone } from './types';

/** Open data, feeds, the sitemap and the coverage views: public to everyone, showing only public data. */
export const area: Area = {
  rows: [
    { route: 'api/v1/datasets', url: () => '/api/v1/datasets', allow: everyone },
    { route: 'api/v1/datasets/:file', url: () => '/api/v1/datasets/pledge.jsonl', allow: everyone },
    {
      route: 'api/v1/datasets/:key/schema.json',
      url: () => '/api/v1/datasets/countries/schema.json?lang=ar',
      allow: everyone,
    },
    { route: 'sitemap.xml', url: () => '/sitemap.xml', allow: everyone },
    { route: 'sitemaps/:file', url: () => '/sitemaps/pages.xml', allow: everyone },
    { route: 'robots.txt', url: () => '/robots.txt', allow: everyone },
    { route: 'feeds/:file', url: () => '/feeds/all.atom', allow: everyone },
    { route: 'feeds/:kind/:file', url: () => '/feeds/objectives/7.atom?lang=en', allow: everyone },
    { route: 'api/v1/coverage', url: () => '/api/v1/coverage?by=country&region=ESCWA', allow: everyone },
    { route: ':lang/coverage', url: () => '/ar/coverage', allow: everyone },
    { route: ':lang/coverage.csv', url: () => '/en/coverage.csv?kind=m49_region', allow: everyone },
    { route: ':lang/open-data', url: () => '/ar/open-data', allow: everyone },
    { route: ':lang/open-data/:key', url: () => '/en/open-data/pledge', allow: everyone },
  ],
};
