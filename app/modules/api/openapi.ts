import { pledgerCategories } from '#db/schema/pledge-values';
import { contributionKinds } from '#db/schema/review-contribution-values';
import { sdgTargetCodes } from '~/modules/reference/sdg-targets';
/**
 * The OpenAPI 3.1 document served at /api/v1/openapi.json. Every endpoint is described here; a
 * feature adds its paths as one more group in `pathGroups` and its schemas in `schemas`, reusing
 * the shared parameters (limit, offset), envelope and error responses below.
 */

import { contentTypeKeys } from '~/modules/content/content-type-keys';
import { coveragePaths } from '~/modules/coverage/coverage-openapi';
import { discussionPaths, discussionSchemas } from '~/modules/hub/discussions/discussion-openapi';
import { hubPaths, hubSchemas } from '~/modules/hub/hub-openapi';
import { practicePaths, practiceSchemas } from '~/modules/hub/practices/practice-openapi';
import { indicatorPaths, indicatorSchemas } from '~/modules/indicators/indicator-openapi';
import { instrumentPaths } from '~/modules/instruments/instruments-openapi';
import { meetingPaths } from '~/modules/meetings/meeting-openapi';
import { openDataPaths, openDataSchemas } from '~/modules/open-data/open-data-openapi';
import { contributionActors, contributionTypes } from '~/modules/reviews/contributions/contribution-filters';
import { synthesisPaths } from '~/modules/reviews/synthesis/synthesis-openapi';
import { searchPaths, searchSchemas } from '~/modules/search/search-openapi';
import type {
  JsonSchema,
  OpenApiDocument,
  OpenApiParameter,
  OpenApiPaths,
  OpenApiResponse,
} from './openapi-types';

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

