import { discussionLanguages } from '#db/schema/hub-discussion-values';
import type { JsonSchema, OpenApiPaths } from '~/modules/api/openapi-types';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The Hub's discussion spaces in the OpenAPI document (api/openapi.ts appends this group). */
export const discussionSchemas: Record<string, JsonSchema> = {
  DiscussionSpace: {
    type: 'object',
    description: 'A public discussion space. Carries no person’s name or e-mail.',
    properties: {
      id: { type: 'string', description: 'UUID.' },
      title: ref('Translated'),
      description: ref('Translated'),
      originalLanguage: { type: ['string', 'null'], description: 'ar or en.' },
      languages: { type: 'array', items: { type: 'string', enum: [...discussionLanguages] } },
      opensAt: { type: 'string', description: 'ISO 8601 instant posts are first taken.' },
      closesAt: { type: 'string', description: 'ISO 8601 instant; posts are taken before it.' },
      status: { type: 'string', enum: ['upcoming', 'open', 'closed'] },
      posts: { type: 'integer', description: 'Visible (not hidden) posts.' },
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      principles: { type: 'array', items: { type: 'string' } },
      countries: { type: 'array', items: { type: 'string' }, description: 'ISO3 codes.' },
      path: { type: 'string', description: 'The page, after the language prefix.' },
      isSample: { type: 'boolean' },
    },
    required: ['id', 'title', 'description', 'languages', 'opensAt', 'closesAt', 'status', 'posts', 'path'],
  },
};

export const discussionPaths: OpenApiPaths = {
  '/discussions': {
    get: {
      operationId: 'listDiscussions',
      summary: 'Public discussion spaces of the Migration Network Hub',
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
          description: 'A language the space is held in.',
          schema: { type: 'string', enum: [...discussionLanguages] },
        },
        {
          name: 'q',
          in: 'query',
          description: 'Words in the title, description, questions or summary (Arabic folded).',
          schema: { type: 'string' },
        },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: {
          description: 'Spaces, newest opening first.',
          content: {
            'application/json': {
              schema: {
                allOf: [
                  ref('ListEnvelope'),
                  { type: 'object', properties: { data: { type: 'array', items: ref('DiscussionSpace') } } },
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
