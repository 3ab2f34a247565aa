/**
 * The OpenAPI 3.1 document served at /api/v1/openapi.json. Every endpoint is described here; a
 * feature adds its paths as one more group in `pathGroups` and its schemas in `schemas`, reusing
 * the shared parameters (limit, offset), envelope and error responses below.
 */
export type JsonSchema = {
  type?: string | string[];
  $ref?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: readonly (string | number)[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: unknown;
  examples?: unknown[];
  additionalProperties?: boolean | JsonSchema;
};

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, { description?: string; schema: JsonSchema }>;
  content?: Record<string, { schema: JsonSchema }>;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (OpenApiParameter | { $ref: string })[];
  responses: Record<string, OpenApiResponse | { $ref: string }>;
}

export type OpenApiPaths = Record<string, { get?: OpenApiOperation; post?: OpenApiOperation }>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: {
    title: string;
    version: string;
    description: string;
    license?: { name: string; identifier?: string };
  };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: OpenApiPaths;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, OpenApiParameter>;
    responses: Record<string, OpenApiResponse>;
    headers: Record<string, { description?: string; schema: JsonSchema }>;
  };
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

const publicHeaders = {
  'Cache-Control': { $ref: '#/components/headers/CacheControl' },
  'Access-Control-Allow-Origin': { $ref: '#/components/headers/AllowOrigin' },
} as unknown as Record<string, { schema: JsonSchema }>;

/** A 200 answer with the public cache and CORS headers. */
export const okResponse = (description: string, schema: JsonSchema): OpenApiResponse => ({
  description,
  headers: publicHeaders,
  content: json(schema),
});

/** A list answer: `{ data: [item], page }`. */
export const listResponse = (description: string, item: JsonSchema): OpenApiResponse =>
  okResponse(description, {
    allOf: [ref('ListEnvelope'), { type: 'object', properties: { data: { type: 'array', items: item } } }],
  });

export const pageParameters = [
  { $ref: '#/components/parameters/limit' },
  { $ref: '#/components/parameters/offset' },
];
export const errorResponses = {
  badFilter: { $ref: '#/components/responses/InvalidFilter' },
  notFound: { $ref: '#/components/responses/NotFound' },
  unauthenticated: { $ref: '#/components/responses/Unauthenticated' },
  forbidden: { $ref: '#/components/responses/Forbidden' },
};

const schemas: Record<string, JsonSchema> = {
  Translated: {
    type: 'object',
    description: 'A text in Arabic and English; null where that language is not available.',
    properties: { ar: { type: ['string', 'null'] }, en: { type: ['string', 'null'] } },
    required: ['ar', 'en'],
  },
  Page: {
    type: 'object',
    properties: {
      total: { type: 'integer', minimum: 0, description: 'Items matching the filters, all pages together.' },
      limit: { type: 'integer', minimum: 1 },
      offset: { type: 'integer', minimum: 0 },
    },
    required: ['total', 'limit', 'offset'],
  },
  ListEnvelope: {
    type: 'object',
    properties: { data: { type: 'array', items: {} }, page: ref('Page') },
    required: ['data', 'page'],
  },
  Error: {
    type: 'object',
    properties: {
      error: {
        type: 'object',
        properties: {
          code: { type: 'string', examples: ['invalidFilter', 'notFound', 'unauthenticated', 'forbidden'] },
          field: { type: 'string', description: 'invalidFilter: the query parameter refused.' },
          allowed: {
            oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
            description: 'invalidFilter: the accepted range ("1..100") or values.',
          },
          message: { type: 'string' },
        },
        required: ['code'],
      },
    },
    required: ['error'],
  },
  Objective: {
    type: 'object',
    properties: {
      id: { type: 'integer', minimum: 1, maximum: 23, description: 'Same as number.' },
      number: { type: 'integer', minimum: 1, maximum: 23 },
      code: { type: 'string', examples: ['GCM-O07'] },
      title: {
        ...ref('Translated'),
        description: 'English verified against A/RES/73/195; Arabic may be a working translation.',
      },
      shortLabel: ref('Translated'),
    },
    required: ['id', 'number', 'code', 'title', 'shortLabel'],
  },
  Principle: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'Same as key.' },
      key: { type: 'string', examples: ['human_rights'] },
      paragraph: { type: 'string', examples: ['15(f)'], description: 'Paragraph of A/RES/73/195.' },
      position: { type: 'integer', minimum: 1, maximum: 10 },
      name: ref('Translated'),
    },
    required: ['id', 'key', 'paragraph', 'position', 'name'],
  },
  ThematicArea: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      name: ref('Translated'),
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      verified: {
        type: 'boolean',
        description: 'false: names and objective mapping are not verified against a source.',
      },
    },
    required: ['id', 'name', 'objectives', 'verified'],
  },
  Country: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'Same as iso3.' },
      iso3: { type: 'string', pattern: '^[A-Z]{3}$' },
      iso2: { type: 'string', pattern: '^[A-Z]{2}$' },
      m49: { type: 'string', pattern: '^\\d{3}$' },
      name: ref('Translated'),
      unStatus: { type: 'string', enum: ['member', 'observer'] },
      region: { type: ['string', 'null'], description: 'M49 region id, e.g. M49-002.' },
      subregion: { type: ['string', 'null'], description: 'M49 sub-region id, e.g. M49-015.' },
      groupings: {
        type: 'array',
        items: { type: 'string' },
        description: 'Other groupings: regional commissions, LAS, ARCP.',
      },
    },
    required: ['id', 'iso3', 'iso2', 'm49', 'name', 'unStatus', 'region', 'subregion', 'groupings'],
  },
  CountryDetail: {
    allOf: [
      ref('Country'),
      {
        type: 'object',
        properties: {
          officialName: ref('Translated'),
          memberships: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                kind: ref('RegionKind'),
                name: ref('Translated'),
                note: { type: ['string', 'null'] },
              },
              required: ['id', 'kind', 'name', 'note'],
            },
          },
        },
        required: ['officialName', 'memberships'],
      },
    ],
  },
  RegionKind: {
    type: 'string',
    enum: ['m49_region', 'm49_subregion', 'regional_commission', 'organisation', 'process'],
  },
  Region: {
    type: 'object',
    properties: {
      id: { type: 'string', examples: ['M49-145', 'ESCWA', 'LAS', 'ARCP'] },
      kind: ref('RegionKind'),
      code: { type: 'string' },
      parentId: { type: ['string', 'null'] },
      name: ref('Translated'),
      memberCount: { type: 'integer', minimum: 0, description: '0 when the sources record no membership.' },
      members: { type: 'array', items: { type: 'string' }, description: 'Member ISO3 codes.' },
    },
    required: ['id', 'kind', 'code', 'parentId', 'name', 'memberCount', 'members'],
  },
};

