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
};

export const openDataSchemas: Record<string, JsonSchema> = { ContentRecord: recordSchema(contentFields) };
