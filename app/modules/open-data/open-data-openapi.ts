import en from '~/locales/en/open-data.json';
import type { JsonSchema, OpenApiPaths } from '~/modules/api/openapi-types';
import { contentTypeKeys } from '~/modules/content/content-type-keys';
import { contentFields, type DatasetField } from './dataset-fields';

const datasetKeyList = [...contentTypeKeys, 'objectives', 'countries', 'regions'];
const ok = { $ref: '#/components/headers/CacheControl' };

/** The field dictionary as JSON Schema properties (English descriptions; Arabic in the Table Schema). */
function recordSchema(fields: DatasetField[]): JsonSchema {
  const messages = en as Record<string, string>;
  return {
    type: 'object',
    properties: Object.fromEntries(
      fields.map((f) => [
        f.name,
        {
          description: messages[`field.${f.name}`],
          ...(f.type === 'list'
            ? { type: 'array', items: { type: f.itemType ?? 'string' } }
            : f.type === 'datetime'
              ? { type: f.required ? 'string' : ['string', 'null'], format: 'date-time' }
              : { type: f.required ? f.type : [f.type, 'null'] }),
        },
      ]),
    ),
    required: fields.filter((f) => f.required).map((f) => f.name),
  };
}

/**
 * Open data in the OpenAPI document (api/openapi.ts appends this group): the dataset list, the
 * streamed bulk files and their Table Schemas, with the content records' field dictionary.
 */
export const openDataPaths: OpenApiPaths = {
  '/datasets': {
    get: {
      operationId: 'listDatasets',
      summary: 'Every public dataset, with its size and bulk files',
      description:
        'One dataset per content type (what an anonymous reader may open) and the GCM reference lists. Each entry gives `rows`, `updatedAt` (when public data last changed; the files are built on request), `downloads.csv` / `downloads.jsonl`, the Table Schema per language (`schema.ar`, `schema.en`) and the readable dictionary page per language.',
      tags: ['Open data'],
      responses: {
        200: {
          description: 'The datasets in the list envelope (one page).',
          headers: { 'Cache-Control': ok } as never,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ListEnvelope' } } },
        },
      },
    },
  },
  '/datasets/{file}': {
    get: {
      operationId: 'downloadDataset',
      summary: 'One dataset whole, streamed (CSV or JSON Lines)',
      description:
        '`<key>.csv` or `<key>.jsonl`, unpaginated. CSV is UTF-8 with a byte order mark (for spreadsheets) unless `bom=0`; its first line holds the field names; lists are joined with ";". JSON Lines has one record per line. Content datasets have the fields of ContentRecord. The `Link` header (rel="describedby") points to the Table Schema. Limited to 30 downloads a minute per address: over it, 429 with `Retry-After` (seconds).',
      tags: ['Open data'],
      parameters: [
        {
          name: 'file',
          in: 'path',
          required: true,
          description: `A dataset key (${datasetKeyList.join(', ')}) and .csv or .jsonl.`,
          schema: { type: 'string', examples: ['pledge.csv', 'countries.jsonl'] },
        },
        { name: 'bom', in: 'query', schema: { type: 'string', enum: ['0', '1'], default: '1' } },
      ],
      responses: {
        200: {
          description: 'The file (attachment marsad-<key>.<format>).',
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/jsonl': { schema: { $ref: '#/components/schemas/ContentRecord' } },
          },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
        404: { $ref: '#/components/responses/NotFound' },
        429: { description: 'Too many downloads; retry after the seconds in Retry-After.' },
      },
    },
  },
  '/datasets/{key}/schema.json': {
    get: {
      operationId: 'getDatasetSchema',
      summary: "A dataset's Frictionless Table Schema, in Arabic or English",
      tags: ['Open data'],
      parameters: [
        { name: 'key', in: 'path', required: true, schema: { type: 'string', enum: datasetKeyList } },
        { name: 'lang', in: 'query', schema: { type: 'string', enum: ['ar', 'en'], default: 'en' } },
      ],
      responses: {
        200: {
          description: 'Table Schema (fields with name, type, description, constraints; primaryKey).',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
        404: { $ref: '#/components/responses/NotFound' },
      },
    },
  },
  '/content': {
    get: {
      operationId: 'listContent',
      summary: 'Public items of every content type, newest first',
      description: `Every item of every content type the content index registers (${contentTypeKeys.join(', ')}) that an anonymous reader may open, as the index holds it: newest publication first, paginated. A type registered later appears here with no change to the API.`,
      tags: ['Open data'],
      parameters: [
        { name: 'type', in: 'query', schema: { type: 'string', enum: [...contentTypeKeys] } },
        { name: 'objective', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 23 } },
        {
          name: 'principle',
          in: 'query',
          description: 'A guiding principle key.',
          schema: { type: 'string' },
        },
        { name: 'country', in: 'query', description: 'ISO 3166 alpha-3.', schema: { type: 'string' } },
        {
          name: 'region',
          in: 'query',
          description: 'A region id (e.g. ESCWA, M49-002).',
          schema: { type: 'string' },
        },
        { name: 'year', in: 'query', schema: { type: 'integer', minimum: 1900, maximum: 2100 } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
        { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
      ],
      responses: {
        200: {
          description: 'The items in the list envelope.',
          headers: { 'Cache-Control': ok } as never,
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/ListEnvelope' },
                  {
                    type: 'object',
                    properties: {
                      data: { type: 'array', items: { $ref: '#/components/schemas/ContentItem' } },
                    },
                  },
                ],
              },
            },
          },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
      },
    },
  },
  '/content/{type}/{id}': {
    get: {
      operationId: 'getContentItem',
      summary: 'One public item of any content type, with its full text',
      tags: ['Open data'],
      parameters: [
        { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: [...contentTypeKeys] } },
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      ],
      responses: {
        200: {
          description: 'The item (`data`), with `body`.',
          headers: { 'Cache-Control': ok } as never,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  data: {
                    allOf: [
                      { $ref: '#/components/schemas/ContentItem' },
                      { type: 'object', properties: { body: translated('The full text, per language.') } },
                    ],
                  },
                },
              },
            },
          },
        },
        404: { $ref: '#/components/responses/NotFound' },
      },
    },
  },
};

