import { disaggregationDimensions, indicatorUnits } from '#db/schema/indicator-values';
import type { JsonSchema, OpenApiPaths } from '~/modules/api/openapi-types';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The GCM indicators in the OpenAPI document (api/openapi.ts appends this group). */
export const indicatorSchemas: Record<string, JsonSchema> = {
  Indicator: {
    type: 'object',
    properties: {
      code: { type: 'string', description: 'Stable code; provisional ones are P-NN (not official codes).' },
      name: ref('Translated'),
      definition: ref('Translated'),
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      sdgIndicator: {
        type: ['string', 'null'],
        description: 'The SDG global indicator it draws on, e.g. 10.7.2.',
      },
      unit: { type: 'string', enum: [...indicatorUnits] },
      disaggregations: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            dimension: { type: 'string', enum: [...disaggregationDimensions] },
            values: { type: 'array', items: { type: 'string' } },
          },
          required: ['dimension', 'values'],
        },
      },
      source: ref('Translated'),
      provisional: { type: 'boolean', description: 'Not (yet) an agreed GCM indicator.' },
      path: { type: 'string', description: 'The page, after the language prefix.' },
      csv: { type: 'string', description: 'The tidy CSV of its values, after the language prefix.' },
    },
    required: ['code', 'name', 'objectives', 'unit', 'disaggregations', 'provisional', 'path', 'csv'],
  },
};

export const indicatorPaths: OpenApiPaths = {
  '/indicators': {
    get: {
      operationId: 'listIndicators',
      summary: 'The catalogue of GCM indicators',
      description:
        'Indicators in catalogue order, each with its objectives, linked SDG indicator, unit and disaggregations (each dimension with its allowed values). The catalogue is provisional until an agreed list exists (`provisional`). Reported values per state, year and disaggregation: the tidy CSV at `/{lang}` + `csv`.',
      tags: ['Indicators'],
      parameters: [
        {
          name: 'objective',
          in: 'query',
          description: 'Indicators of this objective, 1..23.',
          schema: { type: 'integer', minimum: 1, maximum: 23 },
        },
        { $ref: '#/components/parameters/limit' },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: {
          description: 'Indicators in catalogue order.',
          content: {
            'application/json': {
              schema: {
                allOf: [
                  ref('ListEnvelope'),
                  { type: 'object', properties: { data: { type: 'array', items: ref('Indicator') } } },
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
