import fs from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoPermissibleObjects, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The world map behind the pledge dashboard's choropleth, computed once per process (on first use)
 * from Natural Earth via world-atlas: the 1:110m countries projected with Equal Earth into a fixed
 * view box, each as a compact SVG path (integer coordinates, relative commands, repeated points
 * dropped), keyed by ISO 3166 numeric (= M49) code. UN states too small for the 1:110m data
 * (Bahrain, Malta, the small island states, …) get a dot at their 1:50m centroid. Requests only
 * colour these shapes. Antarctica is left out. See docs/decisions.md.
 */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 500;
const MARGIN = 4;

export interface WorldMap {
  width: number;
  height: number;
  /** [M49 code, SVG path] for each country drawn as a shape. */
  shapes: [string, string][];
  /** [M49 code, x, y] for each small state drawn as a dot. */
  dots: [string, number, number][];
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);
const readAtlas = (name: string): CountriesTopology =>
  JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as CountriesTopology;

const ANTARCTICA = '010';

function countriesOf(atlas: CountriesTopology): Feature<Geometry, { name: string }>[] {
  const collection = feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  // Areas without an ISO code in Natural Earth (Kosovo, Northern Cyprus, Somaliland) are drawn under a
  // key of their own, so the map has no holes; no reference country matches it.
  return collection.features
    .filter((f) => f.id !== ANTARCTICA)
    .map((f) => (f.id === undefined ? { ...f, id: `x-${f.properties.name}` } : f));
}

/** A path as short as the view box allows: rounded points, repeats dropped, relative moves. */
function compactPath(rings: [number, number][][]): string {
  let out = '';
  for (const ring of rings) {
    const points: [number, number][] = [];
    for (const [x, y] of ring) {
      const p: [number, number] = [Math.round(x), Math.round(y)];
      const last = points.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    if (points.length < 3) continue;
    const [first, ...rest] = points as [[number, number], ...[number, number][]];
    let prev = first;
    const steps = rest.map((p) => {
      const step = `${p[0] - prev[0]} ${p[1] - prev[1]}`;
      prev = p;
      return step;
    });
    out += `M${first[0]} ${first[1]}l${steps.join(' ').replace(/ -/g, '-')}z`;
  }
  return out;
}

function ringsOf(path: ReturnType<typeof geoPath>, f: GeoPermissibleObjects): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  path.context({
    moveTo(x: number, y: number) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    closePath() {},
    arc() {},
  } as unknown as CanvasRenderingContext2D)(f);
  return rings;
}

/** Builds the map (tens of milliseconds); use worldMap(), which keeps the result. */
export function buildWorldMap(options: { small?: readonly string[] } = {}): WorldMap {
  const countries = countriesOf(readAtlas('countries-110m.json'));
  const projection = geoEqualEarth().fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
    ],
    { type: 'FeatureCollection', features: countries },
  );
  const path = geoPath(projection);
  const shapes: [string, string][] = [];
  for (const f of countries) {
    const d = compactPath(ringsOf(path, f));
    if (d) shapes.push([String(f.id), d]);
  }
  const drawn = new Set(shapes.map(([id]) => id));
  const wanted = (options.small ?? []).filter((id) => !drawn.has(id));
  const dots: [string, number, number][] = [];
  if (wanted.length) {
    for (const f of countriesOf(readAtlas('countries-50m.json'))) {
      if (!wanted.includes(String(f.id))) continue;
      const point = projection(geoCentroid(f));
      if (point) dots.push([String(f.id), Math.round(point[0]), Math.round(point[1])]);
    }
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, dots };
}

let cached: { key: string; map: WorldMap } | undefined;

/**
 * The map, built on first use and kept for the life of the process (it is static data, not user
 * content). `small` lists the M49 codes of the states that should appear even when too small for
 * the 1:110m shapes (the reference countries).
 */
export function worldMap(small: readonly string[]): WorldMap {
  const key = [...small].sort().join(',');
  if (cached?.key !== key) cached = { key, map: buildWorldMap({ small }) };
  return cached.map;
}