function translated(description: string): JsonSchema {
  return {
    type: 'object',
    description,
    properties: { ar: { type: ['string', 'null'] }, en: { type: ['string', 'null'] } },
  };
}

/** An item of GET /api/v1/content (the index's public fields; public-content.server.ts). */
const contentItemSchema: JsonSchema = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: [...contentTypeKeys] },
    id: { type: 'string' },
    status: {
      type: 'string',
      description: "The item's status in its own workflow (e.g. published, closed).",
    },
    originalLanguage: { type: ['string', 'null'], description: 'ar or en.' },
    title: translated('The title, per language (null where not written).'),
    summary: translated('A short summary, per language.'),
    objectives: { type: 'array', items: { type: 'integer' }, description: 'GCM objective numbers.' },
    principles: { type: 'array', items: { type: 'string' }, description: 'Guiding principle keys.' },
    countries: {
      type: 'array',
      items: { type: 'string' },
      description: 'ISO3 codes it is about or made by.',
    },
    regions: { type: 'array', items: { type: 'string' }, description: 'Regions it concerns.' },
    year: { type: ['integer', 'null'] },
    publishedAt: { type: ['string', 'null'], description: 'ISO 8601 date-time.' },
    updatedAt: { type: 'string', description: 'ISO 8601 date-time.' },
    url: { type: 'object', properties: { ar: { type: 'string' }, en: { type: 'string' } } },
    isSample: { type: 'boolean', description: 'Sample (demonstration) content.' },
  },
  required: ['type', 'id', 'status', 'title', 'objectives', 'principles', 'updatedAt', 'url'],
};

export const openDataSchemas: Record<string, JsonSchema> = {
  ContentRecord: recordSchema(contentFields),
  ContentItem: contentItemSchema,
};
