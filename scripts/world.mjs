// Writes the world map's boundary file, public/data/world-110m.json, from Natural Earth's
// 1:110m Admin 0 countries as the npm package world-atlas ships them (TopoJSON), converted
// with topojson-client and named with the ISO 3166-1 codes of the npm package iso-3166. All
// three are pinned in package-lock.json. Per country: its alpha-2 code (`a2`, null where
// ISO 3166 has none), its numeric code (`n`), its name, and its rings as flat
// [lon, lat, lon, lat, …] lists rounded to 0.01°, each ring open (its first point is not
// repeated at the end). Antarctica is left out: no dataset puts an actor there, and it would
// take a fifth of the map.
//   node scripts/world.mjs           writes the file
//   node scripts/world.mjs --check   fails when the checked-in file is not what it would write
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { iso31661NumericToAlpha2 } from 'iso-3166';

const require = createRequire(import.meta.url);
const ROOT = new URL('..', import.meta.url).pathname;
const OUT = `${ROOT}public/data/world-110m.json`;
const ATLAS_VERSION = require('world-atlas/package.json').version;
const topology = require('world-atlas/countries-110m.json');

/** Kosovo has no ISO 3166 code; XK is the user-assigned code most data uses for it. */
const EXTRA_ALPHA2 = { Kosovo: 'XK' };
const LEFT_OUT = new Set(['010']); // Antarctica
const DECIMALS = 2;
const round = (v) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** A ring made continuous: a step of more than 180° in longitude is taken the short way round
 * (so a ring that crosses the antimeridian runs past ±180). */
function unwrap(ring) {
  const out = [ring[0]];
  for (const [lon, lat] of ring.slice(1)) {
    const previous = out.at(-1)[0];
    out.push([lon + 360 * Math.round((previous - lon) / 360), lat]);
  }
  return out;
}

/** The part of a closed ring on the kept side of the meridian `edge` (Sutherland–Hodgman). */
function clip(ring, edge, keep) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (keep(a[0])) out.push(a);
    if (keep(a[0]) !== keep(b[0])) {
      const t = (edge - a[0]) / (b[0] - a[0]);
      out.push([edge, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

/** A ring cut at the antimeridian into the parts that lie within [-180, 180], so that a flat
 * projection draws no line across the map. */
function splitAtAntimeridian(ring) {
  const continuous = unwrap(ring);
  const lons = continuous.map(([lon]) => lon);
  if (Math.min(...lons) >= -180 && Math.max(...lons) <= 180) return [ring];
  return [-360, 0, 360]
    .map((shift) => continuous.map(([lon, lat]) => [lon + shift, lat]))
    .map((shifted) => clip(clip(shifted, 180, (lon) => lon <= 180), -180, (lon) => lon >= -180))
    .filter((part) => part.length >= 3);
}

/** A ring rounded, without repeated points or its closing point; null when it collapses. */
function compactRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const point = [round(lon), round(lat)];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  while (out.length > 1 && out[0][0] === out.at(-1)[0] && out[0][1] === out.at(-1)[1]) out.pop();
  return out.length >= 3 ? out.flat() : null;
}

export function build() {
  const countries = feature(topology, topology.objects.countries).features
    .filter((f) => !LEFT_OUT.has(f.id))
    .map((f) => {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const rings = polygons.flat().flatMap(splitAtAntimeridian).map(compactRing).filter(Boolean);
      for (const ring of rings) {
        for (let i = 2; i < ring.length; i += 2) {
          if (Math.abs(ring[i] - ring[i - 2]) > 180) throw new Error(`${f.properties.name} crosses the antimeridian`);
        }
      }
      const name = f.properties.name;
      const a2 = (f.id && iso31661NumericToAlpha2[f.id]) ?? EXTRA_ALPHA2[name] ?? null;
      return { a2, n: f.id ?? null, name, rings };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  if (countries.some((c) => c.rings.length === 0)) throw new Error('a country lost every ring');
  const world = {
    source: `Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas ${ATLAS_VERSION} (ISC), without Antarctica; coordinates rounded to 0.01°`,
    countries,
  };
  // One country a line: small to download, readable in a diff.
  return `{"source":${JSON.stringify(world.source)},"countries":[\n${countries.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`;
}

if (process.argv[1]?.endsWith('world.mjs')) {
  const text = build();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error(`${OUT} is not what scripts/world.mjs writes; run \`node scripts/world.mjs\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${OUT}: up to date`);
  } else {
    writeFileSync(OUT, text);
    console.log(`${OUT}: ${JSON.parse(text).countries.length} countries, ${(text.length / 1000).toFixed(1)} KB`);
  }
}
