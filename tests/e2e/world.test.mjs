// End-to-end tests of the world view (`?view=world`): one shape per country of the boundary
// set and one arc per visible relation between placed actors; the time window recolours the
// states; a country, a mark or an entry of the "not on the map" list selects its actor; the
// keyboard, zoom and a broken or missing boundary file; served at / and under /explorer/;
// axe-core finds nothing in either theme, at 1440×900 and 390×844 (screenshots saved to
// target/screenshots/world-*.png).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { serve, ROOT, HOSTINGS } from './server.mjs';
import { launch } from './browser.mjs';

const DATA_PATH = 'data/korea-ukraine-war.json';
const WORLD_PATH = 'data/world-110m.json';
const AXE = `${ROOT}node_modules/axe-core/axe.min.js`;
const SHOTS = `${ROOT}target/screenshots`;
const dataset = JSON.parse(readFileSync(`${ROOT}public/${DATA_PATH}`, 'utf8'));
const world = JSON.parse(readFileSync(`${ROOT}public/${WORLD_PATH}`, 'utf8'));

/** The actors the world map places, worked out here from the README's rules: a state whose
 * code is in the boundary set and whose capital is on the globe; another actor with its own
 * coordinates, or that is part of or heads a placed actor. */
function placedActors(data) {
  const codes = new Set(world.countries.map((c) => c.a2).filter(Boolean));
  const onGlobe = (c) => c && Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180;
  const placed = new Set(data.actors.filter((a) => (a.kind === 'state'
    ? codes.has(a.iso3166?.toUpperCase()) && onGlobe(a.coordinates)
    : onGlobe(a.coordinates))).map((a) => a.id));
  const states = new Set(data.actors.filter((a) => a.kind === 'state').map((a) => a.id));
  for (let hop = 0; hop < 4; hop++) {
    for (const r of data.relations) {
      if ((r.type === 'part-of' || r.type === 'leads') && !states.has(r.from) && placed.has(r.to)) placed.add(r.from);
    }
  }
  return placed;
}

let browser;
const servers = new Set();
before(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  // A test that failed half way leaves its server open.
  for (const server of servers) await server.close();
  await browser?.close();
});

async function open(hosting, query = '?view=world', overrides = {}, before = async () => {}) {
  const server = await serve(hosting.dist, { prefix: hosting.prefix, overrides });
  servers.add(server);
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await before(page);
  await page.goto(server.url + query);
  return { page, server, errors, requests };
}

async function close({ page, server, errors }) {
  await page.close();
  servers.delete(server);
  await server.close();
  assert.deepEqual(errors, [], 'no uncaught errors or panics in the page');
}

/** A point inside `locator`'s shape that is not covered by anything drawn over it. */
async function openPoint(locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (let i = 1; i < 12; i++) {
      for (let j = 1; j < 12; j++) {
        const at = { x: box.left + (box.width * i) / 12, y: box.top + (box.height * j) / 12 };
        if (document.elementFromPoint(at.x, at.y) === el) return at;
      }
    }
    return null;
  });
}

async function audit(page, what) {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(summary, [], `${what}: axe violations`);
}

for (const hosting of HOSTINGS) {
  describe(`the world view served ${hosting.name}`, () => {
    test('one shape per country and one arc per visible relation between placed actors', async () => {
      const app = await open(hosting);
      const { page } = app;
      await page.locator('.world-map .country').first().waitFor();
      assert.equal(await page.locator('.world-map .country').count(), world.countries.length);
      assert.equal(await page.locator('.view-world').getAttribute('aria-pressed'), 'true');
      const placed = placedActors(dataset);
      const expected = dataset.relations.filter((r) => placed.has(r.from) && placed.has(r.to)).map((r) => r.id).sort();
      const drawn = (await page.locator('.world-map .edge').evaluateAll((els) => els.map((e) => e.dataset.relation))).sort();
      assert.deepEqual(drawn, expected);
      assert.equal(await page.locator('.world-map .world-actor').count(), placed.size);
      // Actors with no place are listed beside the map.
      const off = dataset.actors.filter((a) => !placed.has(a.id)).map((a) => a.name).sort();
      const listed = (await page.locator('.world-offmap .offmap-actor').allInnerTexts()).map((t) => t.split(',')[0].trim()).sort();
      assert.deepEqual(listed, off);
      assert.ok(app.requests.some((p) => p === `${hosting.prefix}${WORLD_PATH}`));
      await close(app);
    });

    test('selecting a country selects its actor and shows it in the details', async () => {
      const app = await open(hosting);
      const { page } = app;
      const korea = page.locator('.world-map .country[data-iso=KR]');
      await korea.waitFor();
      const point = await openPoint(korea);
      assert.ok(point, 'some of South Korea can be clicked');
      await page.mouse.click(point.x, point.y);
      await page.waitForURL(/select=actor:south-korea/);
      assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'South Korea');
      assert.equal(await page.locator('#world-actor-south-korea').getAttribute('aria-selected'), 'true');
      assert.match(await korea.getAttribute('class'), /selected/);
      assert.match(page.url(), /view=world/);
      await close(app);
    });
  });
}

