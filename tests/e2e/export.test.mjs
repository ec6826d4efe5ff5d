// End-to-end tests of export and print: the map as a standalone SVG (heading, period, legend,
// sources) and as a PNG, the shown records as JSON that the checker accepts, the selected
// record as Markdown with its quotations, and a print stylesheet without controls.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serve, ROOT, HOSTINGS } from './server.mjs';
import { launch } from './browser.mjs';

const hosting = HOSTINGS[0];
const bundled = JSON.parse(readFileSync(`${ROOT}public/data/korea-ukraine-war.json`, 'utf8'));

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(hosting.dist, { prefix: hosting.prefix });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.url + query);
  await page.locator('.map .node').first().waitFor();
  return { page, errors };
}

async function exported(page, button) {
  if (!(await page.locator('.export-items').isVisible())) await page.locator('.export-menu > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('export and print', () => {
  test('the map exports as a standalone SVG that names its period, legend and sources', async () => {
    const { page, errors } = await open('?from=2022-01-01&to=2022-07-01&select=actor:north-korea');
    const { name, bytes } = await exported(page, '.export-svg');
    assert.equal(name, 'alignment-map.svg');
    const svg = bytes.toString('utf8');
    assert.ok(svg.startsWith('<?xml'), svg.slice(0, 40));
    assert.ok(!/<script/i.test(svg));
    const facts = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const text = [...doc.querySelectorAll('text')].map((t) => t.textContent);
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        nodes: doc.querySelectorAll('g.node').length,
        placed: [...doc.querySelectorAll('.nodes g.node')].every((g) => /matrix|translate/.test(g.getAttribute('transform') ?? '')),
        hits: doc.querySelectorAll('.edge-hit').length,
        edges: doc.querySelectorAll('.edges .edge').length,
        styled: [...doc.querySelectorAll('.node-shape')].every((p) => p.getAttribute('fill')),
        text,
      };
    }, svg);
    assert.equal(facts.error, null);
    assert.equal(facts.root, 'svg');
    assert.equal(facts.nodes - 3, await page.locator('.map .nodes .node').count(), 'every actor, and three in the legend');
    assert.ok(facts.placed, 'nodes keep their places as SVG transforms');
    assert.equal(facts.hits, 0);
    assert.equal(facts.edges, await page.locator('.map .edges .edge').count());
    assert.ok(facts.styled, 'colours are written on the elements');
    assert.ok(facts.text.includes(bundled.title));
    assert.ok(facts.text.some((t) => t.startsWith('Alignments from 2022-01-01 to 2022-07-01;')));
    assert.ok(facts.text.some((t) => t.startsWith('cooperative (an arrowhead)')));
    assert.equal(facts.text.filter((t) => t.startsWith('Source: ')).length, bundled.sources.length);
    assert.match(await page.locator('.export-said').innerText(), /saved as SVG/);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('the map exports as a PNG', async () => {
    const { page, errors } = await open('');
    const { name, bytes } = await exported(page, '.export-png');
    assert.equal(name, 'alignment-map.png');
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(bytes.length > 20000, `${bytes.length} bytes`);
    const size = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, bytes.toString('base64'));
    assert.ok(size[0] >= 2000 && size[1] > 1000, size.join('×'));
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('the shown records export as JSON that the checker accepts', async () => {
    const { page, errors } = await open('?from=2022-01-01&to=2022-07-01&hide=alleged');
    const { name, bytes } = await exported(page, '.export-json');
    assert.equal(name, 'shown-records.json');
    const extract = JSON.parse(bytes.toString('utf8'));
    // Each drawn line stands for one relation, or for the count a pair's connector shows.
    const drawn = await page.locator('.map .edges .edge').evaluateAll((edges) => edges.reduce((sum, e) => sum + Number(e.dataset.count ?? 1), 0));
    assert.equal(extract.relations.length, drawn);
    assert.ok(extract.relations.length < bundled.relations.length);
    assert.ok(extract.relations.every((r) => r.status !== 'alleged'));
    const file = `${ROOT}target/e2e/shown-records.json`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, bytes);
    const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'check-dataset', '--', file], { cwd: ROOT, encoding: 'utf8' });
    assert.match(out, /valid/);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('the selected record exports as Markdown with its quotations', async () => {
    const relation = bundled.relations.find((r) => r.id === 'north-korea-supplies-arms-to-russia');
    const { page, errors } = await open(`?select=relation:${relation.id}`);
    const { name, bytes } = await exported(page, '.export-markdown');
    assert.equal(name, `${relation.id}.md`);
    const md = bytes.toString('utf8');
    assert.match(md, /^# North Korea supplies arms to Russia/);
    assert.match(md, /\*\*Status:\*\* Denied/i);
    assert.equal((md.match(/^> “/gm) ?? []).length, relation.citations.length);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('nothing selected: the Markdown export is off; on the lists the map exports are off', async () => {
    const { page } = await open('');
    await page.locator('.export-menu > summary').click();
    assert.ok(await page.locator('.export-markdown').isDisabled());
    await page.locator('.view-list').click();
    assert.ok(await page.locator('.export-svg').isDisabled());
    assert.ok(await page.locator('.export-png').isDisabled());
    assert.ok(await page.locator('.export-json').isEnabled());
    await page.close();
  });

  test('print shows the map, the timeline and the selected record, without controls', async () => {
    const { page } = await open('?select=actor:north-korea');
    // A record's details are drawn by code fetched after the first paint.
    await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const shown of ['.map .node >> nth=0', '.timeline .mark >> nth=0', '.details-heading']) {
      assert.ok(await page.locator(shown).isVisible(), shown);
    }
    const controls = await page.evaluate(() => [...document.querySelectorAll('.header-actions, .explore-bar, .toolbar, .tabs, .window-handle, input, select')]
      .filter((el) => el.getClientRects().length > 0).map((el) => el.className || el.tagName));
    assert.deepEqual(controls, []);
    // The names in the selected record's relations still print (they are buttons on screen).
    const names = page.locator('.details-panel li button', { hasText: 'Russia' });
    assert.ok(await names.count() > 0);
    assert.ok(await names.first().isVisible());
    await page.close();
  });
});
