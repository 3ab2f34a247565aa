import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Storage } from './s3.server';
import { newStorageKey } from './types';

interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const accessKeyId = 'AKIDEXAMPLE';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

/** SigV4 computed here from the recorded request, independently of aws4fetch. */
function expectedSignature(req: Recorded, region: string): string {
  const auth = String(req.headers.authorization);
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(auth)![1]!.split(';');
  const amzDate = String(req.headers['x-amz-date']);
  const url = new URL(req.url, 'http://placeholder');
  const canonical = [
    req.method,
    url.pathname,
    url.search.slice(1),
    ...signedHeaders.map((h) => `${h}:${String(req.headers[h]).trim()}`),
    '',
    signedHeaders.join(';'),
    String(req.headers['x-amz-content-sha256']),
  ].join('\n');
  const scope = `${amzDate.slice(0, 8)}/${region}/s3/aws4_request`;
  const toSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    scope,
    crypto.createHash('sha256').update(canonical).digest('hex'),
  ].join('\n');
  const h = (key: crypto.BinaryLike, data: string) => crypto.createHmac('sha256', key).update(data).digest();
  let key = h(`AWS4${secretAccessKey}`, amzDate.slice(0, 8));
  key = h(key, region);
  key = h(key, 's3');
  key = h(key, 'aws4_request');
  return crypto.createHmac('sha256', key).update(toSign).digest('hex');
}

describe('S3-compatible storage (against a local HTTP endpoint)', () => {
  const recorded: Recorded[] = [];
  const objects = new Map<string, Buffer>();
  let failNext = 0;
  let server: http.Server;
  let endpoint = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const entry = {
          method: req.method!,
          url: req.url!,
          headers: req.headers,
          body: Buffer.concat(chunks),
        };
        recorded.push(entry);
        if (failNext > 0) {
          failNext--;
          res.writeHead(403, { 'content-type': 'application/xml' });
          res.end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
          return;
        }
        const path = new URL(req.url!, 'http://x').pathname;
        if (req.method === 'PUT') {
          objects.set(path, entry.body);
          res.writeHead(200, { etag: '"x"' }).end();
        } else if (req.method === 'GET') {
          const body = objects.get(path);
          if (!body) {
            res.writeHead(404, { 'content-type': 'application/xml' });
            res.end('<Error><Code>NoSuchKey</Code></Error>');
          } else {
            res
              .writeHead(200, { 'content-length': body.length, 'content-type': 'application/pdf' })
              .end(body);
          }
        } else if (req.method === 'DELETE') {
          objects.delete(path);
          res.writeHead(204).end();
        } else {
          res.writeHead(405).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('puts, gets and deletes path-style objects with SigV4-signed requests', async () => {
    const storage = createS3Storage({ endpoint, bucket: 'marsad-files', accessKeyId, secretAccessKey });
    expect(storage.kind).toBe('s3');
    const key = newStorageKey();
    const bytes = Buffer.alloc(200_000, 3);
    await storage.put(key, Readable.from([bytes.subarray(0, 50_000), bytes.subarray(50_000)]), {
      contentType: 'application/pdf',
      size: bytes.length,
    });
    const put = recorded.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.url).toBe(`/marsad-files/${key}`);
    expect(put.headers['content-length']).toBe(String(bytes.length));
    expect(put.headers['transfer-encoding']).toBeUndefined();
    expect(put.headers['content-type']).toBe('application/pdf');
    expect(put.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(put.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(put.body.equals(bytes)).toBe(true);
    const auth = String(put.headers.authorization);
    expect(auth).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    expect(auth.split('Signature=')[1]).toBe(expectedSignature(put, 'us-east-1'));

    const got = await storage.get(key);
    const get = recorded.at(-1)!;
    expect(get.method).toBe('GET');
    expect(get.url).toBe(`/marsad-files/${key}`);
    expect(String(get.headers.authorization).split('Signature=')[1]).toBe(
      expectedSignature(get, 'us-east-1'),
    );
    expect(got?.size).toBe(bytes.length);
    expect(Buffer.from(await new Response(got!.body).arrayBuffer()).equals(bytes)).toBe(true);

    await storage.delete(key);
    const del = recorded.at(-1)!;
    expect(del.method).toBe('DELETE');
    expect(String(del.headers.authorization).split('Signature=')[1]).toBe(
      expectedSignature(del, 'us-east-1'),
    );
    expect(await storage.get(key)).toBeNull();
  });

  it('signs for the configured region and an endpoint with a path prefix; puts plain bytes', async () => {
    const storage = createS3Storage({
      endpoint: `${endpoint}storage`,
      bucket: 'b',
      accessKeyId,
      secretAccessKey,
      region: 'eu-west-1',
    });
    const key = newStorageKey();
    await storage.put(key, Buffer.from('hello'), { contentType: 'text/plain' });
    const put = recorded.at(-1)!;
    expect(put.url).toBe(`/storage/b/${key}`);
    expect(put.headers['content-length']).toBe('5');
    expect(String(put.headers.authorization)).toContain('/eu-west-1/s3/aws4_request');
    expect(String(put.headers.authorization).split('Signature=')[1]).toBe(
      expectedSignature(put, 'eu-west-1'),
    );
  });

  it('reports a refused request with the S3 error code, and refuses bad keys before any request', async () => {
    const storage = createS3Storage({ endpoint, bucket: 'b', accessKeyId, secretAccessKey });
    failNext = 1;
    await expect(
      storage.put(newStorageKey(), Buffer.from('x'), { contentType: 'text/plain' }),
    ).rejects.toThrow('S3 put failed: 403 SignatureDoesNotMatch');
    const before = recorded.length;
    await expect(storage.get('../other-bucket/x')).rejects.toThrow(/invalid storage key/);
    await expect(storage.put(newStorageKey(), Readable.from([]), { contentType: 'x' })).rejects.toThrow(
      /size/,
    );
    expect(recorded.length).toBe(before);
  });
});