/** A `limit` query parameter for lists whose page size differs from the shared one (components.parameters.limit). */
export const limitParameter = (max: number, fallback: number): OpenApiParameter => ({
  name: 'limit',
  in: 'query',
  description: `Page size, 1..${max} (default ${fallback}).`,
  schema: { type: 'integer', minimum: 1, maximum: max, default: fallback },
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
      totalCapped: {
        type: 'boolean',
        description:
          'True when the list stopped counting: more items match than `total` says (pledges count up to 1,001, search ranks up to 2,000). False when `total` is exact. The same field on every list.',
      },
      limit: { type: 'integer', minimum: 1 },
      offset: { type: 'integer', minimum: 0 },
    },
    required: ['total', 'totalCapped', 'limit', 'offset'],
  },
  KeysetPage: {
    description: 'The page of a list that caps its count and pages by keyset as well as by offset (pledges).',
    allOf: [
      ref('Page'),
      {
        type: 'object',
        properties: {
          total: {
            type: 'integer',
            minimum: 0,
            description:
              'Items matching the filters, counted up to 1,001: when totalCapped is true there are more than 1,000.',
          },
          next: {
            type: ['string', 'null'],
            description:
              'Pass it as `after` (same filters and sort, no offset) for the following page; null on the last page, and with sort=title.',
          },
        },
        required: ['next'],
      },
    ],
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
  PublicContentCounts: {
    type: 'object',
    description:
      'Items any visitor can open (published), counted from the content index as every public page counts them: in total and per content type.',
    properties: {
      total: { type: 'integer', minimum: 0 },
      byType: {
        type: 'object',
        properties: Object.fromEntries(contentTypeKeys.map((key) => [key, { type: 'integer', minimum: 0 }])),
        required: [...contentTypeKeys],
      },
    },
    required: ['total', 'byType'],
  },
  ObjectiveDetail: {
    allOf: [
      ref('Objective'),
      {
        type: 'object',
        properties: { publicContent: ref('PublicContentCounts') },
        required: ['publicContent'],
      },
    ],
  },
  CountryDetail: {
    allOf: [
      ref('Country'),
      {
        type: 'object',
        properties: {
          officialName: ref('Translated'),
          publicContent: ref('PublicContentCounts'),
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
        required: ['officialName', 'publicContent', 'memberships'],
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
          properties: { data: ref('ObjectiveDetail') },
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
        limitParameter(250, 250),
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
    name: 'pledgerCategory',
    in: 'query',
    description: 'The pledger category: "state", or an organisation\'s category.',
    schema: { type: 'string', enum: [...pledgerCategories] },
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
    description:
      'Words searched as the search API reads them (Arabic and English stems, the GCM vocabulary, typos), in the title or description.',
    schema: { type: 'string' },
  },
  {
    name: 'sort',
    in: 'query',
    description:
      'relevance ranks by the words of q and is the default when q is given; otherwise the default is newest (relevance without q is newest). relevance ranks at most the first 2,000 matches, so its pages end there; newest and oldest page through every match.',
    schema: { type: 'string', enum: ['relevance', 'newest', 'oldest', 'title'] },
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
      pledgerCategory: {
        oneOf: [{ type: 'string', enum: [...pledgerCategories] }, { type: 'null' }],
        description: '"state" for a state; an organisation\'s category; null when it named none.',
      },
      sdgTargets: {
        type: 'array',
        items: { type: 'string', enum: [...sdgTargetCodes] },
        description: 'Tagged SDG target codes (e.g. "10.7", "10.c"), in goal order.',
      },
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
      'pledgerCategory',
      'sdgTargets',
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
      description:
        'Page with `offset`, or follow `page.next` with `after` (newest and oldest sorts): a keyset page costs the same however deep it is, and does not skip or repeat pledges published meanwhile. The count stops past 1,000 (`page.totalCapped`).',
      parameters: [
        ...pledgeFilterParameters,
        limitParameter(100, 50),
        { $ref: '#/components/parameters/offset' },
        {
          name: 'after',
          in: 'query',
          description:
            "The previous page's `page.next`: the pledges after it in the same sort (newest or oldest). Not with offset.",
          schema: { type: 'string' },
        },
      ],
      responses: {
        200: okResponse('Pledges, newest first unless sorted.', {
          type: 'object',
          properties: { data: { type: 'array', items: ref('Pledge') }, page: ref('KeysetPage') },
          required: ['data', 'page'],
        }),
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
        'The stable, machine-readable export for programs: codes and snake_case columns that do not change with the reader\'s language. The same filters as /pledges, all matching rows (no paging, at most 50,000). UTF-8 with a byte order mark; one row per pledge; lists (objectives, principles, countries, regions, forms) joined with ";". People reading the registry download /{lang}/pledges/export.csv instead: headings, values and texts in Arabic or English, with descriptions, indicators and partners.',
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

/** Published national implementation plans, with their actions and progress by objective. */
const planSummarySchema: JsonSchema = {
  type: 'object',
  description:
    'Actions counted, by status; average progress (percent, 0–100) of the actions with indicator data, cancelled ones left out; null when none has data.',
  properties: {
    actions: { type: 'integer', minimum: 0 },
    byStatus: {
      type: 'object',
      properties: Object.fromEntries(
        ['planned', 'in_progress', 'completed', 'delayed', 'cancelled'].map((s) => [s, { type: 'integer' }]),
      ),
    },
    actionsWithData: { type: 'integer', minimum: 0 },
    averageProgress: { type: ['number', 'null'], minimum: 0, maximum: 100 },
  },
  required: ['actions', 'byStatus', 'actionsWithData', 'averageProgress'],
};

Object.assign(schemas, {
  ImplementationPlan: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'UUID.' },
      country: {
        type: 'object',
        properties: { iso3: { type: 'string' }, name: ref('Translated') },
        required: ['iso3', 'name'],
      },
      title: ref('Translated'),
      summary: ref('Translated'),
      originalLanguage: { type: 'string', enum: ['ar', 'en'] },
      periodStart: { type: 'string', description: 'YYYY-MM-DD.' },
      periodEnd: { type: 'string', description: 'YYYY-MM-DD.' },
      adoptedOn: { type: ['string', 'null'], description: 'YYYY-MM-DD.' },
      status: { type: 'string', enum: ['published'] },
      publishedAt: { type: ['string', 'null'], description: 'ISO 8601 timestamp.' },
      updatedAt: { type: ['string', 'null'], description: 'ISO 8601 timestamp.' },
      isCurrent: { type: 'boolean', description: "The country's published plan with the latest period." },
      isSample: { type: 'boolean', description: 'Demonstration data, not a real plan.' },
      progress: planSummarySchema,
      objectives: {
        type: 'array',
        description:
          'Roll-up by objective, for the objectives the plan has actions for. An action counts under every objective it is tagged with.',
        items: {
          allOf: [
            { type: 'object', properties: { objective: { type: 'integer', minimum: 1, maximum: 23 } } },
            planSummarySchema,
          ],
        },
      },
      actions: { type: 'array', items: ref('PlanAction') },
    },
    required: [
      'id',
      'country',
      'title',
      'periodStart',
      'periodEnd',
      'status',
      'progress',
      'objectives',
      'actions',
    ],
  },
  PlanAction: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      position: { type: 'integer', minimum: 1 },
      title: ref('Translated'),
      description: ref('Translated'),
      leadEntity: {
        ...ref('Translated'),
        description: 'The ministry or agency that leads the action, in the languages it was written in.',
      },
      partners: {
        oneOf: [ref('Translated'), { type: 'null' }],
        description: 'Partner entities as written, in the languages given; null when none.',
      },
      startDate: { type: 'string' },
      endDate: { type: 'string' },
      budget: {
        type: ['object', 'null'],
        properties: { amount: { type: 'number' }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
      },
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      principles: { type: 'array', items: { type: 'string' } },
      sdgTargets: {
        type: 'array',
        items: { type: 'string', enum: [...sdgTargetCodes] },
        description: 'Tagged SDG target codes (e.g. "10.7", "10.c"), in goal order.',
      },
      status: { type: 'string', enum: ['planned', 'in_progress', 'completed', 'delayed', 'cancelled'] },
      indicator: {
        type: ['object', 'null'],
        properties: {
          name: ref('Translated'),
          unit: ref('Translated'),
          baseline: { type: 'number' },
          target: { type: 'number' },
          latestValue: { type: ['number', 'null'] },
          latestOn: { type: ['string', 'null'] },
        },
      },
      progress: {
        type: ['number', 'null'],
        description:
          '(latest value − baseline) ÷ (target − baseline), clamped to 0–100; null without an indicator or a reported value.',
      },
      updates: {
        type: 'array',
        description: 'Progress updates, newest first.',
        items: {
          type: 'object',
          properties: {
            reportedOn: { type: 'string' },
            status: { type: 'string' },
            value: { type: ['number', 'null'] },
            narrative: ref('Translated'),
          },
        },
      },
    },
    required: [
      'id',
      'position',
      'title',
      'leadEntity',
      'startDate',
      'endDate',
      'objectives',
      'sdgTargets',
      'status',
      'progress',
    ],
  },
} satisfies Record<string, JsonSchema>);

const planPaths: OpenApiPaths = {
  '/implementation-plans': {
    get: {
      operationId: 'listImplementationPlans',
      summary: 'Published national implementation plans',
      description:
        'Every published plan (drafts never), by country code then newest period first, each with its actions, progress updates and roll-up by objective.',
      tags: ['Plans'],
      parameters: [
        {
          name: 'country',
          in: 'query',
          description:
            'ISO3, any case: only this state’s plans. Unknown codes answer 400 listing the allowed codes.',
          schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
        },
        {
          name: 'region',
          in: 'query',
          description: 'A region id (any kind): only plans of its member states.',
          schema: { type: 'string' },
        },
        limitParameter(50, 20),
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: listResponse('Published plans.', ref('ImplementationPlan')),
        400: errorResponses.badFilter,
      },
    },
  },
  '/pledges.xlsx': {
    get: {
      operationId: 'exportPledgesXlsx',
      summary: 'Published and closed pledges as an XLSX workbook',
      description:
        "The same filters and columns as /pledges.csv (the stable export for programs), one sheet, header row bold and frozen; amounts are numbers and dates are dates. With lang=ar the sheet reads right to left; headings and values stay codes. The workbook in the reader's language is /{lang}/pledges/export.xlsx.",
      tags: ['Pledges'],
      parameters: [
        ...pledgeFilterParameters,
        {
          name: 'lang',
          in: 'query',
          description: 'ar for a right-to-left sheet (default: left to right).',
          schema: { type: 'string', enum: ['ar', 'en'] },
        },
      ],
      responses: {
        200: {
          description: 'XLSX workbook (attachment pledges.xlsx).',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string' },
            },
          },
        },
        400: errorResponses.badFilter,
      },
    },
  },
};

