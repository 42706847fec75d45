#!/usr/bin/env node
// Builds app/shared/charts/geo/norway-2024.json, the municipality map's shapes, from Kartverket's
// 2024 boundaries (shared/data/geo, see its SOURCE.md). The portal draws the map from this file
// alone: projected, simplified and rounded here once, so no geo library runs in a request and the
// asset stays small enough to ship with the dashboard's code (decision 0026).
//
//   node apps/portal/scripts/build-norway-map.mjs [--source DIR] [--out FILE]
//
// The output is deterministic: the same input gives the same bytes, so a rebuild that changes
// nothing leaves git clean.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { geoTransverseMercator } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { filter, planarRingArea, presimplify, simplify } from 'topojson-simplify';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    // The shared data sit beside the repository (…/shared/data/geo next to …/main).
    source: { type: 'string', default: path.resolve(here, '../../../../shared/data/geo') },
    out: { type: 'string', default: path.resolve(here, '../app/shared/charts/geo/norway-2024.json') },
  },
});

/** The SVG's user units across (about 1.2 km each); its height follows Norway's shape. */
const WIDTH = 1000;
/** Square user units: corners whose triangle is smaller than this are dropped. */
const MIN_TRIANGLE = 0.6;
/** Square user units (about 3 km²): islands and lakes smaller than this are left out … */
const MIN_RING_AREA = 2;
// … except each municipality's largest island, so a municipality made of small islands
// (Utsira, Træna, Værøy) is still drawn.

const source = JSON.parse(await readFile(path.join(args.source, 'kommuner-2024-s.topojson'), 'utf8'));
if (source.transform) throw new Error('Expected an unquantised topology (longitude/latitude in the arcs)');
for (const geometry of source.objects.Kommuner.geometries) {
  if (!/^\d{4}$/.test(geometry.properties?.kommunenummer ?? '')) {
    throw new Error(`A geometry without a four-digit kommunenummer: ${JSON.stringify(geometry.properties)}`);
  }
}

// Fitted to the arcs' points, not to the polygons: the rings wind the GeoJSON way
// (counter-clockwise), which d3-geo reads as "the whole globe but this".
const projection = geoTransverseMercator()
  // UTM zone 33's central meridian: the projection Norway's national maps use.
  .rotate([-15, 0])
  .fitWidth(WIDTH, { type: 'MultiPoint', coordinates: source.arcs.flat() });

// Projecting the arcs first makes everything after this planar, in the SVG's own units: the
// simplification's weights, the ring areas and the rounding.
const projected = { ...source, arcs: source.arcs.map((arc) => arc.map((point) => projection(point))) };
const simplified = simplify(presimplify(projected), MIN_TRIANGLE);

/** The exterior ring of a polygon, as points (topojson-client stitches its arcs). */
const ringPoints = (ring) => feature(simplified, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0];

// The largest exterior ring of each municipality, by identity: the filter below sees rings, not
// the municipality they belong to.
const keep = new Set();
for (const geometry of simplified.objects.Kommuner.geometries) {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  const areas = polygons.map((polygon) => planarRingArea(ringPoints(polygon[0])));
  keep.add(polygons[areas.indexOf(Math.max(...areas))][0]);
}
const small = filter(simplified, (ring) => keep.has(ring) || planarRingArea(ringPoints(ring)) >= MIN_RING_AREA);

/** Rounded to whole user units, with points that rounding made repeat dropped. */
function roundLine(coordinates) {
  const points = [];
  for (const [x, y] of coordinates) {
    const point = [Math.round(x), Math.round(y)];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  return points;
}

/** `M x y l dx dy …`: relative steps are mostly one or two digits. */
function encode(points, close) {
  if (points.length < 2) return '';
  const numbers = [];
  for (let i = 1; i < points.length; i += 1) {
    numbers.push(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  }
  // A minus sign separates numbers by itself in SVG path syntax.
  const steps = numbers.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`)).join('');
  return `M${points[0][0]} ${points[0][1]}l${steps}${close ? 'z' : ''}`;
}

function bounds(points, box) {
  for (const [x, y] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

const outMunicipalities = [];
const countyBoxes = new Map();
let height = 0;
for (const item of feature(small, small.objects.Kommuner).features) {
  const number = item.properties.kommunenummer;
  const county = number.slice(0, 2);
  const polygons = item.geometry.type === 'Polygon' ? [item.geometry.coordinates] : item.geometry.coordinates;
  const box = countyBoxes.get(county) ?? [Infinity, Infinity, -Infinity, -Infinity];
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // A ring rounded to fewer than three points has no area to fill.
      const points = roundLine(ring.slice(0, -1));
      if (points.length < 3) continue;
      d += encode(points, true);
      bounds(points, box);
      height = Math.max(height, box[3]);
    }
  }
  if (!d) throw new Error(`Municipality ${number} has no shape left after simplification`);
  countyBoxes.set(county, box);
  outMunicipalities.push({ number, county, d });
}
outMunicipalities.sort((a, b) => a.number.localeCompare(b.number));

const countyOf = (geometry) => geometry.properties.kommunenummer.slice(0, 2);
const lines = (multiLineString) =>
  multiLineString.coordinates
    .map((line) => encode(roundLine(line), false))
    .filter(Boolean)
    .join('');

const asset = {
  source: 'Kartverket, administrative enheter 2024 (CC BY 4.0)',
  viewBox: [0, 0, WIDTH, Math.ceil(height)],
  municipalities: outMunicipalities,
  counties: Object.fromEntries([...countyBoxes].sort(([a], [b]) => a.localeCompare(b))),
  // Borders between two counties, then the outer edge (coast and national border), each drawn once.
  countyBorders: lines(mesh(small, small.objects.Kommuner, (a, b) => a !== b && countyOf(a) !== countyOf(b))),
  outline: lines(mesh(small, small.objects.Kommuner, (a, b) => a === b)),
};

const json = `${JSON.stringify(asset)}\n`;
await writeFile(args.out, json);
console.log(
  `${path.relative(process.cwd(), args.out)}: ${outMunicipalities.length} municipalities, ` +
    `${countyBoxes.size} counties, ${(Buffer.byteLength(json) / 1024).toFixed(0)} kB`,
);
