import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AwsClient, AwsV4Signer } from 'aws4fetch';
import { assertStorageKey, type FileStorage, type PutMeta, type StoredObject } from './types';

export interface S3Options {
  /** e.g. https://s3.eu-west-1.amazonaws.com, https://<account>.r2.cloudflarestorage.com, http://minio:9000 */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** SigV4 region; us-east-1 suits MinIO, R2 ("auto" also accepted there) and AWS buckets in us-east-1. */
  region?: string;
}

/**
 * An S3-compatible bucket, path-style addressing (`<endpoint>/<bucket>/<key>`), signed with
 * SigV4 by aws4fetch. Uploads stream from disk with a known Content-Length (S3 refuses chunked
 * PUTs), so the body is sent with node:http rather than fetch; reads and deletes use fetch.
 */
export function createS3Storage(options: S3Options): FileStorage {
  const region = options.region ?? 'us-east-1';
  const credentials = {
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: 's3',
    region,
  };
  const client = new AwsClient({ ...credentials, retries: 2 });
  const base = options.endpoint.replace(/\/+$/, '');

  function urlFor(key: string): string {
    assertStorageKey(key);
    return `${base}/${encodeURIComponent(options.bucket)}/${key}`;
  }

  async function failure(response: Response, what: string): Promise<Error> {
    const text = await response.text().catch(() => '');
    const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
    return new Error(`S3 ${what} failed: ${response.status}${code ? ` ${code}` : ''}`);
  }

  return {
    kind: 's3',
    async put(key: string, body: Uint8Array | Readable, meta: PutMeta): Promise<void> {
      const length = body instanceof Uint8Array ? body.byteLength : meta.size;
      if (length === undefined) throw new Error('S3 put of a stream needs meta.size');
      const signed = await new AwsV4Signer({
        ...credentials,
        method: 'PUT',
        url: urlFor(key),
        headers: { 'Content-Type': meta.contentType },
      }).sign();
      const headers: Record<string, string> = Object.fromEntries(signed.headers);
      headers['content-length'] = String(length);
      const url = new URL(signed.url);
      const status = await new Promise<{ code: number; text: string }>((resolve, reject) => {
        const req = (url.protocol === 'https:' ? https : http).request(
          url,
          { method: 'PUT', headers },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ code: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        const source = body instanceof Uint8Array ? Readable.from([body]) : body;
        pipeline(source, req).catch(reject);
      });
      if (status.code < 200 || status.code >= 300) {
        const code = /<Code>([^<]*)<\/Code>/.exec(status.text)?.[1];
        throw new Error(`S3 put failed: ${status.code}${code ? ` ${code}` : ''}`);
      }
    },
    async get(key: string): Promise<StoredObject | null> {
      const response = await client.fetch(urlFor(key), { method: 'GET' });
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok || !response.body) throw await failure(response, 'get');
      return { body: response.body, size: Number(response.headers.get('content-length') ?? 0) };
    },
    async delete(key: string): Promise<void> {
      const response = await client.fetch(urlFor(key), { method: 'DELETE' });
      await response.body?.cancel();
      if (!response.ok && response.status !== 404) throw await failure(response, 'delete');
    },
  };
}