const referencePaths: OpenApiPaths = {
  '/objectives': {
    get: {
      operationId: 'listObjectives',
      summary: 'The 23 objectives of the Global Compact for Migration',
      tags: ['Framework'],
      parameters: [{ $ref: '#/components/parameters/limit' }, { $ref: '#/components/parameters/offset' }],
      responses: {
        200: listResponse('Objectives in number order.', ref('Objective')),
        400: errorResponses.badFilter,
      },
    },
  },
  '/objectives/{number}': {
    get: {
      operationId: 'getObjective',
      summary: 'One objective',
      tags: ['Framework'],
      parameters: [
        { name: 'number', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 23 } },
      ],
      responses: {
        200: okResponse('The objective.', {
          type: 'object',
          properties: { data: ref('Objective') },
          required: ['data'],
        }),
        404: errorResponses.notFound,
      },
    },
  },
  '/principles': {
    get: {
      operationId: 'listPrinciples',
      summary: 'The ten guiding principles',
      tags: ['Framework'],
      parameters: pageParameters,
      responses: {
        200: listResponse('Principles in the order of para 15.', ref('Principle')),
        400: errorResponses.badFilter,
      },
    },
  },
  '/thematic-areas': {
    get: {
      operationId: 'listThematicAreas',
      summary: 'Migration MPTF thematic areas (unverified)',
      description:
        'Names and the mapping to objectives are not verified against a source: every item carries verified=false until the secretariat confirms it.',
      tags: ['Framework'],
      parameters: pageParameters,
      responses: { 200: listResponse('Thematic areas.', ref('ThematicArea')), 400: errorResponses.badFilter },
    },
  },
  '/countries': {
    get: {
      operationId: 'listCountries',
      summary: 'UN member and observer states',
      tags: ['Geography'],
      parameters: [
        {
          name: 'region',
          in: 'query',
          description:
            'A region id (any kind): only its members. Unknown ids answer 400 listing the allowed ids.',
          schema: { type: 'string' },
        },
        { name: 'unStatus', in: 'query', schema: { type: 'string', enum: ['member', 'observer'] } },
        {
          name: 'limit',
          in: 'query',
          description: 'Page size, 1..250 (default 250).',
          schema: { type: 'integer', minimum: 1, maximum: 250, default: 250 },
        },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: listResponse('Countries sorted by English name.', ref('Country')),
        400: errorResponses.badFilter,
      },
    },
  },
  '/countries/{iso3}': {
    get: {
      operationId: 'getCountry',
      summary: 'One country with its groupings',
      tags: ['Geography'],
      parameters: [
        {
          name: 'iso3',
          in: 'path',
          required: true,
          description: 'ISO 3166-1 alpha-3, any case.',
          schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
        },
      ],
      responses: {
        200: okResponse('The country.', {
          type: 'object',
          properties: { data: ref('CountryDetail') },
          required: ['data'],
        }),
        404: errorResponses.notFound,
      },
    },
  },
  '/regions': {
    get: {
      operationId: 'listRegions',
      summary: 'Regions and groupings of countries',
      description:
        'UN M49 regions and sub-regions, UN regional commissions, the League of Arab States and the ARCP.',
      tags: ['Geography'],
      parameters: [
        { name: 'kind', in: 'query', schema: ref('RegionKind') },
        { $ref: '#/components/parameters/limit' },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: listResponse('Regions in display order.', ref('Region')),
        400: errorResponses.badFilter,
      },
    },
  },
  '/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document',
      tags: ['Meta'],
      responses: { 200: { description: 'OpenAPI 3.1 document.', content: json({ type: 'object' }) } },
    },
  },
};

