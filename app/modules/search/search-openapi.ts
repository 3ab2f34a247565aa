import type { JsonSchema, OpenApiPaths } from '~/modules/api/openapi-types';
import { contentTypeKeys } from '~/modules/content/content-type-keys';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const marked: JsonSchema = {
  type: 'object',
  description: 'Plain text and the [start, end) UTF-16 offsets of the words that match the query.',
  properties: {
    text: { type: 'string' },
    matches: {
      type: 'array',
      items: { type: 'array', items: { type: 'integer' } },
    },
  },
  required: ['text', 'matches'],
};
const facetCounts: JsonSchema = {
  type: 'object',
  description: 'Matches per value (value → count), over the same candidates as `page.total`.',
  additionalProperties: { type: 'integer' },
};

export const searchSchemas: Record<string, JsonSchema> = {
  SearchHit: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      type: { type: 'string', enum: [...contentTypeKeys] },
      path: { type: 'string', description: 'The item page without the language prefix (/ar or /en).' },
      title: ref('Translated'),
      language: {
        type: 'string',
        enum: ['ar', 'en'],
        description: 'The language of the matches and snippet.',
      },
      titleMatches: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
      snippet: marked,
      visibility: {
        type: 'string',
        enum: ['public', 'signed_in', 'restricted'],
        description: 'Anonymous callers only ever get public items; a session also gets what it may read.',
      },
      objectives: { type: 'array', items: { type: 'integer' } },
      principles: { type: 'array', items: { type: 'string' } },
      countries: { type: 'array', items: { type: 'string' } },
      regions: { type: 'array', items: { type: 'string' } },
      year: { type: ['integer', 'null'] },
      publishedAt: { type: ['string', 'null'], description: 'ISO date-time.' },
      score: { type: 'number', description: 'Relevance (higher is closer); 0 when browsing without words.' },
    },
    required: ['id', 'type', 'path', 'title', 'snippet', 'visibility'],
  },
  SearchList: {
    type: 'object',
    properties: {
      data: { type: 'array', items: ref('SearchHit') },
      page: ref('Page'),
      facets: {
        type: 'object',
        properties: Object.fromEntries(
          ['type', 'objective', 'principle', 'country', 'region', 'language', 'year'].map((k) => [
            k,
            facetCounts,
          ]),
        ),
      },
      search: {
        type: 'object',
        properties: {
          totalCapped: {
            type: 'boolean',
            deprecated: true,
            description:
              'The same as `page.totalCapped` (kept for clients written before every list carried it there): more items match than are ranked (2,000), so page.total is a lower bound.',
          },
          onlyStopWords: {
            type: 'boolean',
            description: 'The query held only stop words: nothing was searched.',
          },
          alsoSearched: {
            type: 'array',
            description:
              'GCM vocabulary entries the query named: their terms in both languages and the content tagged with their objectives and principles were searched too.',
            items: {
              type: 'object',
              properties: {
                key: { type: 'string' },
                ar: { type: 'array', items: { type: 'string' } },
                en: { type: 'array', items: { type: 'string' } },
                objectives: { type: 'array', items: { type: 'integer' } },
                principles: { type: 'array', items: { type: 'string' } },
              },
            },
          },
          corrections: {
            type: 'array',
            description:
              'Words no public text holds, and the nearest known stems searched as well (queries of up to three words).',
            items: {
              type: 'object',
              properties: { word: { type: 'string' }, terms: { type: 'array', items: { type: 'string' } } },
            },
          },
        },
      },
    },
    required: ['data', 'page', 'facets', 'search'],
  },
};

const filter = (name: string, description: string, schema: JsonSchema) => ({
  name,
  in: 'query' as const,
  description,
  schema,
});

/** Search in the OpenAPI document (api/openapi.ts appends this group). */
export const searchPaths: OpenApiPaths = {
  '/search': {
    get: {
      operationId: 'search',
      summary: 'Search all content, ranked, with facets',
      description:
        'Arabic and English together: the Arabic fold and light stemming (clitics, plural and pronoun endings), English stemming, stop words out, typo tolerance for short queries, and the bilingual GCM vocabulary. Without `q`, the filtered items newest first. At most 2,000 matches are ranked.',
      tags: ['Search'],
      parameters: [
        filter('q', 'The words to search (any script; the first 500 characters are read).', {
          type: 'string',
        }),
        filter('lang', 'Only content that has text in this language.', {
          type: 'string',
          enum: ['ar', 'en'],
        }),
        filter('type', 'A content type.', { type: 'string', enum: [...contentTypeKeys] }),
        filter('objective', 'Tagged with this objective, 1..23.', {
          type: 'integer',
          minimum: 1,
          maximum: 23,
        }),
        filter('principle', 'A guiding principle key.', { type: 'string' }),
        filter('country', 'ISO3, any case: made by or tagged with this country.', { type: 'string' }),
        filter('region', 'A region id: tagged with it or with one of its countries.', { type: 'string' }),
        filter('year', 'The year of the item.', { type: 'integer', minimum: 1990, maximum: 2100 }),
        filter('limit', 'Items per page (1..50, default 20).', {
          type: 'integer',
          minimum: 1,
          maximum: 50,
          default: 20,
        }),
        filter('offset', 'Items to skip (0..2000).', {
          type: 'integer',
          minimum: 0,
          maximum: 2000,
          default: 0,
        }),
      ],
      responses: {
        200: {
          description: 'The list envelope with facets and what else was searched.',
          content: { 'application/json': { schema: ref('SearchList') } },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
      },
    },
  },
  '/search/suggestions': {
    get: {
      operationId: 'searchSuggestions',
      summary: 'Search as you type: a few matching titles',
      description: 'From 2 characters; the last word counts as a prefix.',
      tags: ['Search'],
      parameters: [
        filter('q', 'What was typed so far.', { type: 'string' }),
        filter('lang', 'The reader’s language (titles and type labels in it where possible).', {
          type: 'string',
          enum: ['ar', 'en'],
        }),
      ],
      responses: {
        200: {
          description: 'Up to 6 suggestions.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  data: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        id: { type: 'string' },
                        type: { type: 'string' },
                        typeLabel: { type: 'string' },
                        path: { type: 'string' },
                        language: { type: 'string' },
                        visibility: { type: 'string' },
                        title: marked,
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};
