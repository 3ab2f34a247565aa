// `npm start`: build on first start (or after `rm -rf build`), then run the bundled server.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// A .env file in the working directory (see .env.example); variables already set win over it.
if (existsSync('.env')) process.loadEnvFile('.env');
const needed = ['build/server/index.js', 'build/server-main/main.js'];
if (!needed.every((f) => existsSync(path.join(root, f)))) {
  console.log('No production build found: building (first start only)…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
// React picks its development or production build when first imported, and the bundle imports it at
// once: settle NODE_ENV here. The operator's own value still decides the config's strictness.
process.env.MARSAD_OPERATOR_NODE_ENV = process.env.NODE_ENV ?? '';
process.env.NODE_ENV = 'production';
await import(path.join(root, 'build/server-main/main.js'));
