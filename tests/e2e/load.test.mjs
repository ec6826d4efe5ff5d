// End-to-end tests of the first load: a static skeleton painted before the app has
// downloaded, the dataset fetched once (preloaded beside the wasm), and the skeleton gone once
// the app runs.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { serve, HOSTINGS, ROOT } from './server.mjs';
import { launch } from './browser.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wasmImports } from '../../scripts/short-imports.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the wasm imports its glue under short names, the glue is minified, the CSS is one minified file, and the app runs on them', async () => {
  for (const hosting of HOSTINGS) {
    const files = readdirSync(hosting.dist);
    const wasm = files.find((f) => /^war-alignment-explorer-[0-9a-f]+_bg\.wasm$/.test(f));
    const glue = files.find((f) => /^war-alignment-explorer-[0-9a-f]+\.js$/.test(f));
    const imports = wasmImports(readFileSync(join(hosting.dist, wasm)));
    const fromGlue = imports.filter((i) => i.module === 'w');
    assert.ok(fromGlue.length > 100, `${fromGlue.length} imports from the glue`);
    assert.ok(fromGlue.every((i) => /^[a-z]{1,2}$/.test(i.field)), fromGlue.map((i) => i.field).join(' '));
    assert.ok(imports.every((i) => !i.module.endsWith('_bg.js')), 'no import names the glue by its file');
    const js = readFileSync(join(hosting.dist, glue), 'utf8');
    // (Tested with `ok`, not `doesNotMatch`: a failure would print the whole glue.)
    assert.ok(!/__wbg_\w+:\s*function/.test(js), 'the glue keys its functions by the short names');
    assert.ok(!/_RINv/.test(js), "the glue calls the wasm's closure shims by short names");
    // Every name the wasm imports is a key of the glue's import object (minified: `,ab:function(`).
    for (const { field } of fromGlue) assert.ok(new RegExp(`[{,\\s]${field}:\\s*function\\(`).test(js), `${field} is a key of the glue`);
    // The glue is minified; the style sheets are one minified file, the only one the page links.
    assert.ok(!/\n\s{4}/.test(js), 'the glue is minified');
    const sheets = files.filter((f) => f.endsWith('.css'));
    assert.equal(sheets.length, 1, sheets.join(' '));
    const css = readFileSync(join(hosting.dist, sheets[0]), 'utf8');
    assert.doesNotMatch(css, /\/\*|\n\s+/, `${sheets[0]} is minified`);
    for (const rule of ['--side-negative', '.map-frame', '.timeline-frame', '.world-map', '.skeleton']) assert.ok(css.includes(rule), `${rule} in ${sheets[0]}`);
    const page = readFileSync(join(hosting.dist, 'index.html'), 'utf8');
    assert.deepEqual([...page.matchAll(/rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]), [`${hosting.prefix}${sheets[0]}`]);
    // The data files the app fetches are served without whitespace, and hold what the
    // repository's readable ones hold, every value as written.
    for (const file of ['data/korea-ukraine-war.json', 'data/world-110m.json']) {
      const served = readFileSync(join(hosting.dist, file), 'utf8');
      const kept = readFileSync(join(ROOT, 'public', file), 'utf8');
      assert.ok(!/[{,\[]\n/.test(served) && served.length < kept.length, `${file} is served without whitespace`);
      assert.deepEqual(JSON.parse(served), JSON.parse(kept), file);
    }
    const numbers = (text) => text.match(/(?<![\w"])-?\d+(\.\d+)?([eE][-+]?\d+)?(?![\w"])/g)?.join(' ');
    const world = ['world-110m.json'].map((f) => [readFileSync(join(hosting.dist, 'data', f), 'utf8'), readFileSync(join(ROOT, 'public/data', f), 'utf8')])[0];
    assert.equal(numbers(world[0]), numbers(world[1]), 'every number written as in the repository');
  }
  // The app runs on them (every other test loads it too).
  const server = await serve(HOSTINGS[0].dist, { prefix: HOSTINGS[0].prefix });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator('.map .node').first().waitFor();
  await page.close();
  await server.close();
  assert.deepEqual(errors, []);
});

test("the first load's wasm carries none of the standard library's number formatting, number parsing, case or printable-character tables", () => {
  // Each table's first bytes, as Rust's standard library lays them out: Grisu's cached powers
  // of ten (float formatting), the 128-bit powers of five (float parsing), the lower-case
  // table from U+00C0 (case conversion) and the first printable-character singletons (`{:?}`
  // of a string). The app writes and reads its numbers itself (`src/layout/num.rs`), quotes
  // strings itself, and lower-cases vocabulary by ASCII; the tables come with the search and
  // the lists, which load later.
  const tables = {
    'float formatting': [0xdf, 0x45, 0x1a, 0x3d, 0x03, 0xcf, 0x1a, 0xe6],
    'float parsing': [0x5a, 0xd6, 0x3b, 0x92, 0xd6, 0x53, 0xf4, 0xee],
    'lower-casing': [0xc0, 0, 0, 0, 0xe0, 0, 0, 0, 0xc1, 0, 0, 0, 0xe1, 0, 0, 0],
    'printable characters': [0x00, 0x01, 0x03, 0x05, 0x05, 0x06, 0x06, 0x02],
  };
  const dist = HOSTINGS[0].dist;
  const main = readdirSync(dist).find((f) => /^war-alignment-explorer-[0-9a-f]+_bg\.wasm$/.test(f));
  const bytes = readFileSync(join(dist, main));
  for (const [name, start] of Object.entries(tables)) {
    assert.equal(bytes.indexOf(Buffer.from(start)), -1, `${name} table in ${main}`);
  }
  // The lists' code does carry the case table: the signature is one the build would find.
  const later = readdirSync(dist).filter((f) => f.endsWith('.wasm') && f !== main);
  assert.ok(later.some((f) => readFileSync(join(dist, f)).indexOf(Buffer.from(tables['lower-casing'])) >= 0), 'the case table loads with the lists and the search');
});

for (const hosting of HOSTINGS) {
  describe(`first load served ${hosting.name}`, () => {
    test('the skeleton is painted before the wasm arrives, and the app replaces it', async () => {
      const server = await serve(hosting.dist, { prefix: hosting.prefix });
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Hold the wasm back: what shows is what index.html paints on its own.
      let release;
      const held = new Promise((ok) => { release = ok; });
      await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
      const dataRequests = [];
      page.on('request', (r) => { if (r.url().endsWith('data/korea-ukraine-war.json')) dataRequests.push(r.url()); });
      await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      const skeleton = page.locator('#skeleton');
      await skeleton.waitFor();
      assert.match(await skeleton.innerText(), /Two Koreas, one war/);
      assert.match(await skeleton.innerText(), /Loading the explorer/);
      const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => p.name));
      assert.ok(paints.includes('first-contentful-paint'), `painted before the wasm: ${paints}`);
      // Let the wasm through: the app starts and the skeleton goes.
      release();
      await page.locator('.map .node').first().waitFor();
      assert.equal(await page.locator('#skeleton').count(), 0);
      assert.equal(dataRequests.length, 1, `the dataset was fetched once: ${dataRequests}`);
      await page.close();
      await server.close();
      assert.deepEqual(errors, []);
    });
  });
}
