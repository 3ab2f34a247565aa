import crypto from 'node:crypto';
import http, { type Server } from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { writeReadableStreamToWritable } from '@react-router/node';
import compression from 'compression';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainListenersFollowCompression } from './compression-drain';

/**
 * A large streamed answer through compression, written as React Router writes a loader's stream,
 * to a client that reads slowly: backpressure holds from the source to the socket (the source is
 * read only as far as the client has taken, plus the buffers between), and no listener piles up.
 */
describe('streaming through compression', () => {
  const chunk = 64 * 1024;
  const chunks = 384; // 24 MB, random so gzip cannot shrink it: what is in flight counts one to one
  let server: Server;
  let port = 0;
  let produced = 0;
  const sent = crypto.createHash('sha256');

  beforeAll(async () => {
    const app = express();
    app.use(compression());
    app.use(drainListenersFollowCompression());
    app.get('/download', async (_req, res) => {
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulls++ === chunks) return controller.close();
          const bytes = crypto.randomBytes(chunk);
          sent.update(bytes);
          produced += bytes.length;
          controller.enqueue(bytes);
        },
      });
      res.setHeader('Content-Type', 'text/csv');
      await writeReadableStreamToWritable(body, res);
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });

  afterAll(() => {
    server?.close();
  });

  it('reads the source only as fast as a slow client takes it, with no drain listeners left behind', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http
          .get({ port, path: '/download', headers: { 'accept-encoding': 'gzip' } }, resolve)
          .on('error', reject);
      });
      expect(res.headers['content-encoding']).toBe('gzip');
      let received = 0;
      let furthestAhead = 0;
      const got = crypto.createHash('sha256');
      const slowReader = new Writable({
        highWaterMark: 16 * 1024,
        write(data: Buffer, _encoding, done) {
          received += data.length;
          got.update(data);
          furthestAhead = Math.max(furthestAhead, produced - received);
          // One piece per turn of the event loop: the server's side runs ahead if nothing holds it.
          setImmediate(done);
        },
      });
      await pipeline(res, zlib.createGunzip(), slowReader);

      expect(received).toBe(chunk * chunks);
      expect(got.digest('hex')).toBe(sent.digest('hex'));
      // Socket buffers of both ends hold a few megabytes; without backpressure the source runs
      // through gzip to its end long before a slow client has half of it.
      expect(furthestAhead).toBeLessThan((chunk * chunks) / 2);
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
