import type { OpenApiPaths } from '~/modules/api/openapi-types';

/**
 * The synthesis report's endpoint in the OpenAPI document (api/openapi.ts appends this group).
 * Responses refer to the shared components by $ref only.
 */
export const synthesisPaths: OpenApiPaths = {
  '/review-cycles/{id}/synthesis.docx': {
    get: {
      operationId: 'getReviewCycleSynthesisDocx',
      summary: "A cycle's published regional synthesis report as a Word document",
      description:
        'The latest published version unless `version` is given. With lang=ar the document is right to left (paragraphs, runs, tables and page). ' +
        'The cycle’s links.synthesisDocx points here. 404 with code synthesisNotPublished while no version is published.',
      tags: ['Reviews'],
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        {
          name: 'lang',
          in: 'query',
          description: 'Language of the headings and of the texts where both exist (default ar).',
          schema: { type: 'string', enum: ['ar', 'en'], default: 'ar' },
        },
        {
          name: 'version',
          in: 'query',
          description: 'A published version number (1, 2, …).',
          schema: { type: 'integer', minimum: 1 },
        },
      ],
      responses: {
        200: {
          description: 'DOCX file (attachment marsad-synthesis-<region>-<year>-v<version>-<lang>.docx).',
          headers: {
            'X-Synthesis-Version': { description: 'The version served.', schema: { type: 'integer' } },
          },
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
              schema: { type: 'string' },
            },
          },
        },
        400: { $ref: '#/components/responses/InvalidFilter' },
        404: { $ref: '#/components/responses/NotFound' },
      },
    },
  },
};
