import { meetingDocumentKinds, meetingDocumentStatuses } from '#db/schema/meeting-document-values';
import { meetingKinds, meetingStatuses, sessionKinds } from '#db/schema/meeting-values';
import type { JsonSchema, OpenApiPaths } from '~/modules/api/openapi-types';

/** The meetings endpoints in the OpenAPI document (api/openapi.ts appends this group). */
const translated: JsonSchema = { $ref: '#/components/schemas/Translated' };
const session: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: [...sessionKinds] },
    title: translated,
    startsAt: { type: 'string', description: 'ISO 8601 instant.' },
    endsAt: { type: 'string', description: 'ISO 8601 instant.' },
    room: { type: 'string' },
    coChairs: { type: 'array', items: { type: 'string' }, description: 'ISO3 codes of co-chairing states.' },
    objectives: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 23 } },
  },
  required: ['id', 'kind', 'title', 'startsAt', 'endsAt', 'objectives'],
};
const meeting: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: [...meetingKinds] },
    status: { type: 'string', enum: meetingStatuses.filter((s) => s !== 'draft') },
    title: translated,
    summary: translated,
    startsOn: { type: 'string', description: 'First day, YYYY-MM-DD, in the meeting’s time zone.' },
    endsOn: { type: 'string', description: 'Last day, YYYY-MM-DD.' },
    timeZone: { type: 'string', description: 'IANA time zone.' },
    venue: { type: 'string' },
    onlineUrl: { type: ['string', 'null'] },
    languages: { type: 'array', items: { type: 'string' } },
    region: { type: ['string', 'null'] },
    objectives: {
      type: 'array',
      items: { type: 'integer' },
      description: 'Objectives the agenda covers (union of its sessions).',
    },
    sessions: { type: 'array', items: session },
    isSample: { type: 'boolean' },
  },
  required: ['id', 'kind', 'status', 'title', 'startsOn', 'endsOn', 'timeZone', 'objectives', 'sessions'],
};
/** A document a regional review cycle forwarded to an IMRF meeting. */
const regionalInput: JsonSchema = {
  type: 'object',
  properties: {
    cycle: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        title: translated,
        region: { type: 'object', properties: { id: { type: 'string' }, name: translated } },
      },
      required: ['id', 'title', 'region'],
    },
    document: { type: 'string', enum: ['synthesis', 'outcome'] },
    version: { type: 'integer', description: 'The published version forwarded.' },
    forwardedOn: { type: 'string', description: 'YYYY-MM-DD.' },
    links: {
      type: 'object',
      properties: {
        cycle: { type: 'string', description: 'The cycle as data (/api/v1/review-cycles/{id}).' },
        page: { type: 'string', description: 'The cycle page (site path, no language prefix).' },
        document: { type: 'string', description: 'The synthesis or outcome page (site path).' },
      },
    },
  },
  required: ['cycle', 'document', 'version', 'forwardedOn', 'links'],
};
/** A session's background note: a file (its download URL) or a link. */
const backgroundNote: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: translated,
    kind: { type: 'string', enum: ['file', 'link'] },
    url: { type: 'string', description: 'The file’s download path (site path) or the external link.' },
    fileName: { type: ['string', 'null'], description: 'The file’s name; null for a link.' },
  },
  required: ['id', 'title', 'kind', 'url'],
};
/** An adopted outcome document or summary of the meeting. */
const meetingDocument: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: [...meetingDocumentKinds] },
    title: translated,
    status: { type: 'string', enum: [...meetingDocumentStatuses] },
    url: { type: 'string', description: 'The document page (site path).' },
  },
  required: ['id', 'kind', 'title', 'status', 'url'],
};
const meetingDetail: JsonSchema = {
  allOf: [
    meeting,
    {
      type: 'object',
      properties: {
        sessions: {
          type: 'array',
          items: {
            allOf: [
              session,
              {
                type: 'object',
                properties: { backgroundNotes: { type: 'array', items: backgroundNote } },
                required: ['backgroundNotes'],
              },
            ],
          },
        },
        documents: {
          type: 'array',
          items: meetingDocument,
          description:
            'The meeting’s published documents (outcome documents and summaries with an adopted version), outcome first.',
        },
        regionalInputs: {
          type: ['array', 'null'],
          items: regionalInput,
          description:
            'IMRF meetings: the synthesis reports and outcome documents regional reviews forwarded to it, oldest first. Null for other kinds.',
        },
      },
      required: ['documents', 'regionalInputs'],
    },
  ],
};
const headers = {
  'Cache-Control': { $ref: '#/components/headers/CacheControl' },
} as unknown as Record<string, { schema: JsonSchema }>;

