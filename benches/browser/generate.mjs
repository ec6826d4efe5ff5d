// Writes valid synthetic datasets in the explorer's schema, from a fixed seed, for the browser
// benchmark and the large-size end-to-end test. The vocabularies come from the JSON Schema
// beside the bundled dataset, so a generated file uses only known terms.
//   node benches/browser/generate.mjs <actors> <relations> <events> [out.json]
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('../..', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(`${ROOT}public/data/korea-ukraine-war.schema.json`, 'utf8'));
const terms = (name) => schema.$defs[name].enum;

/** A small seeded pseudo-random generator (mulberry32): the same seed, the same dataset. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('alliance border council ministry embargo shipment artillery corridor summit treaty ' +
  'pipeline sanction envoy harbour grain convoy drone satellite refinery tribunal reserve ' +
  'customs railway delegation charter frontier mission coalition cabinet').split(' ');

/** A dataset of `actors` actors, `relations` relations and `events` events. */
export function generate({ actors, relations, events, seed = 20261124 }) {
  const rand = random(seed + actors * 7 + relations * 13 + events * 17);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (n) => Math.floor(rand() * n);
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const pad = (n, width) => String(n).padStart(width, '0');
  const day = () => `${2014 + int(11)}-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)}`;
  const date = () => {
    const r = rand();
    const d = day();
    if (r < 0.7) return { value: d, precision: 'day' };
    if (r < 0.9) return { value: d.slice(0, 7), precision: 'month', approximate: rand() < 0.3 };
    return { value: d.slice(0, 4), precision: 'year', approximate: true };
  };
  const sources = [1, 2, 3].map((n) => ({
    id: `source-${n}`, title: `Synthetic article ${n}`, published: { value: '2025-01', precision: 'month' },
    summary: `A generated article (${n}) for measuring the explorer.`,
  }));
  const cite = () => [{ source: pick(sources).id, quote: words(4 + int(20)) }];
  const kinds = terms('actor_kind');
  const actorList = Array.from({ length: actors }, (_, i) => {
    const kind = i < 2 || i % 3 === 0 ? 'state' : pick(kinds);
    const actor = {
      id: `actor-${pad(i, 5)}`, kind, name: `${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase()),
      description: `Generated actor ${i}.`,
    };
    if (kind === 'state') {
      actor.iso3166 = String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26));
      actor.coordinates = { lat: -60 + rand() * 130, lon: -180 + rand() * 360 };
    }
    return actor;
  });
  const types = terms('relation_type');
  const stances = terms('stance');
  const statuses = ['confirmed', 'confirmed', 'confirmed', 'reported', 'alleged', 'denied', 'planned', 'speculated'];
  const relationList = Array.from({ length: relations }, (_, i) => {
    // Ties cluster around the two poles and a few hubs, as in real datasets.
    const from = rand() < 0.2 ? int(Math.min(actors, 20)) : int(actors);
    let to = rand() < 0.3 ? int(2) : int(actors);
    if (to === from) to = (from + 1) % actors;
    const relation = {
      id: `relation-${pad(i, 6)}`, type: pick(types), from: actorList[from].id, to: actorList[to].id,
      stance: pick(stances), status: pick(statuses), summary: `Generated relation ${i}.`, citations: cite(),
    };
    if (rand() < 0.7) {
      const start = date();
      relation.span = { start };
      if (rand() < 0.5) relation.span.end = { value: `${Number(start.value.slice(0, 4)) + 1 + int(3)}`, precision: 'year' };
    }
    return relation;
  });
  const roles = terms('role');
  const eventList = Array.from({ length: events }, (_, i) => {
    const taking = new Set(Array.from({ length: 1 + int(3) }, () => int(actors)));
    const evidence = relations ? Array.from({ length: int(3) }, () => relationList[int(relations)].id) : [];
    return {
      id: `event-${pad(i, 6)}`, title: `${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase()), date: date(),
      actors: [...taking].map((a, k) => ({ actor: actorList[a].id, role: k === 0 ? 'agent' : pick(roles) })),
      status: pick(statuses), evidence_for: [...new Set(evidence)], summary: `Generated event ${i}.`, citations: cite(),
    };
  });
  const figures = Array.from({ length: Math.min(20, actors) }, (_, i) => ({
    id: `figure-${i}`, label: `Generated figure ${i}`, value: 1000 * (i + 1), unit: 'tonnes',
    about: [actorList[i].id], citations: cite(),
  }));
  const disagreements = Array.from({ length: Math.min(6, actors) }, (_, i) => ({
    id: `disagreement-${i}`, topic: `Generated topic ${i}`, summary: 'The articles differ.',
    positions: sources.slice(0, 2).map((s) => ({ source: s.id, summary: words(6), citations: [{ source: s.id, quote: words(10) }] })),
    concerns: [actorList[i].id],
  }));
  return {
    schema_version: 1,
    title: `Synthetic dataset: ${actors} actors, ${relations} relations, ${events} events`,
    description: 'Generated from a fixed seed for measuring the explorer.',
    poles: { negative: actorList[0].id, positive: actorList[1].id },
    sources, actors: actorList, relations: relationList, events: eventList, figures, disagreements,
  };
}

