import { expertAvailabilities, expertLanguages } from '#db/schema/hub-expert-values';
import { documentLanguages, resourceTypes } from '#db/schema/hub-values';
import type { JsonSchema, OpenApiPaths } from '~/modules/api/openapi-types';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The Hub's resources in the OpenAPI document (api/openapi.ts appends this group). */
export const hubSchemas: Record<string, JsonSchema> = {
  HubResource: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'UUID.' },
      title: ref('Translated'),
      abstract: ref('Translated'),
      originalLanguage: { type: ['string', 'null'], description: 'ar or en.' },
      type: { type: 'string', enum: [...resourceTypes] },
      documentLanguages: { type: 'array', items: { type: 'string', enum: [...documentLanguages] } },
      publisher: { type: 'string' },
      year: { type: ['integer', 'null'], description: 'Year of publication of the document.' },
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      principles: { type: 'array', items: { type: 'string' } },
      countries: { type: 'array', items: { type: 'string' }, description: 'ISO3 codes.' },
      path: { type: 'string', description: 'The page, after the language prefix.' },
      isSample: { type: 'boolean' },
    },
    required: [
      'id',
      'title',
      'abstract',
      'type',
      'documentLanguages',
      'publisher',
      'objectives',
      'principles',
      'countries',
      'path',
    ],
  },
};

hubSchemas.HubExpert = {
  type: 'object',
  description: 'An approved expert. Contact details are never served: write through the expert page.',
  properties: {
    id: { type: 'string', description: 'UUID.' },
    name: { type: 'string' },
    organisation: { type: 'string' },
    biography: ref('Translated'),
    originalLanguage: { type: 'string', description: 'ar or en.' },
    objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
    principles: { type: 'array', items: { type: 'string' } },
    languages: { type: 'array', items: { type: 'string', enum: [...expertLanguages] } },
    regions: { type: 'array', items: { type: 'string' }, description: 'Region ids.' },
    availability: { type: 'string', enum: [...expertAvailabilities] },
    path: { type: 'string', description: 'The page, after the language prefix.' },
    isSample: { type: 'boolean' },
  },
  required: [
    'id',
    'name',
    'organisation',
    'biography',
    'objectives',
    'languages',
    'regions',
    'availability',
    'path',
  ],
};

export const hubPaths: OpenApiPaths = {
  '/experts': {
    get: {
      operationId: 'listExperts',
      summary: 'Approved experts of the Migration Network Hub (never their e-mail or telephone)',
      tags: ['Hub'],
      parameters: [
        {
          name: 'objective',
          in: 'query',
          description: 'Expertise in this objective, 1..23.',
          schema: { type: 'integer', minimum: 1, maximum: 23 },
        },
        {
          name: 'principle',
          in: 'query',
          description: 'A guiding principle key.',
          schema: { type: 'string' },
        },
        {
          name: 'country',
          in: 'query',
          description: 'ISO3, any case: experts working in a region the country belongs to.',
          schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
        },
        { name: 'region', in: 'query', description: 'A region id.', schema: { type: 'string' } },
        {
          name: 'language',
          in: 'query',
          description: 'A language the expert works in.',
          schema: { type: 'string', enum: [...expertLanguages] },
        },
        {
          name: 'q',
          in: 'query',
          description: 'Words in the name, organisation or biography (Arabic folded).',
          schema: { type: 'string' },
        },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: {
          description: 'Experts, by name.',
          content: {
            'application/json': {
              schema: {
                allOf: [
                  ref('ListEnvelope'),
                  { type: 'object', properties: { data: { type: 'array', items: ref('HubExpert') } } },
                ],
              },
            },
          },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
      },
    },
  },
  '/resources': {
    get: {
      operationId: 'listResources',
      summary: 'Published, peer-reviewed knowledge resources of the Migration Network Hub',
      tags: ['Hub'],
      parameters: [
        {
          name: 'objective',
          in: 'query',
          description: 'Tagged with this objective, 1..23.',
          schema: { type: 'integer', minimum: 1, maximum: 23 },
        },
        {
          name: 'principle',
          in: 'query',
          description: 'A guiding principle key.',
          schema: { type: 'string' },
        },
        {
          name: 'country',
          in: 'query',
          description: 'ISO3, any case.',
          schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
        },
        {
          name: 'region',
          in: 'query',
          description: 'A region id (tagged, or containing a tagged country).',
          schema: { type: 'string' },
        },
        {
          name: 'language',
          in: 'query',
          description: 'A language the document is written in.',
          schema: { type: 'string', enum: [...documentLanguages] },
        },
        { name: 'type', in: 'query', schema: { type: 'string', enum: [...resourceTypes] } },
        { name: 'year', in: 'query', description: 'Year of publication.', schema: { type: 'integer' } },
        {
          name: 'q',
          in: 'query',
          description: 'Words in the title, abstract or publisher (Arabic folded).',
          schema: { type: 'string' },
        },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: {
          description: 'Resources, newest first.',
          content: {
            'application/json': {
              schema: {
                allOf: [
                  ref('ListEnvelope'),
                  { type: 'object', properties: { data: { type: 'array', items: ref('HubResource') } } },
                ],
              },
            },
          },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
      },
    },
  },
};
