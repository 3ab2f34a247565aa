// Bundles the HTTP server (server/main.ts and the platform code it imports) into one ESM file so
// production runs plain `node` without a TypeScript loader (faster start, less memory).
import { build } from 'esbuild';

await build({
  entryPoints: ['server/main.ts'],
  outfile: 'build/server-main/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