/** Regional review cycles and the published national and parallel reviews written for them. */
const translatedNamed = {
  type: 'object',
  properties: { id: { type: 'string' }, name: ref('Translated') },
  required: ['id', 'name'],
} satisfies JsonSchema;

Object.assign(schemas, {
  ReviewCycle: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'UUID.' },
      region: { ...translatedNamed, description: 'The region whose secretariat runs the cycle, e.g. LAS.' },
      title: ref('Translated'),
      status: { type: 'string', enum: ['open', 'closed'] },
      submissionDeadline: { type: ['string', 'null'], description: 'YYYY-MM-DD.' },
      startsOn: { type: ['string', 'null'], description: 'First milestone date, YYYY-MM-DD.' },
      endsOn: { type: ['string', 'null'], description: 'Last milestone date, YYYY-MM-DD.' },
      template: {
        type: ['object', 'null'],
        description: 'The guidance template version the cycle pinned.',
        properties: { id: { type: 'string' }, version: { type: 'integer', minimum: 1 } },
      },
      counts: {
        type: 'object',
        properties: {
          states: { type: 'integer', minimum: 0 },
          publishedNationalReviews: { type: 'integer', minimum: 0 },
          publishedParallelReviews: { type: 'integer', minimum: 0 },
        },
        required: ['states', 'publishedNationalReviews', 'publishedParallelReviews'],
      },
      isSample: { type: 'boolean', description: 'Demonstration data, not a real cycle.' },
      links: {
        type: 'object',
        properties: {
          page: { type: 'string', description: 'Site path without the language prefix (/ar or /en).' },
          self: { type: 'string' },
        },
      },
    },
    required: ['id', 'region', 'title', 'status', 'submissionDeadline', 'template', 'counts', 'links'],
  },
  ReviewCycleDetail: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      region: translatedNamed,
      title: ref('Translated'),
      description: ref('Translated'),
      partners: ref('Translated'),
      status: { type: 'string', enum: ['open', 'closed'] },
      submissionDeadline: { type: ['string', 'null'], description: 'YYYY-MM-DD.' },
      openedAt: { type: ['string', 'null'], description: 'ISO 8601 timestamp.' },
      closedAt: { type: ['string', 'null'], description: 'ISO 8601 timestamp.' },
      template: {
        type: ['object', 'null'],
        properties: {
          id: { type: 'string' },
          familyId: { type: 'string', description: 'Shared by every version of the template.' },
          version: { type: 'integer', minimum: 1 },
        },
      },
      milestones: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            kind: {
              type: 'string',
              enum: [
                'regional_conference',
                'template_issued',
                'workshop',
                'consultation',
                'submission_deadline',
                'review_conference',
                'report',
                'other',
              ],
            },
            title: ref('Translated'),
            startsOn: { type: 'string', description: 'YYYY-MM-DD.' },
            endsOn: { type: ['string', 'null'], description: 'YYYY-MM-DD.' },
            location: ref('Translated'),
            summary: {
              oneOf: [ref('Translated'), { type: 'null' }],
              description: 'The summary of a consultation, once written.',
            },
          },
          required: ['kind', 'title', 'startsOn', 'endsOn', 'location', 'summary'],
        },
      },
      states: {
        type: 'array',
        description: 'Member states in scope; only whether their review is published is public.',
        items: {
          type: 'object',
          properties: {
            iso3: { type: 'string' },
            name: ref('Translated'),
            reviewPublished: { type: 'boolean' },
            reviewId: { type: ['string', 'null'], description: 'The published national review.' },
          },
          required: ['iso3', 'name', 'reviewPublished', 'reviewId'],
        },
      },
      counts: {
        type: 'object',
        properties: {
          states: { type: 'integer' },
          publishedNationalReviews: { type: 'integer' },
          publishedParallelReviews: { type: 'integer' },
          received: {
            type: 'integer',
            description:
              'National reviews received, whatever the channel: submitted on the platform or registered by the secretariat from a file (published or not).',
          },
        },
        required: ['states', 'publishedNationalReviews', 'publishedParallelReviews', 'received'],
      },
      outcomePublished: { type: 'boolean' },
      forwardedToImrf: {
        type: 'array',
        description:
          'Published documents the regional secretariat forwarded to the International Migration Review Forum, latest first (withdrawn ones left out): one item per document version and forum.',
        items: {
          type: 'object',
          properties: {
            document: { type: 'string', enum: ['synthesis', 'outcome'] },
            version: { type: 'integer', description: 'The published version forwarded.' },
            forwardedOn: { type: 'string', description: 'YYYY-MM-DD.' },
            forum: {
              type: 'object',
              properties: {
                meetingId: {
                  type: ['string', 'null'],
                  description:
                    'The IMRF meeting on the platform (/api/v1/meetings/{id}); null when named in free text.',
                },
                title: {
                  description: 'The meeting’s title; null without a meeting.',
                  oneOf: [ref('Translated'), { type: 'null' }],
                },
                name: {
                  type: ['string', 'null'],
                  description:
                    'The forum as the secretariat named it (e.g. IMRF 2026) when no meeting is on the platform.',
                },
              },
              required: ['meetingId', 'title', 'name'],
            },
            note: {
              description: 'Optional note; null when none.',
              oneOf: [ref('Translated'), { type: 'null' }],
            },
            links: {
              type: 'object',
              properties: {
                document: { type: 'string', description: 'The synthesis or outcome page (site path).' },
                meeting: { type: ['string', 'null'] },
              },
            },
          },
          required: ['document', 'version', 'forwardedOn', 'forum', 'note', 'links'],
        },
      },
      isSample: { type: 'boolean' },
      links: {
        type: 'object',
        properties: {
          page: { type: 'string' },
          contributions: {
            type: 'string',
            description: 'The contributions page (site path, no language prefix).',
          },
          contributionsData: {
            type: 'string',
            description: 'The same list as data: /api/v1/review-cycles/{id}/contributions.',
          },
          outcome: { type: ['string', 'null'] },
          synthesisDocx: {
            type: ['string', 'null'],
            description:
              'Path of the current published regional synthesis report as DOCX (/api/v1/review-cycles/{id}/synthesis.docx); null until one is published.',
          },
        },
        required: ['synthesisDocx'],
      },
    },
    required: ['id', 'region', 'title', 'status', 'milestones', 'states', 'template', 'counts', 'links'],
  },
  Contribution: {
    type: 'object',
    properties: {
      type: { type: 'string', enum: [...contributionTypes] },
      actor: { type: 'string', enum: [...contributionActors] },
      actorName: {
        oneOf: [ref('Translated'), { type: 'null' }],
        description: "The state's, organisation's or contributor's name; null for the secretariat.",
      },
      country: {
        type: ['object', 'null'],
        properties: { iso3: { type: 'string' }, name: ref('Translated') },
      },
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      title: ref('Translated'),
      text: {
        oneOf: [ref('Translated'), { type: 'null' }],
        description: 'The text, for consultation summaries and recorded contributions.',
      },
      date: { type: ['string', 'null'], description: 'YYYY-MM-DD: published, received or held.' },
      kind: {
        oneOf: [{ type: 'string', enum: [...contributionKinds] }, { type: 'null' }],
        description: 'Who made a recorded contribution (type "contribution"); null otherwise.',
      },
      isSample: { type: 'boolean' },
      links: {
        type: 'object',
        properties: {
          page: { type: ['string', 'null'], description: 'Site path without language prefix.' },
          files: {
            type: 'array',
            items: { type: 'object', properties: { name: { type: 'string' }, href: { type: 'string' } } },
          },
        },
      },
    },
    required: ['type', 'actor', 'objectives', 'title', 'date', 'links'],
  },
  Review: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'UUID.' },
      kind: {
        type: 'string',
        enum: ['national', 'parallel'],
        description: 'A state’s voluntary national review, or a stakeholder organisation’s parallel review.',
      },
      title: ref('Translated'),
      originalLanguage: { type: 'string', enum: ['ar', 'en'] },
      cycle: {
        type: 'object',
        properties: { id: { type: 'string' }, title: ref('Translated'), region: { type: 'string' } },
        required: ['id', 'title', 'region'],
      },
      country: {
        type: ['object', 'null'],
        properties: { iso3: { type: 'string' }, name: ref('Translated') },
      },
      organisation: {
        type: ['object', 'null'],
        description: 'The author of a parallel review.',
        properties: { id: { type: 'string' }, name: ref('Translated') },
      },
      objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
      sdgTargets: {
        type: 'array',
        items: { type: 'string', enum: [...sdgTargetCodes] },
        description:
          'SDG target codes (e.g. "10.7", "10.c") named in the review’s sections, once each, in goal order.',
      },
      publishedAt: { type: ['string', 'null'], description: 'ISO 8601 timestamp.' },
      receivedBySecretariatOn: {
        type: ['string', 'null'],
        description:
          'The day (YYYY-MM-DD) the secretariat received this review outside the platform (a PDF or Word file it registered); null for a review written on the platform.',
      },
      isSample: { type: 'boolean' },
      links: { type: 'object', properties: { page: { type: 'string' } } },
    },
    required: [
      'id',
      'kind',
      'title',
      'cycle',
      'country',
      'organisation',
      'objectives',
      'sdgTargets',
      'publishedAt',
      'receivedBySecretariatOn',
    ],
  },
} satisfies Record<string, JsonSchema>);

