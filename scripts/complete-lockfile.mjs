// Adds the platform-specific optional packages (other operating systems and CPUs) that npm left out
// of package-lock.json, so `npm ci` accepts the lock file on every machine. npm omits them when it
// cannot install them here (npm/cli#4828, #8320); `npm ci` then refuses the lock as out of sync.
// Run after any `npm install` that changes the lock file: `node scripts/complete-lockfile.mjs`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;

/** Where node would find `name` when required from the package at `from` (a lock key). */
function resolves(from, name) {
  let dir = from;
  for (;;) {
    const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return true;
    if (!dir) return false;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

function metadata(name, version) {
  try {
    const out = execFileSync(
      'npm',
      ['view', `${name}@${version}`, '--json', 'os', 'cpu', 'libc', 'dist', 'license', 'engines'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return out.trim() ? JSON.parse(out) : null;
  } catch {
    return null; // not in this registry: recorded without integrity
  }
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(key, name)) continue;
    if (!/^\d+\.\d+\.\d+/.test(version)) continue; // only exact versions, as platform packages use
    const meta = metadata(name, version);
    const target = key
      ? `${key.split('/node_modules/')[0] === key ? 'node_modules' : key}/node_modules/${name}`
      : `node_modules/${name}`;
    const place = `node_modules/${name}`; // hoisted, as npm places them
    packages[packages[place] ? target : place] = {
      version,
      ...(meta?.dist?.integrity ? { integrity: meta.dist.integrity } : {}),
      ...(meta?.license ? { license: meta.license } : {}),
      optional: true,
      ...(meta?.os ? { os: [meta.os].flat() } : {}),
      ...(meta?.cpu ? { cpu: [meta.cpu].flat() } : {}),
      ...(meta?.libc ? { libc: [meta.libc].flat() } : {}),
      ...(meta?.engines ? { engines: meta.engines } : {}),
    };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform package(s)`);