export const meetingPaths: OpenApiPaths = {
  '/meetings': {
    get: {
      operationId: 'listMeetings',
      summary: 'Published meetings of the review system, with their agendas',
      description:
        'Published and cancelled meetings (drafts never), earliest first. Each carries its sessions, each session its objectives.',
      tags: ['Meetings'],
      parameters: [
        { name: 'kind', in: 'query', schema: { type: 'string', enum: [...meetingKinds] } },
        {
          name: 'region',
          in: 'query',
          description: 'A region id: meetings organised for it.',
          schema: { type: 'string' },
        },
        {
          name: 'from',
          in: 'query',
          description: 'Meetings ending on or after this day (YYYY-MM-DD).',
          schema: { type: 'string' },
        },
        {
          name: 'to',
          in: 'query',
          description: 'Meetings starting on or before this day (YYYY-MM-DD).',
          schema: { type: 'string' },
        },
        { $ref: '#/components/parameters/limit' },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: {
          description: 'Meetings.',
          headers,
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/ListEnvelope' },
                  { type: 'object', properties: { data: { type: 'array', items: meeting } } },
                ],
              },
            },
          },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
      },
    },
  },
  '/meetings.ics': {
    get: {
      operationId: 'meetingsCalendar',
      summary: 'Published meetings as one iCalendar feed (RFC 5545)',
      description:
        'Multi-day meetings as all-day events, sessions in UTC, stable UIDs (an update replaces the event), X-WR-CALNAME. The same filters as /meetings; `lang` names the texts.',
      tags: ['Meetings'],
      parameters: [
        { name: 'kind', in: 'query', schema: { type: 'string', enum: [...meetingKinds] } },
        { name: 'region', in: 'query', schema: { type: 'string' } },
        { name: 'from', in: 'query', description: 'YYYY-MM-DD.', schema: { type: 'string' } },
        { name: 'to', in: 'query', description: 'YYYY-MM-DD.', schema: { type: 'string' } },
        { name: 'lang', in: 'query', schema: { type: 'string', enum: ['ar', 'en'], default: 'en' } },
      ],
      responses: {
        200: { description: 'The calendar.', content: { 'text/calendar': { schema: { type: 'string' } } } },
        400: { $ref: '#/components/responses/InvalidFilter' },
      },
    },
  },
  '/meetings/{id}': {
    get: {
      operationId: 'getMeeting',
      summary:
        'One published meeting with its sessions and their objectives (an IMRF meeting: its regional inputs)',
      tags: ['Meetings'],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: {
          description: 'The meeting.',
          headers,
          content: {
            'application/json': { schema: { type: 'object', properties: { data: meetingDetail } } },
          },
        },
        404: { $ref: '#/components/responses/NotFound' },
      },
    },
  },
  '/statements': {
    get: {
      operationId: 'listStatements',
      summary: 'Statements delivered at published meetings',
      description:
        'Newest first. Each names its meeting, who delivered it, its language, day, text and the objectives it addresses.',
      tags: ['Meetings'],
      parameters: [
        {
          name: 'country',
          in: 'query',
          description: 'ISO3 of the state that delivered it.',
          schema: { type: 'string' },
        },
        { name: 'objective', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 23 } },
        {
          name: 'language',
          in: 'query',
          schema: { type: 'string', enum: ['ar', 'en', 'fr', 'es', 'ru', 'zh'] },
        },
        { name: 'meeting', in: 'query', description: 'A meeting id.', schema: { type: 'string' } },
        { name: 'q', in: 'query', description: 'Words in the title or text.', schema: { type: 'string' } },
        { $ref: '#/components/parameters/limit' },
        { $ref: '#/components/parameters/offset' },
      ],
      responses: {
        200: {
          description: 'Statements.',
          headers,
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/ListEnvelope' },
                  {
                    type: 'object',
                    properties: {
                      data: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            id: { type: 'string' },
                            meeting: { type: 'object' },
                            speakerKind: { type: 'string' },
                            country: { type: ['string', 'null'] },
                            speakerName: { type: ['string', 'null'] },
                            language: { type: 'string' },
                            deliveredOn: { type: 'string' },
                            title: translated,
                            text: translated,
                            objectives: { type: 'array', items: { type: 'integer' } },
                          },
                        },
                      },
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
};