const reviewPaths: OpenApiPaths = {
  '/review-cycles': {
    get: {
      operationId: 'listReviewCycles',
      summary: 'Regional review cycles (open and closed)',
      tags: ['Reviews'],
      parameters: [limitParameter(100, 50), { $ref: '#/components/parameters/offset' }],
      responses: {
        200: listResponse('Cycles, newest first (by their first milestone).', ref('ReviewCycle')),
        400: errorResponses.badFilter,
      },
    },
  },
  '/review-cycles/{id}': {
    get: {
      operationId: 'getReviewCycle',
      summary: 'One review cycle, with milestones, states in scope and the synthesis link',
      tags: ['Reviews'],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: okResponse('The cycle.', {
          type: 'object',
          properties: { data: ref('ReviewCycleDetail') },
          required: ['data'],
        }),
        404: errorResponses.notFound,
      },
    },
  },
  '/review-cycles/{id}/contributions': {
    get: {
      operationId: 'listReviewCycleContributions',
      summary: 'Everything a cycle received and published, as its contributions page lists it',
      description:
        "Published national and parallel reviews, the outcome document, the synthesis report, consultation summaries, and the contributions the secretariat recorded (consultative processes, parliaments, UN agencies, regional networks, stakeholder consultations) — these once the cycle's first synthesis is published. What an anonymous reader may open, in the page's order.",
      tags: ['Reviews'],
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        {
          name: 'type',
          in: 'query',
          schema: { type: 'string', enum: [...contributionTypes] },
        },
        { name: 'actor', in: 'query', schema: { type: 'string', enum: [...contributionActors] } },
        {
          name: 'country',
          in: 'query',
          description: 'ISO3 code of the country (any case).',
          schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
        },
        { name: 'objective', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 23 } },
        limitParameter(200, 100),
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: listResponse('The contributions.', ref('Contribution')),
        400: errorResponses.badFilter,
        404: errorResponses.notFound,
      },
    },
  },
  '/reviews': {
    get: {
      operationId: 'listReviews',
      summary: 'Published voluntary national reviews and parallel reviews',
      tags: ['Reviews'],
      parameters: [
        {
          name: 'cycle',
          in: 'query',
          description: 'A cycle id (open or closed cycles); other values answer 400 listing the allowed ids.',
          schema: { type: 'string' },
        },
        {
          name: 'country',
          in: 'query',
          description: 'ISO3 code of the country (any case).',
          schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
        },
        { name: 'kind', in: 'query', schema: { type: 'string', enum: ['national', 'parallel'] } },
        {
          name: 'objective',
          in: 'query',
          description: 'Only reviews tagged with this objective.',
          schema: { type: 'integer', minimum: 1, maximum: 23 },
        },
        limitParameter(100, 50),
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: listResponse('Published reviews, newest first.', ref('Review')),
        400: errorResponses.badFilter,
      },
    },
  },
};