/** Public pledges (published and closed only): the registry, one pledge, and the registry as CSV. */
const pledgeFilterParameters: OpenApiParameter[] = [
  {
    name: 'objective',
    in: 'query',
    description: 'Tagged with this objective, 1..23.',
    schema: { type: 'integer', minimum: 1, maximum: 23 },
  },
  { name: 'principle', in: 'query', description: 'A guiding principle key.', schema: { type: 'string' } },
  {
    name: 'country',
    in: 'query',
    description: 'ISO3, any case: pledged by this state or tagged with this country.',
    schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
  },
  {
    name: 'region',
    in: 'query',
    description: 'A region id: tagged with the region, or pledged by or tagged with a member country.',
    schema: { type: 'string' },
  },
  { name: 'status', in: 'query', schema: { type: 'string', enum: ['published', 'closed'] } },
  {
    name: 'form',
    in: 'query',
    schema: { type: 'string', enum: ['financial', 'human_resources', 'process', 'policy'] },
  },
  {
    name: 'kind',
    in: 'query',
    schema: { type: 'string', enum: ['individual', 'common', 'partnership', 'matching'] },
  },
  {
    name: 'pledgerType',
    in: 'query',
    description: '"state", or the stakeholder category key of the pledging organisation.',
    schema: { type: 'string' },
  },
  {
    name: 'year',
    in: 'query',
    description: 'Year of publication (UTC).',
    schema: { type: 'integer', minimum: 2018, maximum: 2100 },
  },
  {
    name: 'freshness',
    in: 'query',
    description:
      'Published pledges whose last progress update (or publication) is ≤ 12 months old (green), ≤ 24 (amber) or older (red).',
    schema: { type: 'string', enum: ['green', 'amber', 'red'] },
  },
  {
    name: 'q',
    in: 'query',
    description: 'Text in the title or description, Arabic or English (Arabic letter variants matched).',
    schema: { type: 'string' },
  },
  {
    name: 'sort',
    in: 'query',
    schema: { type: 'string', enum: ['newest', 'oldest', 'title'], default: 'newest' },
  },
];

const pledgerSchema: JsonSchema = {
  type: 'object',
  description: 'A state (iso3) or an organisation (id, category).',
  properties: {
    type: { type: 'string', enum: ['state', 'organisation'] },
    iso3: { type: 'string' },
    id: { type: 'string' },
    name: ref('Translated'),
    category: { type: ['string', 'null'] },
  },
  required: ['type'],
};

Object.assign(schemas, {
  Pledge: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'UUID.' },
      title: ref('Translated'),
      status: { type: 'string', enum: ['published', 'closed'] },
      kind: { type: 'string', enum: ['individual', 'common', 'partnership', 'matching'] },
      forms: { type: 'array', items: { type: 'string' } },
      level: { type: 'string', enum: ['local', 'national', 'regional', 'global'] },
      pledger: pledgerSchema,
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      principles: { type: 'array', items: { type: 'string' } },
      countries: { type: 'array', items: { type: 'string' }, description: 'Tagged ISO3 codes.' },
      regions: { type: 'array', items: { type: 'string' }, description: 'Tagged region ids.' },
      financial: {
        type: ['object', 'null'],
        properties: { amount: { type: 'number' }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
      },
      startDate: { type: ['string', 'null'], description: 'YYYY-MM-DD.' },
      endDate: { type: ['string', 'null'], description: 'YYYY-MM-DD.' },
      publishedAt: { type: ['string', 'null'], description: 'ISO 8601 timestamp.' },
      lastProgressOn: { type: ['string', 'null'] },
      freshness: {
        oneOf: [{ type: 'string', enum: ['green', 'amber', 'red'] }, { type: 'null' }],
        description: 'How current the reporting is; null for closed pledges.',
      },
      isSample: { type: 'boolean', description: 'Demonstration data, not a real pledge.' },
    },
    required: [
      'id',
      'title',
      'status',
      'pledger',
      'objectives',
      'principles',
      'countries',
      'startDate',
      'endDate',
      'freshness',
    ],
  },
  PledgeDetail: {
    allOf: [
      ref('Pledge'),
      {
        type: 'object',
        properties: {
          description: ref('Translated'),
          partners: {
            type: 'array',
            items: {
              ...pledgerSchema,
              properties: { ...pledgerSchema.properties, confirmed: { type: 'boolean' } },
            },
          },
          indicators: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                name: ref('Translated'),
                unit: { type: 'string' },
                baseline: { type: ['number', 'null'] },
                target: { type: 'number' },
                dueDate: { type: ['string', 'null'] },
              },
            },
          },
          updates: {
            type: 'array',
            description: 'Progress updates, newest first.',
            items: {
              type: 'object',
              properties: {
                reportedOn: { type: 'string' },
                status: { type: 'string' },
                narrative: ref('Translated'),
                values: { type: 'array', items: { type: 'object' } },
              },
            },
          },
        },
      },
    ],
  },
} satisfies Record<string, JsonSchema>);