describe('using the world view', () => {
  const hosting = HOSTINGS[1];

  test('the boundary file and the code of the view are fetched only when the world view opens, once', async () => {
    const app = await open(hosting, '');
    const { page, requests } = app;
    const code = (name) => requests.filter((p) => new RegExp(`/${name}-[0-9a-f]+\\.wasm$`).test(p)).length;
    await page.locator('.map .node').first().waitFor();
    await page.waitForTimeout(300);
    assert.ok(!requests.some((p) => p.endsWith(WORLD_PATH)), 'not in the first load');
    assert.equal(code('split_world'), 0, 'the world view\'s code is not in the first load');
    assert.equal(code('split_list'), 0, 'nor the lists\' code');
    await page.locator('.view-world').click();
    await page.locator('.world-map .country').first().waitFor();
    await page.locator('.view-visual').click();
    await page.locator('.view-world').click();
    await page.locator('.world-map .country').first().waitFor();
    assert.equal(requests.filter((p) => p.endsWith(WORLD_PATH)).length, 1);
    assert.equal(code('split_world'), 1);
    await page.waitForURL(/view=world/);
    await page.locator('.view-list').click();
    await page.locator('.actors-table').waitFor();
    assert.equal(code('split_list'), 1);
    await close(app);
  });

  test('the Sources and Differences tabs load their code when first chosen; a failed download says so and tries again', async () => {
    const app = await open(hosting, '');
    const { page, requests } = app;
    const code = (name) => requests.filter((p) => new RegExp(`/${name}-[0-9a-f]+\\.wasm$`).test(p)).length;
    await page.locator('.map .node').first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(code('split_tabs'), 0, 'the two tabs\' code is not in the first load');
    // The first download fails: the tab says why and offers to try again.
    let failing = true;
    await page.route(/split_tabs-[0-9a-f]+\.wasm$/, (route) => (failing ? route.abort() : route.continue()));
    await page.locator('#tab-sources').click();
    const failed = page.locator('#side-panel-body .tab-status', { hasText: /could not be loaded/ });
    await failed.waitFor();
    // The details still work meanwhile.
    await page.locator('#tab-details').click();
    await page.locator('.timeline .mark').first().dispatchEvent('click');
    await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
    await page.locator('#tab-sources').click();
    await failed.waitFor();
    failing = false;
    await page.locator('#side-panel-body .tab-retry').click();
    await page.locator('.source-card').first().waitFor();
    await page.locator('#tab-differences').click();
    await page.locator('.disagreement-list').waitFor();
    assert.equal(await page.locator('#side-panel-body .tab-status').count(), 0);
    await page.unroute(/split_tabs-[0-9a-f]+\.wasm$/);
    // A console error for the aborted download is expected; nothing else.
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !/split_tabs|wasm|fetch/i.test(e)));
    await close(app);
  });

  test('the search loads its code when the reader comes to the box; a failed download says so and typing tries again', async () => {
    const app = await open(hosting, '');
    const { page, requests } = app;
    const code = (name) => requests.filter((p) => new RegExp(`/${name}-[0-9a-f]+\\.wasm$`).test(p)).length;
    await page.locator('.map .node').first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(code('split_search'), 0, 'the search\'s code is not in the first load');
    let failing = true;
    await page.route(/split_search-[0-9a-f]+\.wasm$/, (route) => (failing ? route.abort() : route.continue()));
    await page.locator('#search-input').fill('wagner');
    await page.locator('#search-results .search-empty', { hasText: /could not be loaded/ }).waitFor();
    failing = false;
    await page.locator('#search-input').fill('wagne');
    await page.locator('#search-results .search-hit', { hasText: /Wagner/ }).first().waitFor();
    assert.ok(code('split_search') >= 2, 'the second keystroke fetched the code again');
    await page.unroute(/split_search-[0-9a-f]+\.wasm$/);
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !/split_search|wasm|fetch/i.test(e)));
    await close(app);
  });

  test('the details of a record draw with code fetched after the first paint; while it is missing they say so, and Try again fetches it', async () => {
    // Held back, then failing: the empty panel is drawn all the same.
    let release;
    const held = new Promise((r) => { release = r; });
    let failing = true;
    const app = await open(hosting, '', {}, (page) => page.route(/split_details-[0-9a-f]+\.wasm$/, async (route) => {
      await held;
      return failing ? route.abort() : route.continue();
    }));
    const { page, requests } = app;
    const code = (name) => requests.filter((p) => new RegExp(`/${name}-[0-9a-f]+\\.wasm$`).test(p)).length;
    await page.locator('.map .node').first().waitFor();
    await page.locator('.details-empty').waitFor();
    await page.locator('#map-node-north-korea').dispatchEvent('click');
    await page.locator('.details-status', { hasText: /Loading the details/ }).waitFor();
    // The map and the timeline answer meanwhile.
    await page.waitForURL(/select=actor:north-korea/);
    release();
    await page.locator('.details-status', { hasText: /could not be loaded/ }).waitFor();
    failing = false;
    await page.locator('.details-retry').click();
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'North Korea');
    assert.ok(code('split_details') >= 2);
    await page.unroute(/split_details-[0-9a-f]+\.wasm$/);
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !/split_details|wasm|fetch/i.test(e)));
    await close(app);
  });

  test('a search in the address loads the search at once', async () => {
    const app = await open(hosting, '?q=wagner');
    const { page } = app;
    await page.locator('.map .node').first().waitFor();
    await page.locator('#search-input').focus();
    await page.locator('#search-results .search-hit', { hasText: /Wagner/ }).first().waitFor();
    await close(app);
  });

  test('moving the time window recolours the states', async () => {
    const app = await open(hosting, '?view=world&from=2023-06-01&to=2023-07-01');
    const { page } = app;
    await page.locator('.world-map .country').first().waitFor();
    const fills = () => page.locator('.world-map .country:not(.land)').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.iso, e.getAttribute('class')])));
    const before = await fills();
    assert.match(before.EE, /no-data/, 'Estonia has no relation in June 2023');
    assert.doesNotMatch(before.RU, /no-data/);
    await page.locator('.window-start').focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForURL(/from=2021-06-01/);
    const after = await fills();
    // Estonia's one relation (South Korean arms makers export to it) now counts: its country
    // is coloured by its score, which the grounded solve keeps near the centre for an actor
    // with one indirect tie.
    assert.doesNotMatch(after.EE, /no-data/, 'with 2021–22 in the window, Estonia has data');
    assert.match(after.EE, /side-(positive|neutral)/);
    assert.match(await page.locator('#world-actor-estonia').getAttribute('aria-label'), /leans to Ukraine|between the sides/);
    // The timeline's Play moves the same window.
    await page.locator('.play').click();
    await page.waitForURL(/from=2021-07-01/, { timeout: 5000 });
    await page.locator('.play').click();
    await close(app);
  });

  test('marks, arcs and the list beside the map select; the keyboard walks the actors', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('.world-map .world-actor').first().waitFor();
    // A mark.
    await page.locator('#world-actor-japan').dispatchEvent('click');
    await page.waitForURL(/select=actor:japan/);
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'Japan');
    const lit = await page.locator('.world-map .edge.lit').count();
    assert.ok(lit > 0 && lit < await page.locator('.world-map .edge').count(), 'the focus brings its own arcs forward');
    // An actor the map cannot place.
    await page.locator('.world-offmap .offmap-actor', { hasText: 'NATO' }).click();
    await page.waitForURL(/select=actor:nato/);
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'NATO');
    assert.equal(await page.locator('.world-offmap .offmap-actor', { hasText: 'NATO' }).getAttribute('aria-current'), 'true');
    // An actor that belongs to a state is set beside it, and named so.
    assert.match(await page.locator('#world-actor-wagner-group').getAttribute('aria-label'), /with Russia/);
    // An arc.
    await page.locator('.world-map .edge[data-relation="russia-vetoes-for-north-korea"] .edge-hit').dispatchEvent('click');
    await page.waitForURL(/select=relation:russia-vetoes-for-north-korea/);
    // The keyboard.
    await page.locator('.world-frame').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    const active = await page.locator('.world-frame').getAttribute('aria-activedescendant');
    assert.ok(active?.startsWith('world-actor-'), active);
    await page.keyboard.press('Enter');
    const id = active.slice('world-actor-'.length);
    await page.waitForURL(new RegExp(`select=actor:${id}`));
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), dataset.actors.find((a) => a.id === id).name);
    await page.keyboard.press('Escape');
    await page.locator('.details-empty').waitFor();
    await close(app);
  });

  test('zoom by buttons, wheel and drag; the zoom is in the URL and restored', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('.world-map .country').first().waitFor();
    const scale = () => page.locator('.world-map .viewport').getAttribute('data-scale');
    await page.locator('.zoom-in').click();
    assert.equal(await scale(), '1.250');
    await page.waitForURL(/world-zoom=1\.25,/);
    const map = await page.locator('svg.world-map').boundingBox();
    await page.mouse.move(map.x + map.width * 0.7, map.y + map.height * 0.3);
    await page.mouse.wheel(0, -300);
    assert.ok(Number(await scale()) > 1.25, 'the wheel zooms in');
    const transform = () => page.locator('.world-map .viewport').getAttribute('transform');
    const before = await transform();
    await page.mouse.move(map.x + map.width * 0.5, map.y + map.height * 0.85);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width * 0.5 + 80, map.y + map.height * 0.85 - 30, { steps: 4 });
    await page.mouse.up();
    assert.notEqual(await transform(), before, 'a drag pans');
    await page.waitForTimeout(400);
    const url = page.url();
    assert.match(url, /world-zoom=/);
    assert.doesNotMatch(url, /[?&]zoom=/, 'the alignment map keeps its own zoom');
    const zoomed = await scale();
    await page.reload();
    await page.locator('.world-map .country').first().waitFor();
    assert.equal(await scale(), zoomed, 'the zoom is restored from the URL');
    await page.locator('.zoom-fit').click();
    assert.equal(await scale(), '1.000');
    await close(app);
  });

  test('a boundary file that fails says so, offers a retry and leaves the rest usable', async () => {
    const overrides = { [WORLD_PATH]: { status: 404 } };
    const app = await open(hosting, '?view=world', overrides);
    const { page } = app;
    const panel = page.locator('.world-panel.world-error');
    await panel.waitFor();
    assert.match(await panel.innerText(), /could not be loaded.*404/s);
    // The timeline still selects.
    await page.locator('.timeline .mark').first().dispatchEvent('click');
    await page.waitForURL(/select=event:/);
    await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
    // The file is back: try again.
    delete overrides[WORLD_PATH];
    await page.locator('.world-retry').click();
    await page.locator('.world-map .country').first().waitFor();
    assert.equal(await page.locator('.world-panel.world-error').count(), 0);
    await close(app);
  });

  test('an untrusted dataset: a state the boundary set lacks is listed, not drawn, and nothing breaks', async () => {
    const data = structuredClone(dataset);
    data.actors.push({ id: 'singapore', kind: 'state', name: 'Singapore', description: 'A city state.', iso3166: 'SG', coordinates: { lat: 1.29, lon: 103.85 } });
    data.actors.push({ id: 'atlantis', kind: 'state', name: 'Atlantis', description: 'Not a state.', iso3166: 'QZ', coordinates: { lat: 30, lon: -30 } });
    data.relations.push({ ...dataset.relations.find((r) => r.from === 'russia' && r.to === 'north-korea'), id: 'singapore-trades-with-russia', type: 'trades', from: 'singapore', to: 'russia' });
    const app = await open(hosting, '?view=world', { [DATA_PATH]: { body: JSON.stringify(data) } });
    const { page } = app;
    await page.locator('.world-map .country').first().waitFor();
    assert.equal(await page.locator('#world-actor-singapore').count(), 0);
    assert.equal(await page.locator('.world-map .edge[data-relation="singapore-trades-with-russia"]').count(), 0);
    const entry = page.locator('.world-offmap li', { hasText: 'Singapore' });
    assert.match(await entry.innerText(), /no outline for “SG”/);
    assert.match(await page.locator('.world-offmap li', { hasText: 'Atlantis' }).innerText(), /“QZ”/);
    await entry.locator('button').click();
    await page.waitForURL(/select=actor:singapore/);
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'Singapore');
    await close(app);
  });

  for (const scheme of ['light', 'dark']) {
    for (const [width, height] of [[1440, 900], [390, 844]]) {
      test(`no axe violations in the world view, ${scheme} theme, ${width}×${height}`, async () => {
        const app = await open(hosting, '?view=world');
        const { page } = app;
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.locator('.world-map .country').first().waitFor();
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${SHOTS}/world-${scheme}-${width}x${height}.png` });
        // The frame is as tall as the map (no empty strip below it), and on a phone it opens
        // scrolled to the actors: North Korea, Russia and Ukraine are in sight.
        const fit = await page.evaluate(() => {
          const frame = document.querySelector('.world-frame').getBoundingClientRect();
          const map = document.querySelector('.world-map').getBoundingClientRect();
          const inSight = (id) => {
            const r = document.getElementById(`world-actor-${id}`).getBoundingClientRect();
            return r.left >= frame.left && r.right <= frame.right;
          };
          return { below: Math.round(frame.bottom - map.bottom), seen: ['north-korea', 'russia', 'ukraine'].filter(inSight) };
        });
        assert.ok(fit.below <= 2, `${fit.below} px of empty frame below the world map`);
        assert.deepEqual(fit.seen, ['north-korea', 'russia', 'ukraine']);
        if (width < 500) {
          // The rest of the world is a finger's pan away: the United States, off the left
          // edge at first, comes into the frame.
          const usInFrame = () => page.evaluate(() => {
            const r = document.getElementById('world-actor-united-states').getBoundingClientRect();
            const f = document.querySelector('.world-frame').getBoundingClientRect();
            return r.left >= f.left && r.right <= f.right;
          });
          assert.equal(await usInFrame(), false);
          const frame = await page.locator('.world-frame').boundingBox();
          const cdp = await page.context().newCDPSession(page);
          const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
          const [x, y] = [frame.x + 40, frame.y + frame.height / 2];
          await touch('touchStart', [[x, y]]);
          for (let k = 1; k <= 10; k++) await touch('touchMove', [[x + 25 * k, y]]);
          await touch('touchEnd', []);
          await page.waitForURL(/world-zoom=/);
          assert.equal(await usInFrame(), true, 'a finger pans the United States into the frame');
          await page.locator('.world-panel .zoom-fit').click();
          await page.waitForURL((url) => !url.searchParams.has('world-zoom'));
        }
        await audit(page, 'world view');
        await page.locator('#world-actor-north-korea').dispatchEvent('click');
        await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
        await page.waitForTimeout(200);
        if (width < 500) {
          // On a phone the details open as a sheet over the lower screen: the selected mark
          // is brought above it once it has opened (looked at before axe, which puts the
          // page's scroll back where its audit began).
          await page.waitForFunction(() => {
            const mark = document.getElementById('world-actor-north-korea').getBoundingClientRect();
            const sheet = document.querySelector('.details-panel.open').getBoundingClientRect();
            return mark.top >= 0 && mark.bottom <= sheet.top;
          }, null, { timeout: 3000 });
        }
        await audit(page, 'world view, North Korea selected');
        await page.screenshot({ path: `${SHOTS}/world-selected-${scheme}-${width}x${height}.png`, fullPage: width < 500 });
        await close(app);
      });
    }
  }
});