/** Each feature's paths; later features append their group. */
const fundingPaths: OpenApiPaths = {
  '/funding/programmes': {
    get: {
      operationId: 'listFundingProgrammes',
      summary: 'Joint programmes of the Migration MPTF',
      description:
        'Every funded joint programme, newest first, with its budget and transfers to participating UN organisations, in IATI activity element names (iati-identifier, title, description, recipient-country, recipient-region, sector, activity-date, budget, transaction with transaction-type 3 = disbursement).',
      tags: ['Funding'],
      parameters: [limitParameter(100, 50), { $ref: '#/components/parameters/offset' }],
      responses: {
        200: listResponse('Programmes, newest first.', { type: 'object' }),
        400: errorResponses.badFilter,
      },
    },
  },
  '/funding/concept-notes': {
    get: {
      operationId: 'listFundingConceptNotes',
      summary: 'The published pipeline of concept notes',
      description:
        'Concept notes in the pipeline, selected, funded or closed (never those being screened or not selected), newest first, with the budget requested, the participating organisations, government entities and the three markers (0–3).',
      tags: ['Funding'],
      parameters: [limitParameter(100, 50), { $ref: '#/components/parameters/offset' }],
      responses: {
        200: listResponse('Concept notes, newest first.', { type: 'object' }),
        400: errorResponses.badFilter,
      },
    },
  },
};

