import { practiceStages } from '#db/schema/hub-practice-values';
import type { JsonSchema, OpenApiPaths } from '~/modules/api/openapi-types';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The Hub's practices in the OpenAPI document (modules/api/openapi.ts appends this group). */
export const practiceSchemas: Record<string, JsonSchema> = {
  HubPractice: {
    type: 'object',
    description: 'An approved practice. The contact person is never included.',
    properties: {
      id: { type: 'string', description: 'UUID.' },
      title: ref('Translated'),
      summary: ref('Translated'),
      originalLanguage: { type: ['string', 'null'], description: 'ar or en.' },
      stage: { type: 'string', enum: [...practiceStages] },
      promising: { type: 'boolean', description: 'Marked promising by a Hub curator.' },
      implementers: { type: 'string', description: 'Who implements it.' },
      period: {
        type: 'object',
        properties: {
          start: { type: 'string', description: 'ISO day.' },
          end: { type: ['string', 'null'], description: 'ISO day.' },
        },
      },
      implementedAfterDecember2018: {
        type: 'boolean',
        description: 'Derived: still running on 1 January 2019 (no end date, or an end on or after it).',
      },
      isGlobal: { type: 'boolean' },
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      principles: { type: 'array', items: { type: 'string' } },
      countries: { type: 'array', items: { type: 'string' }, description: 'ISO3 codes.' },
      regions: { type: 'array', items: { type: 'string' } },
      callId: { type: ['string', 'null'], description: 'The call for practices it answered.' },
      publishedAt: { type: ['string', 'null'], description: 'ISO 8601 instant.' },
      path: { type: 'string', description: 'The page, after the language prefix.' },
      isSample: { type: 'boolean' },
    },
    required: [
      'id',
      'title',
      'summary',
      'stage',
      'promising',
      'objectives',
      'principles',
      'countries',
      'path',
    ],
  },
};

export const practicePaths: OpenApiPaths = {
  '/practices': {
    get: {
      operationId: 'listPractices',
      summary: 'Approved practices of the Migration Network Hub (never their contact person)',
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
          name: 'language',
          in: 'query',
          description: 'A language the practice is described in.',
          schema: { type: 'string', enum: ['ar', 'en'] },
        },
        { name: 'stage', in: 'query', schema: { type: 'string', enum: [...practiceStages] } },
        { name: 'promising', in: 'query', schema: { type: 'boolean' } },
        {
          name: 'q',
          in: 'query',
          description: 'Words in the title, summary or implementers (Arabic folded).',
          schema: { type: 'string' },
        },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: {
          description: 'Practices, promising first, then newest.',
          content: {
            'application/json': {
              schema: {
                allOf: [
                  ref('ListEnvelope'),
                  { type: 'object', properties: { data: { type: 'array', items: ref('HubPractice') } } },
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
