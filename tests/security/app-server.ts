import type { Server } from 'node:http';
import pino from 'pino';
import type { ServerBuild } from 'react-router';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '~/platform/config.server';
import { setPlatform } from '~/platform/platform.server';
import { createApp } from '../../server/app';
import { createTestPlatform } from '../platform';

/**
 * The real Express app (headers, cookies, body checks) over the production build, on a fresh test
 * platform, listening on a loopback port. `configure` adjusts the config (e.g. production).
 * Run `npm run build` first.
 */
export function useAppServer(options: { configure?: (config: Config) => Config } = {}) {
  let server: Server | undefined;
  let base = '';
  let platform: Awaited<ReturnType<typeof createTestPlatform>> | undefined;
  beforeAll(async () => {
    platform = await createTestPlatform();
    const config = options.configure ? options.configure(platform.config) : platform.config;
    platform.config = config;
    setPlatform(platform);
    const build = (await import(`${process.cwd()}/build/server/index.js`)) as ServerBuild;
    const app = createApp({
      config,
      database: platform.database,
      getBuild: build,
      log: pino({ level: 'silent' }),
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    server?.close();
    await platform?.close();
  });
  return () => {
    if (!platform) throw new Error('app server not ready');
    setPlatform(platform);
    return { base, platform };
  };
}
