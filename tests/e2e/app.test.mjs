// End-to-end tests: the release build in dist form, served from 127.0.0.1 at / and under
// /explorer/, driven in Debian's headless Chromium as a person would use it.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, ROOT, HOSTINGS } from './server.mjs';
import { launch, pinchStart, pinchEnd } from './browser.mjs';

const DATA_PATH = 'data/korea-ukraine-war.json';
const dataset = JSON.parse(readFileSync(`${ROOT}public/${DATA_PATH}`, 'utf8'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the app served from `hosting` with optional file overrides; returns page and url. */
async function open(hosting, query = '', overrides = {}) {
  const server = await serve(hosting.dist, { prefix: hosting.prefix, overrides });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + query);
  return { page, server, errors, url: server.url };
}

async function close({ page, server, errors }) {
  await page.close();
  await server.close();
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
}

const detailsHeading = (page) => page.locator('.details-section[aria-busy="false"] .details-heading').innerText();
const edgeCount = (page) => page.locator('.map .edge').count();
/** Whether actor `id`'s node is drawn dimmed: its shape faded once any fade has run, its group
 * (never painted apart) at full opacity. */
const dimmed = (page, id) => page.locator(`#map-node-${id} .node-shape`).evaluate(async (n) => {
  await Promise.all(n.getAnimations().map((a) => a.finished));
  const s = getComputedStyle(n);
  return Number(s.fillOpacity) < 1 && Number(s.strokeOpacity) < 1 && getComputedStyle(n.parentElement).opacity === '1';
});
/** The contrast of actor `id`'s name, as drawn (its colour at its opacity), against the map's
 * background, once any fade has run. */
const nameContrast = (page, id) => page.locator(`#map-node-${id} .node-label`).evaluate(async (label) => {
  await Promise.all(label.getAnimations().map((a) => a.finished));
  const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
  const alpha = Number(getComputedStyle(label).fillOpacity);
  const bg = rgb(getComputedStyle(label.closest('.map-frame')).backgroundColor);
  const shown = rgb(getComputedStyle(label).fill).map((v, i) => alpha * v + (1 - alpha) * bg[i]);
  const lum = (c) => {
    const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(shown), lum(bg)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
});

for (const hosting of HOSTINGS) {
  describe(`served ${hosting.name}`, () => {
    test('the first screen shows the dataset title, sources and counts', async () => {
      const app = await open(hosting);
      const { page } = app;
      await page.locator('.dataset-title').waitFor();
      assert.equal(await page.locator('.dataset-title').innerText(), dataset.title);
      for (const [kind, records] of Object.entries({ actors: dataset.actors, relations: dataset.relations, events: dataset.events })) {
        assert.equal(await page.locator(`[data-count=${kind}] strong`).innerText(), String(records.length));
      }
      assert.equal(await page.locator('.map .node').count(), dataset.actors.length);
      assert.equal(await page.locator('.timeline .mark').count(), dataset.events.length);
      await page.locator('.sources summary').click();
      for (const source of dataset.sources) {
        assert.ok((await page.locator('.sources').innerText()).includes(source.title));
      }
      await close(app);
    });

    test('a missing dataset shows the error panel with the file and the reason', async () => {
      const app = await open(hosting, '', { [DATA_PATH]: { status: 404 } });
      const panel = app.page.locator('.error-panel');
      await panel.waitFor();
      assert.ok((await app.page.locator('.error-file').innerText()).endsWith(`${hosting.prefix}${DATA_PATH}`));
      assert.match(await panel.innerText(), /404/);
      await close(app);
    });

    test('a malformed dataset shows where the JSON breaks', async () => {
      const body = readFileSync(`${ROOT}tests/fixtures/broken/malformed.json`, 'utf8');
      const app = await open(hosting, '', { [DATA_PATH]: { body } });
      const panel = app.page.locator('.error-panel');
      await panel.waitFor();
      assert.match(await panel.innerText(), /not valid JSON at line 2, column \d+/);
      await close(app);
    });

    test('an invalid dataset lists every problem with its place', async () => {
      const body = readFileSync(`${ROOT}tests/fixtures/broken/several-mistakes.json`, 'utf8');
      const app = await open(hosting, '', { [DATA_PATH]: { body } });
      await app.page.locator('.error-panel').waitFor();
      const problems = await app.page.locator('.error-problems li').allInnerTexts();
      assert.equal(problems.length, 3);
      assert.ok(problems[0].startsWith('$.relations[0].to'));
      await close(app);
    });

    test('a dataset of the wrong shape lists every misfit with its path, line and column', async () => {
      const minimal = readFileSync(`${ROOT}tests/fixtures/minimal.json`, 'utf8');
      const body = minimal
        .replace('"lat": 1', '"lat": "north"')
        .replace('"title": "Minimal",', '"title": "Minimal", "title": "Again",')
        .replace('"stance"', '"stanse"');
      const app = await open(hosting, '', { [DATA_PATH]: { body } });
      await app.page.locator('.error-panel').waitFor();
      const problems = await app.page.locator('.error-problems li').allInnerTexts();
      assert.deepEqual(problems.map((p) => p.replace(/ \(line \d+, column \d+\)$/, '')), [
        '$.title: duplicate field `title`',
        '$.actors[0].coordinates.lat: invalid type: string "north", expected a number',
        '$.relations[0]: missing field `stance`',
        '$.relations[0].stanse: the key `stanse` is not in the schema; did you mean `stance`?',
      ]);
      assert.match(problems[0], /\(line 3, column \d+\)$/);
      // Grouped by kind, a kind without its names, values and place.
      const kinds = await app.page.locator('.error-kind').allInnerTexts();
      assert.deepEqual(kinds, [
        'Duplicate field `…` (1)',
        'Invalid type: string "…", expected a number (1)',
        'Missing field `…` (1)',
        'The key `…` is not in the schema; did you mean `…`? (1)',
      ]);
      await close(app);
    });

    test('a deep link restores selection and time window', async () => {
      const app = await open(hosting, '?select=actor:south-korea&from=2022-01-01&to=2022-07-01');
      const { page } = app;
      await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
      assert.equal(await detailsHeading(page), 'South Korea');
      assert.match(await page.locator('.window-readout').innerText(), /^Window: January 2022 – June 2022$/);
      assert.equal(await page.locator('.window-start').getAttribute('aria-valuetext'), '2022-01-01');
      await close(app);
    });
  });
}

describe('using the explorer', () => {
  const hosting = HOSTINGS[1];

  test('clicking an actor selects it, shows its details and puts it in the URL', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('#map-node-north-korea').click();
    assert.equal(await detailsHeading(page), 'North Korea');
    assert.equal(await page.locator('#map-node-north-korea').getAttribute('aria-selected'), 'true');
    await page.waitForURL(/\/explorer\/\?select=actor:north-korea/);
    assert.match(await page.locator('.why').innerText(), /leans to Russia/);
    // Its events are highlighted on the timeline.
    assert.ok(await page.locator('.timeline .mark.highlighted').count() >= 5);
    await close(app);
  });

  test('the keyboard moves between actors and selects one', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('.map .node').first().waitFor();
    await page.locator('.map-frame').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('.map-frame').getAttribute('aria-activedescendant');
    assert.ok(active?.startsWith('map-node-'));
    await page.keyboard.press('Enter');
    const id = active.slice('map-node-'.length);
    assert.equal(await detailsHeading(page), dataset.actors.find((a) => a.id === id).name);
    await page.keyboard.press('Escape');
    await page.locator('.details-empty').waitFor();
    await close(app);
  });

  test('clicking an edge shows the relation with its quotation and article', async () => {
    const app = await open(hosting);
    const { page } = app;
    const relation = dataset.relations.find((r) => r.id === 'russia-vetoes-for-north-korea');
    // Russia and North Korea share many relations: at rest they are one connector with their
    // count, and clicking it opens them (selects Russia).
    const connector = page.locator(`.map .edge.bundle[data-pair="${dataset.actors.findIndex((a) => a.id === 'russia')}-${dataset.actors.findIndex((a) => a.id === 'north-korea')}"]`);
    assert.equal(await page.locator(`.edge[data-relation="${relation.id}"]`).count(), 0, 'gathered at rest');
    assert.ok(Number(await connector.getAttribute('data-count')) >= 3);
    await connector.locator('.edge-hit').dispatchEvent('click');
    await page.waitForURL(/select=actor:russia/);
    // Click the drawn curve, as a person would: the point nearest its middle where no other
    // arrow lies on top of it.
    const hit = page.locator(`.edge[data-relation="${relation.id}"] .edge-hit`);
    await hit.evaluate((path) => path.scrollIntoView({ block: 'center' }));
    const point = await hit.evaluate((path) => {
      const m = path.getScreenCTM();
      const length = path.getTotalLength();
      for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
        const p = path.getPointAtLength(length * t);
        const at = { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
        if (document.elementFromPoint(at.x, at.y) === path) return at;
      }
      return null;
    });
    assert.ok(point, 'some stretch of the arrow can be clicked');
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(new RegExp(`select=relation:${relation.id}`));
    // (Drawn a frame after the selection, the section busy until then.)
    const details = page.locator('.details-panel:has(.details-section[aria-busy="false"] .relation-details)');
    assert.match(await details.innerText(), /Russia vetoes resolutions against North Korea/);
    assert.ok((await details.locator('blockquote').first().innerText()).includes(relation.citations[0].quote));
    assert.match(await details.locator('cite').first().innerText(), /How the two Koreas use the Ukraine war/);
    await close(app);
  });

  test('zoom buttons change the view and the URL', async () => {
    const app = await open(hosting);
    const { page } = app;
    const scale = () => page.locator('.map .viewport').getAttribute('data-scale');
    assert.equal(await scale(), '1.000');
    await page.locator('.zoom-in').click();
    assert.equal(await scale(), '1.250');
    await page.waitForURL(/zoom=1\.25,/);
    await page.locator('.zoom-out').click();
    await page.locator('.zoom-out').click();
    assert.equal(await scale(), '0.800');
    await page.locator('.zoom-fit').click();
    assert.equal(await scale(), '1.000');
    await close(app);
  });

  test('wheel and pinch zoom the map and the timeline', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('.map .node').first().waitFor();
    const scale = () => page.locator('.map .viewport').getAttribute('data-scale');
    const map = await page.locator('svg.map').boundingBox();
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, -300);
    assert.ok(Number(await scale()) > 1, 'wheel zooms the map in');
    await page.locator('.zoom-fit').click();
    // Two touch pointers moving apart zoom in about their middle.
    const pinch = async (selector) => {
      await page.locator(selector).evaluate(pinchStart, { ids: [11, 12], by: 80 });
      await page.locator(selector).evaluate(pinchEnd, { ids: [11, 12], by: 80 });
    };
    await pinch('svg.map');
    assert.ok(Number(await scale()) > 1.5, `pinch zooms the map in (${await scale()})`);
    const ticks = () => page.locator('.timeline .tick text').allInnerTexts();
    const before = await ticks();
    await pinch('svg.timeline');
    const pinched = await ticks();
    assert.notDeepEqual(pinched, before, 'pinch zooms the timeline');
    await page.locator('svg.timeline').scrollIntoViewIfNeeded();
    const box = await page.locator('svg.timeline').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, 400);
    assert.notDeepEqual(await ticks(), pinched, 'wheel zooms the timeline');
    await close(app);
  });

  test('pointing at an actor opens its pairs, and the pointer can go on to one of its arrows', async () => {
    const app = await open(hosting);
    const { page } = app;
    const id = 'russia-vetoes-for-north-korea';
    assert.equal(await page.locator(`.edge[data-relation="${id}"]`).count(), 0, 'gathered at rest');
    await page.locator('#map-node-russia .node-shape').hover();
    const hit = page.locator(`.edge[data-relation="${id}"] .edge-hit`);
    await hit.waitFor({ state: 'attached' });
    // A point of the arrow that nothing else covers, then the pointer goes there.
    const point = await hit.evaluate((path) => {
      const m = path.getScreenCTM();
      const length = path.getTotalLength();
      for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
        const p = path.getPointAtLength(length * t);
        const at = { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
        if (document.elementFromPoint(at.x, at.y) === path) return at;
      }
      return null;
    });
    assert.ok(point, 'some stretch of the arrow can be reached');
    await page.mouse.move(point.x, point.y, { steps: 6 });
    await page.waitForTimeout(600);
    assert.equal(await page.locator(`.edge[data-relation="${id}"]`).count(), 1, 'the pair stays open under the pointer');
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(new RegExp(`select=relation:${id}`));
    // Off the map, the pointer lets go: nothing but the selection stays forward.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    assert.equal(await dimmed(page, 'poland'), true);
    await close(app);
  });

  test('hover lights up an actor\'s neighbours, drag pans, lanes switch, motion respects the setting', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('.map .node').first().waitFor();
    await page.locator('#map-node-kim-yo-jong').hover();
    assert.equal(await dimmed(page, 'russia'), false);
    assert.equal(await dimmed(page, 'poland'), true);
    // A dimmed actor's name fades less than its shape: it stays readable in both themes,
    // though fainter than a name in focus.
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const [faded, lit] = [await nameContrast(page, 'poland'), await nameContrast(page, 'russia')];
      assert.ok(faded >= 3.5 && faded < lit / 2, `${scheme}: a dimmed name at ${faded.toFixed(2)}:1, a name in focus at ${lit.toFixed(2)}:1`);
    }
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    assert.equal(await page.locator('.map .edge.lit').count(), 2);
    // A dimmed line fades its stroke and its arrow end, not its whole group (a group's opacity
    // tinted the group's whole box in dark mode); its hit area is never painted.
    const faded = await page.locator('.map .edges.focused .edge:not(.lit):not(.bundle)').first().evaluate((g) => {
      const line = getComputedStyle(g.querySelector('.edge-line'));
      return {
        group: getComputedStyle(g).opacity, stroke: Number(line.strokeOpacity), marker: line.markerEnd,
        hit: getComputedStyle(g.querySelector('.edge-hit')).visibility,
        name: g.querySelector(':scope > title')?.textContent ?? '', hitNamed: !!g.querySelector('.edge-hit title'),
      };
    });
    // The line's name (its tooltip) is on its group, which is painted, not on the hit area.
    assert.match(faded.name, /\((confirmed|reported|alleged|denied|claimed|disputed)[^)]*\)$/);
    assert.equal(faded.hitNamed, false);
    assert.equal(faded.group, '1');
    assert.ok(faded.stroke < 0.5, `the stroke fades: ${faded.stroke}`);
    assert.match(faded.marker, /-dim"?\)$/);
    assert.equal(faded.hit, 'hidden');
    assert.equal(await page.locator('#map-node-kim-yo-jong').evaluate((e) => getComputedStyle(e).transitionDuration.split(',')[0]), '0s');
    // Drag the map's background to pan it.
    const transform = () => page.locator('.map .viewport').getAttribute('transform');
    const before = await transform();
    const map = await page.locator('svg.map').boundingBox();
    await page.mouse.move(map.x + map.width / 2, map.y + map.height - 8);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width / 2 + 80, map.y + map.height - 48, { steps: 4 });
    await page.mouse.up();
    assert.notEqual(await transform(), before);
    await page.waitForURL(/zoom=1,/);
    // Lanes by article.
    await page.locator('.lanes-source').click();
    assert.match(await page.locator('.timeline .lane-label').first().textContent(), /How the two Koreas use the Ukraine war/);
    await page.waitForURL(/lanes=source/);
    // The live region says what is selected.
    await page.locator('#map-node-japan').click();
    assert.match(await page.locator('[aria-live=polite][aria-atomic=true]').innerText(), /Selected Japan\. Time window: all time\./);
    await close(app);
  });

  test('clicking an event opens it and highlights its actors and relations on the map', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('#mark-us-uk-accuse-north-korea').click();
    assert.equal(await detailsHeading(page), 'US and UK accuse North Korea of arming Wagner');
    for (const id of ['united-states', 'united-kingdom', 'north-korea', 'wagner-group']) {
      assert.equal(await dimmed(page, id), false, id);
    }
    assert.equal(await dimmed(page, 'japan'), true);
    const lit = await page.locator('.map .edge.lit').count();
    assert.equal(lit, 3);
    await close(app);
  });

  test('moving the time window changes the map edges and positions, and is kept in the URL', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('.map .node').first().waitFor();
    const before = await edgeCount(page);
    const place = () => page.locator('#map-node-south-korea').evaluate((e) => e.style.transform);
    const placeBefore = await place();
    // Move the end of the window back by years with the keyboard.
    await page.locator('.window-end').focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.locator('.window-start').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    const after = await edgeCount(page);
    assert.ok(after < before, `edges ${before} -> ${after}`);
    assert.notEqual(await place(), placeBefore);
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    // Drag the band with the mouse (by the part of it on screen): the window moves.
    const readout = await page.locator('.window-readout').innerText();
    const band = await page.locator('.window-band').boundingBox();
    const frame = await page.locator('svg.timeline').boundingBox();
    const left = Math.max(band.x, frame.x);
    const right = Math.min(band.x + band.width, frame.x + frame.width);
    assert.ok(right - left > 20, 'some of the band is on screen');
    const grab = (left + right) / 2;
    await page.mouse.move(grab, band.y + 10);
    await page.mouse.down();
    await page.mouse.move(grab + 120, band.y + 10, { steps: 5 });
    await page.mouse.up();
    assert.notEqual(await page.locator('.window-readout').innerText(), readout);
    await page.locator('.window-clear').click();
    assert.equal(await edgeCount(page), before);
    await close(app);
  });

  test('play advances the window', async () => {
    const app = await open(hosting, '?from=2022-01-01&to=2022-04-01');
    const { page } = app;
    await page.locator('.play').waitFor();
    await page.locator('.speed select').selectOption('300');
    await page.locator('.play').click();
    await page.waitForFunction(() => !document.querySelector('.window-readout').textContent.startsWith('Window: January 2022 –'));
    await page.locator('.play').click();
    assert.equal(await page.locator('.play').getAttribute('aria-pressed'), 'false');
    // The window reads in words, its last month included: "Window: February 2022 – April 2022".
    const readout = await page.locator('.window-readout').innerText();
    assert.match(readout, /^Window: (February|March|April|May|June|July|August|September|October|November|December) 2022 – \w+ 20\d\d$/);
    await close(app);
  });

  test('the timeline keyboard walks events in time order and selects one', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('.timeline .events').focus();
    await page.keyboard.press('Home');
    const first = await page.locator('.timeline .events').getAttribute('aria-activedescendant');
    assert.equal(first, 'mark-sofa-ratified');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    assert.equal(await detailsHeading(page), 'China and Russia agree the Tongjiang bridge');
    await close(app);
  });

  test('back and forward step through selections', async () => {
    const app = await open(hosting);
    const { page } = app;
    await page.locator('#map-node-north-korea').click();
    await page.locator('#map-node-poland').click();
    assert.equal(await detailsHeading(page), 'Poland');
    await page.goBack();
    assert.equal(await detailsHeading(page), 'North Korea');
    await page.goBack();
    await page.locator('.details-empty').waitFor();
    await page.goForward();
    assert.equal(await detailsHeading(page), 'North Korea');
    await close(app);
  });

  test('a garbled link shows a notice and still opens', async () => {
    const app = await open(hosting, '?select=actor:atlantis&from=2022-99-01&to=2023-01-01&zoom=x');
    const { page } = app;
    await page.locator('.notices').waitFor();
    const text = await page.locator('.notices').innerText();
    assert.match(text, /atlantis/);
    assert.match(text, /time window/);
    assert.equal(await page.locator('.map .node').count(), dataset.actors.length);
    await close(app);
  });
});

