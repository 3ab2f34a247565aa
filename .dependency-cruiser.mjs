/**
 * The layers of the code, checked by `npm run check:boundaries` (a step of `npm test`); see
 * docs/decisions.md "Import boundaries checked by dependency-cruiser". From the bottom up:
 * db/ and app/platform/ → app/modules/ → app/routes/, app/root.*, app/jobs.server.ts → server/, cli/;
 * seed/ and tests/ sit above the modules and may import them. Type-only imports count too.
 */
const aboveThePlatform = '^(app/(modules|routes|permissions|ui)/|app/[^/]+$|seed/|server/|cli/)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'platform-imports-no-domain',
      comment:
        'app/platform/ is the shared ground every domain stands on: it imports no module, route, page or ' +
        'registry. A domain plugs in from above (e.g. job handlers in app/jobs.server.ts).',
      severity: 'error',
      from: { path: '^app/platform/' },
      to: { path: aboveThePlatform },
    },
    {
      name: 'db-imports-no-module',
      comment:
        'db/ (schema, value lists, reference seed) is imported by the domains, so it imports none of them: ' +
        'shapes and value lists that a column needs live under db/schema/.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: aboveThePlatform },
    },
    {
      name: 'modules-import-no-route',
      comment:
        'Domain operations are plain functions under the web layer: a module imports no route, page or ' +
        'app-level registry (tests beside a module may call a route).',
      severity: 'error',
      from: { path: '^app/modules/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(app/routes/|app/[^/]+$)' },
    },
    {
      name: 'no-circular',
      comment:
        'An import circle (even through types or await import()) means two files belong together or one ' +
        'of them holds something a third file should: move it there instead of dodging the circle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|build|\\.react-router)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
  },
};
