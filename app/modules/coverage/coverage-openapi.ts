import type { JsonSchema, OpenApiPaths } from '~/modules/api/openapi-types';
import { contentTypeKeys } from '~/modules/content/content-type-keys';
import { regionKinds } from '~/modules/reference/constants';

const byType: JsonSchema = {
  type: 'object',
  description: 'Public items per content type.',
  properties: Object.fromEntries(contentTypeKeys.map((k) => [k, { type: 'integer' }])),
};

/** The coverage radar in the OpenAPI document (api/openapi.ts appends this group). */
export const coveragePaths: OpenApiPaths = {
  '/coverage': {
    get: {
      operationId: 'getCoverage',
      summary: 'The coverage radar: public activity per objective × region (or × country of a region)',
      description:
        'Counts of what an anonymous reader may open in the content index, tagged with each objective and concerning each column (the `definitions`, in Arabic and English, say exactly how). Also the least-covered objectives per column, the yearly trend, and the public pledges per objective by status (`pledgeStatus`: published, closed) in the whole scope. `by=country` needs `region`; an unknown region answers 404, a region without member states in the reference data an empty matrix with a `note`.',
      tags: ['Open data'],
      parameters: [
        {
          name: 'by',
          in: 'query',
          schema: { type: 'string', enum: ['region', 'country'], default: 'region' },
        },
        {
          name: 'kind',
          in: 'query',
          description: 'The kind of regions as columns (by=region).',
          schema: { type: 'string', enum: [...regionKinds] },
        },
        {
          name: 'region',
          in: 'query',
          description: 'The region whose countries are the columns.',
          schema: { type: 'string' },
        },
      ],
      responses: {
        200: {
          description: 'The matrix (`data`).',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  data: {
                    type: 'object',
                    properties: {
                      by: { type: 'string', enum: ['region', 'country'] },
                      columns: { type: 'array', items: { type: 'object' } },
                      rows: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            objective: { type: 'integer' },
                            cells: {
                              type: 'array',
                              items: { type: 'object', properties: { total: { type: 'integer' }, byType } },
                            },
                            total: { type: 'integer' },
                          },
                        },
                      },
                      leastCovered: { type: 'array', items: { type: 'object' } },
                      pledgeStatus: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            objective: { type: 'integer' },
                            byStatus: {
                              type: 'object',
                              properties: { published: { type: 'integer' }, closed: { type: 'integer' } },
                            },
                            total: { type: 'integer' },
                          },
                        },
                      },
                      trend: { type: 'array', items: { type: 'object' } },
                      asOf: { type: 'string', description: 'ISO 8601 date-time.' },
                      definitions: { type: 'object' },
                      note: {
                        type: ['object', 'null'],
                        description:
                          'Why the matrix has no columns, or null. `noMembers`: the reference data list no member states for the region (ECE, ECLAC and ESCAP today), so `by=country` answers an empty matrix rather than 404.',
                        properties: {
                          code: { type: 'string', enum: ['noMembers'] },
                          ar: { type: 'string' },
                          en: { type: 'string' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
        404: { $ref: '#/components/responses/NotFound' },
      },
    },
  },
};