test("the error panel's code loads only when a dataset fails; if it cannot, the problems still show as a plain list with a way to try again", async () => {
  const hosting = HOSTINGS[1];
  const body = readFileSync(`${ROOT}tests/fixtures/broken/several-mistakes.json`, 'utf8');
  // The bundled dataset loads without it.
  const fine = await open(hosting);
  await fine.page.locator('.map .node').first().waitFor();
  await fine.page.waitForTimeout(500);
  const loadedBefore = await fine.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(!loadedBefore.some((u) => /split_problems-[0-9a-f]+\.wasm$/.test(u)), 'not fetched for a dataset that loads');
  await close(fine);
  // A broken dataset with the code's first download failing: the problems, why, and "Try again".
  const server = await serve(hosting.dist, { prefix: hosting.prefix, overrides: { [DATA_PATH]: { body } } });
  const page = await browser.newPage();
  let failing = true;
  await page.route(/split_problems-[0-9a-f]+\.wasm$/, (route) => (failing ? route.abort() : route.continue()));
  await page.goto(server.url);
  const plain = page.locator('.error-panel', { hasText: /could not be loaded: / });
  await plain.waitFor();
  assert.equal(await page.locator('.error-panel .error-problems li').count(), 3);
  assert.ok((await page.locator('.error-problems li').first().innerText()).startsWith('$.relations[0].to'));
  failing = false;
  await page.locator('.error-retry').click();
  // The full panel: the count, the ways out, the problems grouped.
  await page.locator('.error-panel .error-count').waitFor();
  assert.equal(await page.locator('.error-problems li').count(), 3);
  assert.equal(await page.locator('.error-actions .use-bundled').count(), 1);
  await page.close();
  await server.close();
});
