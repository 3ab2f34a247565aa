import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createStaticHandler, matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { request } from './http';
import { useTestPlatform } from './platform';

/**
 * patches/react-router+<version>.patch (applied by `patch-package` on install; docs/decisions.md
 * "React Router patched") keeps what React Router rebuilt for every server request (the route tree
 * of `ServerRouter`, the first matching branch of a pathname) and encodes the loader data for
 * hydration only when the document reads it. An upgrade that no longer takes the
 * patch fails the install (`--error-on-fail --error-on-warn`); these tests fail if the installed
 * copy runs without it, or if what it keeps ever answers differently from a fresh match.
 */
const dist = path.join(
  path.dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/development',
);

interface PatchedChunk {
  marsadServerRoutes(
    manifestRoutes: Record<string, { id: string; parentId?: string; path?: string; index?: boolean }>,
    routeModules: Record<string, { default?: unknown }>,
    future: object,
    isSpaMode: boolean,
  ): unknown[];
}

async function patchedChunk(): Promise<PatchedChunk> {
  const file = fs
    .readdirSync(dist)
    .filter((name) => name.endsWith('.mjs'))
    .find((name) => fs.readFileSync(path.join(dist, name), 'utf8').includes('function marsadServerRoutes('));
  if (!file) throw new Error(`react-router in ${dist} is not patched: run \`npx patch-package\``);
  return import(pathToFileURL(path.join(dist, file)).href) as Promise<PatchedChunk>;
}

describe('React Router, patched', () => {
  it('keeps the server route tree per manifest until a route module changes', async () => {
    const { marsadServerRoutes } = await patchedChunk();
    const manifest = { root: { id: 'root', path: '' }, home: { id: 'home', parentId: 'root', index: true } };
    const modules = { root: { default: () => null }, home: { default: () => null } };
    const future = {};
    const first = marsadServerRoutes(manifest, modules, future, false);
    expect(marsadServerRoutes(manifest, { ...modules }, future, false)).toBe(first);
    const changed = marsadServerRoutes(
      manifest,
      { ...modules, home: { default: () => null } },
      future,
      false,
    );
    expect(changed).not.toBe(first);
    expect(marsadServerRoutes(manifest, modules, future, true)).not.toBe(changed);
  });

  it('matches a pathname again as a fresh scan would, with fresh objects', async () => {
    const routes: RouteObject[] = [
      {
        id: 'root',
        path: '',
        loader: () => null,
        children: [
          {
            id: 'lang',
            path: ':lang',
            loader: () => null,
            children: [
              { id: 'home', index: true, loader: () => null },
              { id: 'new', path: 'pledges/new', loader: () => null },
              { id: 'pledge', path: 'pledges/:id', loader: () => null },
              { id: 'optional', path: 'reviews/:id/:section?', loader: () => null },
              { id: 'rest', path: 'files/*', loader: () => null },
            ],
          },
        ],
      },
    ];
    const handler = createStaticHandler(routes);
    const ids = (matches: { route: { id?: string } }[] | null | undefined) =>
      matches?.map((match) => match.route.id) ?? null;
    const paths = [
      '/ar',
      '/AR/Pledges/NEW',
      '/ar/pledges/new',
      '/ar/pledges/42',
      '/ar/pledges/%6Eew',
      '/en/reviews/7',
      '/en/reviews/7/intro',
      '/en/files/a/b.pdf',
      '/ar/nowhere/at/all',
    ];
    for (const pathname of paths) {
      const expected = ids(matchRoutes(routes, pathname));
      const seen = [];
      for (let i = 0; i < 2; i++) {
        const context = await handler.query(new Request(`http://marsad.test${pathname}`));
        if (context instanceof Response) throw new Error(`${pathname} answered a response`);
        if (expected) expect(ids(context.matches), pathname).toEqual(expected);
        else expect(context.statusCode, pathname).toBe(404);
        seen.push(context.matches);
      }
      if (expected) {
        expect(seen[1]).not.toBe(seen[0]);
        expect(seen[1]?.[0]?.params).toEqual(matchRoutes(routes, pathname)?.[0]?.params);
      }
    }
  });

  describe('with the app', () => {
    useTestPlatform();

    it('still sends a hydrated page its loader data, and a page without JavaScript none', async () => {
      const hydrated = await (await request('/ar/sign-in')).text();
      expect(hydrated).toContain('window.__reactRouterContext.streamController.enqueue(');
      expect(hydrated).toContain('window.__reactRouterContext.streamController.close();');
      const stat = await (await request('/ar')).text();
      expect(stat).not.toContain('streamController');
    });
  });
});
