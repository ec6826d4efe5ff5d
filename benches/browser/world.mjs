// The world view's benchmark: loads the release build in headless Chromium at `?view=world`
// with the bundled dataset and a generated one of about 193 states (every country of the
// boundary set with a code, and small states it has no outline for) and a few hundred
// relations, and prints the median and worst time from an input to the next painted frame for
// selecting an actor by its mark, selecting a state by its country, and moving the time
// window one step. A benchmark, not a test: nothing here fails on timings.
//   node benches/browser/world.mjs <dist> [--relations 400] [--runs 9]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { serve, ROOT } from '../../tests/e2e/server.mjs';
import { launch } from '../../tests/e2e/browser.mjs';
import { generateWorld } from './generate.mjs';

const DATA_PATH = 'data/korea-ukraine-war.json';
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = args[0] && !args[0].startsWith('--') ? args[0] : `${ROOT}target/bench/dist`;
const RELATIONS = Number(option('relations', '400'));
const RUNS = Number(option('runs', '9'));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** Runs `act` and resolves with the time until the frame after it has been painted. */
const INIT = () => {
  window.__measure = (act) => new Promise((done) => {
    const t0 = performance.now();
    act();
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
  });
};

const ACTIONS = {
  'select actor (mark)': (k) => window.__measure(() => {
    const marks = document.querySelectorAll('.world-map .world-actor');
    marks[(k * 7919) % marks.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }),
  'select state (country)': (k) => window.__measure(() => {
    const countries = document.querySelectorAll('.world-map .country:not(.land)');
    countries[(k * 104729) % countries.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }),
  'window step': (k) => window.__measure(() => {
    const handle = document.querySelector('.window-end');
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: k % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
  }),
  'hover an actor': (k) => window.__measure(() => {
    const marks = document.querySelectorAll('.world-map .world-actor');
    marks[(k * 31) % marks.length].dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    marks[(k * 31) % marks.length].dispatchEvent(new MouseEvent('mouseenter', { bubbles: false }));
  }),
};

async function measure(browser, label, body, query) {
  const server = await serve(dist, { overrides: { [DATA_PATH]: { body } } });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(INIT);
  const t0 = Date.now();
  await page.goto(server.url + query);
  await page.locator('.world-map .world-actor').first().waitFor({ timeout: 60000 });
  const ready = Date.now() - t0;
  await page.waitForTimeout(500);
  const results = {};
  for (const [name, action] of Object.entries(ACTIONS)) {
    const times = [];
    for (let k = 0; k < RUNS; k++) times.push(await page.evaluate(action, k));
    results[name] = { median: median(times), worst: Math.max(...times) };
  }
  const counts = await page.evaluate(() => ({
    countries: document.querySelectorAll('.world-map .country').length,
    marks: document.querySelectorAll('.world-map .world-actor').length,
    arcs: document.querySelectorAll('.world-map .edge').length,
    elements: document.getElementsByTagName('*').length,
  }));
  await page.close();
  await server.close();
  if (errors.length) throw new Error(`${label}: page errors: ${errors.join('; ')}`);
  return { label, ready, results, ...counts };
}

const browser = await launch();
const rows = [];
try {
  const bundled = readFileSync(`${ROOT}public/${DATA_PATH}`, 'utf8');
  const b = JSON.parse(bundled);
  rows.push(await measure(browser, `bundled (${b.actors.length}/${b.relations.length}/${b.events.length})`, bundled, '?view=world&from=2022-01-01&to=2022-07-01'));
  const generated = generateWorld({ relations: RELATIONS });
  const label = `UN-sized (${generated.actors.length}/${generated.relations.length}/${generated.events.length})`;
  rows.push(await measure(browser, label, JSON.stringify(generated), '?view=world&from=2019-01-01&to=2020-01-01'));
} finally {
  await browser.close();
}
const names = Object.keys(ACTIONS);
const lines = [
  `World view benchmark, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0].model.trim()}, headless Chromium, release build; each input the median / worst of ${RUNS}, in ms, from the input to the next painted frame.`,
  '',
  `| dataset (actors / relations / events) | load to world map | ${names.join(' | ')} | countries | marks | arcs | elements |`,
  `|---|--:|${names.map(() => '--:').join('|')}|--:|--:|--:|--:|`,
  ...rows.map((r) => `| ${r.label} | ${r.ready} | ${names.map((n) => `${ms(r.results[n].median)} / ${ms(r.results[n].worst)}`).join(' | ')} | ${r.countries} | ${r.marks} | ${r.arcs} | ${r.elements.toLocaleString('en')} |`),
];
mkdirSync(`${ROOT}target/bench`, { recursive: true });
writeFileSync(`${ROOT}target/bench/world.md`, lines.join('\n') + '\n');
console.log(lines.join('\n'));
