import { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import type { AppLoadContext, EntryContext, HandleErrorFunction } from 'react-router';
import { ServerRouter } from 'react-router';
import { logger } from '~/platform/logger.server';
import { NonceProvider } from '~/ui/nonce';

export const streamTimeout = 5_000;

/**
 * Renders the whole document, then answers it as one body. Marsad's pages do not suspend (loaders
 * await their data), so streaming would only cut the same bytes into React's ~2 KB chunks, each then
 * passed through a web stream, compressed by its own zlib call and written to the socket: about a
 * fifth of an uncached page's CPU. One buffer costs one of each, and crawlers, no-JS readers and
 * browsers all get the complete document.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  return new Promise<Response>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let shellRendered = false;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const body = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
      final(callback) {
        responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
        clearTimeout(timeout);
        resolve(
          new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }),
        );
        callback();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) loadContext.log?.error({ err: error }, 'render error');
        },
      },
    );
    timeout = setTimeout(abort, streamTimeout + 1000);
  });
}

export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  const log = (context as AppLoadContext | undefined)?.log ?? logger;
  log.error({ err: error, path: new URL(request.url).pathname }, 'unhandled route error');
};
