import { chairKinds, mechanismKinds, networkGroupKinds, networkLevels } from '#db/schema/instrument-values';
import type { JsonSchema, OpenApiParameter, OpenApiPaths } from '~/modules/api/openapi-types';

/** The instruments' endpoints in the OpenAPI document (api/openapi.ts appends this group). */
const translated: JsonSchema = { $ref: '#/components/schemas/Translated' };
const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
const iso3s: JsonSchema = { type: 'array', items: { type: 'string', pattern: '^[A-Z]{3}$' } };
const provenance = {
  confirmed: { type: 'boolean', description: 'False: entered by Marsad and awaiting a public source.' },
  sources: strings,
} satisfies Record<string, JsonSchema>;

const champion: JsonSchema = {
  type: 'object',
  properties: {
    country: { type: 'string', description: 'ISO3 code of the state.' },
    countryName: translated,
    joinedOn: { type: ['string', 'null'], description: 'YYYY-MM-DD, when recorded.' },
    commitments: translated,
    supportRequested: translated,
    supportGiven: translated,
    ...provenance,
  },
  required: ['country', 'countryName', 'joinedOn', 'confirmed'],
};

const mechanism: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'Stable key, e.g. "arcp".' },
    kind: { type: 'string', enum: [...mechanismKinds] },
    name: translated,
    acronym: { type: ['string', 'null'] },
    memberStates: iso3s,
    observerStates: iso3s,
    secretariat: translated,
    thematicFocus: translated,
    gcmEngagement: translated,
    workingGroups: strings,
    focalPoints: { ...strings, description: 'National focal points as institutions.' },
    reviewContributions: strings,
    chairs: {
      type: 'array',
      description: 'Chair history, the current chair first.',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: [...chairKinds] },
          country: { type: ['string', 'null'] },
          holder: { type: ['string', 'null'] },
          from: { type: 'string' },
          until: { type: ['string', 'null'] },
        },
        required: ['kind', 'from', 'until'],
      },
    },
    activities: {
      type: 'array',
      description: 'Published regional activities in support of the GCM, newest first.',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: translated,
          aims: translated,
          outputs: translated,
          heldOn: { type: 'string', description: 'YYYY-MM-DD.' },
          objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
          countries: iso3s,
        },
        required: ['id', 'title', 'heldOn', 'objectives', 'countries'],
      },
    },
    ...provenance,
  },
  required: ['id', 'kind', 'name', 'memberStates', 'chairs', 'activities', 'confirmed'],
};

const network: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'Stable key, e.g. "global", "arab-region", "country-egy".' },
    level: { type: 'string', enum: [...networkLevels] },
    name: translated,
    country: { type: ['string', 'null'], description: 'ISO3 code (country networks).' },
    region: { type: ['string', 'null'], description: 'Region id (regional networks).' },
    establishedYear: { type: ['integer', 'null'] },
    lead: { type: ['string', 'null'] },
    members: strings,
    executiveCommittee: strings,
    groups: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: [...networkGroupKinds] },
          code: { type: ['string', 'null'] },
          name: translated,
          leads: strings,
        },
        required: ['kind', 'name', 'leads'],
      },
    },
    ...provenance,
  },
  required: ['id', 'level', 'name', 'confirmed'],
};

const list = (description: string, item: JsonSchema) => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          data: { type: 'array', items: item },
          page: { $ref: '#/components/schemas/Page' },
        },
        required: ['data', 'page'],
      },
    },
  },
});
const paging = (max: number): (OpenApiParameter | { $ref: string })[] => [
  {
    name: 'limit',
    in: 'query',
    description: `Items per page (1–${max}, default ${max}).`,
    schema: { type: 'integer', minimum: 1, maximum: max, default: max },
  },
  { $ref: '#/components/parameters/offset' },
];
const badFilter = { $ref: '#/components/responses/InvalidFilter' };

export const instrumentPaths: OpenApiPaths = {
  '/champions': {
    get: {
      operationId: 'listChampions',
      summary: 'Champion countries of the GCM',
      description:
        'The published roster of champion countries (partial: states public sources name), by ISO3 code, with the date joined, commitments and the Network support requested and given.',
      tags: ['Instruments'],
      parameters: paging(200),
      responses: { 200: list('Champion countries, by ISO3 code.', champion), 400: badFilter },
    },
  },
  '/mechanisms': {
    get: {
      operationId: 'listMechanisms',
      summary: 'Inter-state consultation mechanisms on migration',
      description:
        'Published regional consultative processes, inter-regional forums and global processes, with members, chair history, secretariat and their published regional activities in support of the GCM.',
      tags: ['Instruments'],
      parameters: paging(100),
      responses: { 200: list('Mechanisms, by kind and key.', mechanism), 400: badFilter },
    },
  },
  '/networks': {
    get: {
      operationId: 'listNetworks',
      summary: 'UN networks on migration',
      description:
        'The published UN Network on Migration (executive committee, working groups and workstreams with their leads), regional networks and country networks (year established, lead, members).',
      tags: ['Instruments'],
      parameters: paging(200),
      responses: { 200: list('Networks: global, then regional, then country.', network), 400: badFilter },
    },
  },
};
