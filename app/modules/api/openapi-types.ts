/**
 * The shapes of the OpenAPI 3.1 document, apart from openapi.ts so that a feature's own group of
 * paths (e.g. reviews/synthesis/synthesis-openapi.ts) can be typed without importing the document
 * that gathers it.
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
  deprecated?: boolean;
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