export const pathGroups: OpenApiPaths[] = [
  referencePaths,
  pledgePaths,
  planPaths,
  reviewPaths,
  synthesisPaths,
  openDataPaths,
  meetingPaths,
  hubPaths,
  practicePaths,
  discussionPaths,
  fundingPaths,
  indicatorPaths,
  instrumentPaths,
  searchPaths,
  coveragePaths,
];
Object.assign(
  schemas,
  openDataSchemas,
  hubSchemas,
  practiceSchemas,
  discussionSchemas,
  searchSchemas,
  indicatorSchemas,
);

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
      { name: 'Pledges', description: 'Published pledges: the registry, one pledge, CSV and XLSX exports.' },
      { name: 'Plans', description: 'Published national implementation plans and their progress.' },
      { name: 'Reviews', description: 'Regional review cycles and published national and parallel reviews.' },
      { name: 'Meetings', description: 'Meetings of the review system: agendas by objective.' },
      {
        name: 'Funding',
        description: 'The Migration Multi-Partner Trust Fund: its programmes and published pipeline.',
      },
      {
        name: 'Indicators',
        description: 'The catalogue of GCM indicators (provisional until an agreed list exists).',
      },
      {
        name: 'Instruments',
        description: 'Champion countries, inter-state consultation mechanisms and UN networks on migration.',
      },
      { name: 'Search', description: 'Search across every content type, Arabic and English, with facets.' },
      { name: 'Meta', description: 'About the API.' },
    ],
    paths: Object.assign({}, ...pathGroups),
    components: {
      schemas,
      parameters: {
        limit: limitParameter(100, 100),
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
          description:
            'Anyone may store the answer but must revalidate it: send its ETag back in If-None-Match and an unchanged answer comes back as 304 Not Modified with no body. The tag changes whenever public data changes.',
          schema: { type: 'string', examples: ['public, no-cache'] },
        },
        AllowOrigin: {
          description: 'Readable from any origin.',
          schema: { type: 'string', examples: ['*'] },
        },
      },
    },
  };
}