const pledgePaths: OpenApiPaths = {
  '/pledges': {
    get: {
      operationId: 'listPledges',
      summary: 'Published and closed pledges',
      tags: ['Pledges'],
      parameters: [
        ...pledgeFilterParameters,
        {
          name: 'limit',
          in: 'query',
          description: 'Page size, 1..100 (default 50).',
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
        },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: listResponse('Pledges, newest first unless sorted.', ref('Pledge')),
        400: errorResponses.badFilter,
      },
    },
  },
  '/pledges/{id}': {
    get: {
      operationId: 'getPledge',
      summary: 'One published or closed pledge, with indicators and progress',
      tags: ['Pledges'],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: okResponse('The pledge.', {
          type: 'object',
          properties: { data: ref('PledgeDetail') },
          required: ['data'],
        }),
        404: errorResponses.notFound,
      },
    },
  },
  '/pledges.csv': {
    get: {
      operationId: 'exportPledges',
      summary: 'Published and closed pledges as CSV',
      description:
        'The same filters as /pledges, all matching rows (no paging). UTF-8 with a byte order mark; one row per pledge; lists (objectives, principles, countries, regions, forms) joined with ";".',
      tags: ['Pledges'],
      parameters: pledgeFilterParameters,
      responses: {
        200: {
          description: 'CSV file (attachment pledges.csv).',
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        400: errorResponses.badFilter,
      },
    },
  },
};

/** Each feature's paths; later features append their group. */
export const pathGroups: OpenApiPaths[] = [referencePaths, pledgePaths];

export function openApiDocument(options: { serverUrl?: string } = {}): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Marsad API',
      version: '1.0.0',
      description:
        'Open data of Marsad, the platform for following up and reviewing the Global Compact for Safe, Orderly and Regular Migration. ' +
        'Texts come in Arabic and English. Lists answer { data, page: { total, limit, offset } }; a bad filter answers 400 { error: { code: "invalidFilter", field, allowed } }.',
    },
    servers: [{ url: options.serverUrl ?? '/api/v1' }],
    tags: [
      { name: 'Framework', description: 'The GCM objectives, guiding principles and thematic areas.' },
      { name: 'Geography', description: 'Countries and the regions and groupings they belong to.' },
      { name: 'Pledges', description: 'Published pledges: the registry, one pledge, CSV export.' },
      { name: 'Meta', description: 'About the API.' },
    ],
    paths: Object.assign({}, ...pathGroups),
    components: {
      schemas,
      parameters: {
        limit: {
          name: 'limit',
          in: 'query',
          description: 'Page size, 1..100 (default 100).',
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 100 },
        },
        offset: {
          name: 'offset',
          in: 'query',
          description: 'Items to skip (default 0).',
          schema: { type: 'integer', minimum: 0, default: 0 },
        },
      },
      responses: {
        InvalidFilter: {
          description: 'A query parameter has a value the endpoint does not accept.',
          content: json(ref('Error')),
        },
        NotFound: { description: 'No such item.', content: json(ref('Error')) },
        Unauthenticated: { description: 'Sign-in required.', content: json(ref('Error')) },
        Forbidden: { description: 'Not allowed.', content: json(ref('Error')) },
      },
      headers: {
        CacheControl: {
          description: 'Public reference data may be cached for five minutes.',
          schema: { type: 'string', examples: ['public, max-age=300'] },
        },
        AllowOrigin: {
          description: 'Readable from any origin.',
          schema: { type: 'string', examples: ['*'] },
        },
      },
    },
  };
}
