import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { ServerBuild } from 'react-router';
import { jobHandlers, jobSchedules } from '~/jobs.server';
import { ConfigError, deploymentWarnings, loadConfig } from '~/platform/config.server';
import { startJobRunner } from '~/platform/jobs/job-runner.server';
import { logger } from '~/platform/logger.server';
import { createApp } from './app';
import { openPlatform } from './open-platform';

/**
 * `npm start`: build if missing, open and migrate the database, seed, serve, and shut down
 * cleanly on SIGTERM/SIGINT. Development (`npm run dev`) serves through Vite instead of the build.
 */
export async function startServer(options: { operatorNodeEnv?: string; isDev: boolean }): Promise<Server> {
  const startedAt = performance.now();
  const { isDev } = options;
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig({
      ...process.env,
      NODE_ENV: options.operatorNodeEnv,
      DATA_DIR: process.env.DATA_DIR ?? (isDev ? './data-dev' : undefined),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const buildPath = path.resolve('build/server/index.js');
  if (!isDev && !fs.existsSync(buildPath)) {
    logger.info('no production build found: building (first start only)…');
    execFileSync(process.execPath, [path.resolve('node_modules/@react-router/dev/bin.js'), 'build'], {
      stdio: 'inherit',
    });
  }

  for (const warning of deploymentWarnings(config)) logger.warn(warning);
  const platform = await openPlatform({ config, demo: config.SEED_DEMO });
  const { database } = platform;
  // Background jobs (reminders, digests, queued mail); not in tests, not in the CLI.
  const jobRunner =
    config.NODE_ENV === 'test'
      ? undefined
      : startJobRunner({ handlers: jobHandlers, schedules: jobSchedules });

  let getBuild: ServerBuild | (() => Promise<ServerBuild>);
  let vite: { middlewares: import('express').RequestHandler; close(): Promise<void> } | undefined;
  if (isDev) {
    const { createServer } = await import('vite');
    const server = await createServer({ server: { middlewareMode: true } });
    vite = server;
    getBuild = () => server.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>;
  } else {
    getBuild = (await import(/* @vite-ignore */ buildPath)) as ServerBuild;
  }

  const app = createApp({ config, database, getBuild, viteMiddleware: vite?.middlewares });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
  });
  server.keepAliveTimeout = 65_000;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info(
    { port, store: database.kind, ms: Math.round(performance.now() - startedAt) },
    `Marsad ready on http://localhost:${port}`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close();
    server.closeIdleConnections();
    await vite?.close();
    await jobRunner?.stop();
    await platform.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return server;
}