/** Small UN member states that the 1:110m boundary set has no outline for (code, capital). */
const SMALL_STATES = [
  ['AD', 42.51, 1.52], ['AG', 17.12, -61.85], ['BB', 13.1, -59.62], ['BH', 26.23, 50.59], ['CV', 14.93, -23.51],
  ['DM', 15.3, -61.39], ['FM', 6.92, 158.16], ['GD', 12.05, -61.75], ['KI', 1.45, 173.0], ['KM', -11.7, 43.26],
  ['KN', 17.3, -62.72], ['LC', 14.01, -60.99], ['LI', 47.14, 9.52], ['MC', 43.73, 7.42], ['MH', 7.09, 171.38],
  ['MT', 35.9, 14.51], ['MU', -20.16, 57.5], ['MV', 4.18, 73.51], ['SG', 1.29, 103.85],
];

/** A dataset for the world view: about 193 states (every country of the boundary set with a
 * code, at a point of its outline's largest ring, and 19 small states it has no outline for),
 * a few bodies that states are part of, `relations` relations between them and `events`
 * events. */
export function generateWorld({ relations = 400, events = 300, seed = 20261124 } = {}) {
  const rand = random(seed + relations * 13 + events * 17);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (n) => Math.floor(rand() * n);
  const boundary = JSON.parse(readFileSync(`${ROOT}public/data/world-110m.json`, 'utf8'));
  const middle = (ring) => {
    const n = ring.length / 2;
    let [lon, lat] = [0, 0];
    for (let i = 0; i < ring.length; i += 2) { lon += ring[i] / n; lat += ring[i + 1] / n; }
    return { lat: Math.round(lat * 100) / 100, lon: Math.round(lon * 100) / 100 };
  };
  const states = boundary.countries.filter((c) => c.a2).map((c) => ({
    code: c.a2, name: c.name, coordinates: middle(c.rings.reduce((a, b) => (b.length > a.length ? b : a))),
  })).concat(SMALL_STATES.map(([code, lat, lon]) => ({ code, name: `State ${code}`, coordinates: { lat, lon } })));
  const actors = states.map((s) => ({
    id: `state-${s.code.toLowerCase()}`, kind: 'state', name: s.name, description: `Generated state ${s.code}.`,
    iso3166: s.code, coordinates: s.coordinates,
  }));
  for (const kind of ['alliance', 'international-body', 'armed-group', 'company', 'person', 'media']) {
    actors.push({ id: `${kind}-1`, kind, name: `Generated ${kind.replace('-', ' ')}`, description: `Generated ${kind}.` });
  }
  const sources = [1, 2, 3].map((n) => ({
    id: `source-${n}`, title: `Synthetic article ${n}`, published: { value: '2025-01', precision: 'month' },
    summary: `A generated article (${n}) for measuring the explorer.`,
  }));
  const cite = () => [{ source: pick(sources).id, quote: Array.from({ length: 6 }, () => pick(WORDS)).join(' ') }];
  const pad = (n, width) => String(n).padStart(width, '0');
  const day = () => `${2014 + int(11)}-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)}`;
  const types = terms('relation_type').filter((t) => t !== 'part-of' && t !== 'leads');
  const statuses = ['confirmed', 'confirmed', 'confirmed', 'reported', 'alleged', 'denied', 'planned', 'speculated'];
  const stateCount = states.length;
  const relationList = Array.from({ length: relations }, (_, i) => {
    // Ties cluster around the two poles and a few hubs, as in real datasets.
    const from = rand() < 0.3 ? int(12) : int(stateCount);
    let to = rand() < 0.4 ? int(2) : int(stateCount);
    if (to === from) to = (from + 1) % stateCount;
    const relation = {
      id: `relation-${pad(i, 6)}`, type: pick(types), from: actors[from].id, to: actors[to].id,
      stance: pick(terms('stance')), status: pick(statuses), summary: `Generated relation ${i}.`, citations: cite(),
    };
    if (rand() < 0.8) relation.span = { start: { value: day(), precision: 'day' } };
    return relation;
  });
  // The bodies belong to states, so the world map places them beside them.
  for (const [k, kind] of ['armed-group', 'company', 'person'].entries()) {
    relationList.push({
      id: `belongs-${k}`, type: kind === 'person' ? 'leads' : 'part-of', from: `${kind}-1`, to: actors[k].id,
      stance: 'cooperative', status: 'confirmed', summary: 'Generated.', citations: cite(),
    });
  }
  const eventList = Array.from({ length: events }, (_, i) => ({
    id: `event-${pad(i, 6)}`, title: `Generated event ${i}`, date: { value: day(), precision: 'day' },
    actors: [{ actor: actors[int(stateCount)].id, role: 'agent' }], status: pick(statuses),
    evidence_for: [relationList[int(relations)].id], summary: `Generated event ${i}.`, citations: cite(),
  }));
  return {
    schema_version: 1,
    title: `Synthetic world: ${stateCount} states, ${relationList.length} relations, ${events} events`,
    description: 'Generated from a fixed seed for measuring the world view.',
    poles: { negative: actors[0].id, positive: actors[1].id },
    sources, actors, relations: relationList, events: eventList, figures: [], disagreements: [],
  };
}

if (process.argv[1]?.endsWith('generate.mjs')) {
  const [actors, relations, events, out] = process.argv.slice(2);
  const text = JSON.stringify(generate({ actors: Number(actors), relations: Number(relations), events: Number(events) }));
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
