import { existsSync } from 'node:fs';

// `npm run dev` reads .env as `npm start` does (scripts/start.mjs); variables already set win.
if (existsSync('.env')) process.loadEnvFile('.env');
// React picks its development or production build when first imported, so NODE_ENV must be settled
// before anything imports react-router. The operator's NODE_ENV still decides the config's strictness.
// scripts/start.mjs settles it before loading the bundle and passes the operator's value on.
const operatorNodeEnv = process.env.MARSAD_OPERATOR_NODE_ENV ?? process.env.NODE_ENV;
const isDev = process.env.MARSAD_DEV === '1';
process.env.NODE_ENV = isDev ? 'development' : 'production';

const { startServer } = await import('./start');
startServer({ operatorNodeEnv, isDev }).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
