// End-to-end tests of what a reader sees: stance shown by the arrow's end as well as its
// colour, actors with no relation in the window marked as not placed, counts and scores in
// words, and a time window whose far end stays put when one handle is nudged.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { serve, ROOT, HOSTINGS } from './server.mjs';
import { launch, drawnText } from './browser.mjs';

const hosting = HOSTINGS[1];
const dataset = JSON.parse(readFileSync(`${ROOT}public/data/korea-ukraine-war.json`, 'utf8'));
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(query = '') {
  const server = await serve(hosting.dist, { prefix: hosting.prefix });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + query);
  await page.locator('.map .node, .list-view').first().waitFor();
  return { page, server, errors };
}

async function close({ page, server, errors }) {
  await page.close();
  await server.close();
  assert.deepEqual(errors, []);
}

describe('reading the map and the timeline', () => {
  test('each stance ends in its own shape, and the legend says which', async () => {
    const app = await open();
    const { page } = app;
    const end = (stance) => page.locator(`#arrow-stance-${stance} path`).getAttribute('d');
    const ends = [await end('cooperative'), await end('hostile'), await end('mixed')];
    assert.equal(new Set(ends).size, 3, `three different ends: ${ends}`);
    const legend = await page.locator('.legend').innerText();
    assert.match(legend, /ends in an arrowhead/);
    assert.match(legend, /ends in a bar/);
    assert.match(legend, /ends in a diamond/);
    assert.match(legend, /≈ before a title: the date is approximate/);
    assert.match(legend, /hollow: no relation in this period/);
    // Hostile arrows use the bar.
    const hostile = page.locator('.map .edge.stance-hostile .edge-line').first();
    assert.equal(await hostile.getAttribute('marker-end'), 'url(#arrow-stance-hostile)');
    await close(app);
  });

  test('actors with no relation in the window are marked as not placed, never as neutral', async () => {
    // Over all time, only actors with no relation at all are not placed.
    const related = new Set(dataset.relations.flatMap((r) => [r.from, r.to]));
    const never = dataset.actors.filter((a) => !related.has(a.id)).map((a) => `map-node-${a.id}`).sort();
    const all = await open();
    const allUnplaced = await all.page.locator('.map .node.unplaced').evaluateAll((nodes) => nodes.map((n) => n.id).sort());
    // They wait in a strip under every other actor, not at the middle, where they would read as neutral.
    const strip = await all.page.evaluate((never) => {
      const middle = (n) => { const r = n.querySelector('.node-shape').getBoundingClientRect(); return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 }; };
      const nodes = [...document.querySelectorAll('.map .node')];
      const lowest = Math.max(...nodes.filter((n) => !never.includes(n.id)).map((n) => middle(n).y));
      const axis = document.querySelectorAll('svg.map .axis line')[1].getBoundingClientRect();
      return nodes.filter((n) => never.includes(n.id)).map((n) => ({ id: n.id, below: middle(n).y > lowest, offMiddle: Math.abs(middle(n).x - (axis.left + axis.right) / 2) > 5 }));
    }, never);
    await close(all);
    assert.deepEqual(allUnplaced, never);
    assert.ok(strip.every((n) => n.below), `under the rows: ${JSON.stringify(strip)}`);
    assert.ok(strip.filter((n) => n.offMiddle).length >= strip.length - 1, `not stacked at the middle: ${JSON.stringify(strip)}`);
    const app = await open('?from=2022-01-01&to=2022-07-01');
    const { page } = app;
    const unplaced = page.locator('.map .node.unplaced');
    const n = await unplaced.count();
    assert.ok(n > 0, 'some actors have no relation in the first half of 2022');
    for (let i = 0; i < n; i++) {
      assert.match(await unplaced.nth(i).getAttribute('aria-label'), /not placed: no relation in this period/);
    }
    assert.equal(await page.locator('#map-node-russia.unplaced').count(), 0, 'a pole is always placed');
    await close(app);
  });

  test('counts and scores are said in words', async () => {
    const app = await open('?select=actor:north-korea&from=2022-01-01&to=2022-07-01');
    const { page } = app;
    // The node's name says the score the panel says, and follows the window (named a frame
    // after the picture moves).
    const named = async () => {
      const score = (await page.locator('.why .score').innerText()).match(/score (−?\d\.\d\d)\)/)[1].replace('−', '-');
      const said = `(score ${score.startsWith('-') ? score : `+${score}`})`;
      await page.waitForFunction((said) => {
        const name = document.getElementById('map-node-north-korea').getAttribute('aria-label');
        return name.startsWith('North Korea, state, leans to Russia') && name.endsWith(said);
      }, said, { timeout: 5000 });
      return score;
    };
    const before = await named();
    await page.locator('.window-clear').click();
    await page.waitForURL((url) => !url.search.includes('from='));
    const after = await named();
    assert.notEqual(after, before, 'the whole period scores North Korea otherwise than its first half of 2022');
    assert.match(await page.locator('.why .score').innerText(), /^North Korea leans to Russia, (strongly|clearly|slightly) \(score −0\.\d\d\)\.$/);
    // Relations that pull alike are said to once, not on every line.
    const why = await page.locator('.why').innerText();
    assert.match(why, /the relations that move it most, each of which pulls towards Russia \(−0\.\d\d\)/);
    assert.equal(why.match(/pulls towards/g).length, 1, why);
    for (const count of await page.locator('.counts li').allInnerTexts()) {
      assert.doesNotMatch(count, /^1 \w+s$/, `a single record is not plural: ${count}`);
    }
    await page.locator('#tab-sources').click();
    assert.match(await drawnText(page.locator('.source-card .supports').first()), /^Supports \d+ relations?, \d+ events?, \d+ figures? and \d+ positions? in disagreements/);
    await close(app);
  });

  test('labels overlap no other label and no other node, and actors keep their height as the window moves', async () => {
    // Where every drawn label and node is on screen, by actor.
    const boxes = (page) => page.evaluate(() => [...document.querySelectorAll('.map .node')].map((node) => {
      const box = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
      const label = node.querySelector('.node-label');
      return { id: node.id, shape: box(node.querySelector('.node-shape')), label: label && box(label) };
    }));
    const overlap = (a, b) => a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
    const clear = (nodes, when) => {
      const labelled = nodes.filter((n) => n.label);
      assert.ok(labelled.length >= nodes.length / 2, `${when}: ${labelled.length} of ${nodes.length} labels drawn`);
      for (const a of labelled) {
        for (const b of labelled) if (a !== b) assert.ok(!overlap(a.label, b.label), `${when}: the labels of ${a.id} and ${b.id} overlap`);
        for (const b of nodes) if (a !== b) assert.ok(!overlap(a.label, b.shape), `${when}: the label of ${a.id} covers ${b.id}`);
      }
    };
    const app = await open('?from=2022-01-01&to=2022-07-01');
    const { page } = app;
    // Let the glide (if any) settle before measuring.
    await page.waitForTimeout(700);
    const first = await boxes(page);
    clear(first, 'first half of 2022');
    await page.goto(page.url().replace(/from=[^&]*&to=[^&]*/, 'from=2023-01-01&to=2024-01-01'));
    await page.locator('.map .node').first().waitFor();
    await page.waitForTimeout(700);
    const second = await boxes(page);
    clear(second, '2023');
    const middle = (b) => (b[1] + b[3]) / 2;
    const height = new Map(first.map((n) => [n.id, middle(n.shape)]));
    const moved = second.filter((n) => Math.abs(middle(n.shape) - height.get(n.id)) > 1);
    assert.deepEqual(moved.map((n) => n.id), [], 'every actor is at the same height in both windows');
    // North Korea selected: its label is drawn, and still overlaps nothing.
    await page.locator('#map-node-north-korea').click();
    const selected = await boxes(page);
    assert.ok(selected.find((n) => n.id === 'map-node-north-korea').label, 'the selected actor is labelled');
    clear(selected, 'North Korea selected');
    // On a smaller screen and on a phone, in both windows, with North Korea selected (the
    // pointer away from the map: a pointed-at actor's label is drawn wherever it falls).
    await page.mouse.move(1, 1);
    for (const [width, height] of [[1280, 720], [390, 844]]) {
      await page.setViewportSize({ width, height });
      for (const [from, to] of [['2022-01-01', '2022-07-01'], ['2023-01-01', '2024-01-01']]) {
        await page.goto(page.url().replace(/from=[^&]*&to=[^&]*/, `from=${from}&to=${to}`));
        await page.locator('.map .node').first().waitFor();
        await page.waitForTimeout(700);
        clear(await boxes(page), `${width}×${height}, from ${from}`);
      }
    }
    await close(app);
  });

  test('on a 1440×900 or 1280×720 screen the map, the timeline and both handles are in view at once, and the filters open over the map', async () => {
    for (const [width, height] of [[1440, 900], [1280, 720]]) {
      const app = await open('?from=2022-01-01&to=2022-07-01');
      const { page } = app;
      await page.setViewportSize({ width, height });
      // The map measures its frame after a resize and chooses its rows for it.
      await page.waitForTimeout(700);
      const seen = await page.evaluate(() => {
        const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
        return {
          scrolled: window.scrollY,
          view: { width: innerWidth, height: innerHeight },
          map: box(document.querySelector('.map-frame')),
          timeline: box(document.querySelector('.timeline-frame')),
          start: box(document.querySelector('.window-start')),
          end: box(document.querySelector('.window-end')),
          details: box(document.querySelector('.details-panel')),
          legend: box(document.querySelector('.legend')),
          nodes: [...document.querySelectorAll('.map .node-shape')].map(box),
          labels: [...document.querySelectorAll('.map .node-label')].map((l) => l.getBoundingClientRect().height),
        };
      });
      const where = `${width}×${height}`;
      assert.equal(seen.scrolled, 0);
      for (const part of ['map', 'timeline', 'details']) {
        const b = seen[part];
        assert.ok(b.top >= 0 && b.bottom <= seen.view.height + 0.5 && b.right <= seen.view.width, `${where}: the ${part} is on screen: ${JSON.stringify(b)}`);
      }
      // The legend is beside the map, under the details, its top on screen.
      assert.ok(seen.legend.left >= seen.map.right && seen.legend.top >= seen.details.bottom && seen.legend.top < seen.view.height,
        `${where}: the legend beside the map: ${JSON.stringify(seen.legend)}`);
      // The map is not a strip: it takes about half the screen's height or more.
      assert.ok(seen.map.bottom - seen.map.top >= height * 0.4, `${where}: the map is ${seen.map.bottom - seen.map.top} px tall`);
      for (const n of seen.nodes) {
        assert.ok(n.left >= seen.map.left - 0.5 && n.right <= seen.map.right + 0.5 && n.top >= seen.map.top - 0.5 && n.bottom <= seen.map.bottom + 0.5,
          `${where}: a node is cut off by the map's frame: ${JSON.stringify(n)}`);
      }
      // Labels stay readable: at least 11 px of text.
      assert.ok(seen.labels.length >= 20, `${where}: ${seen.labels.length} labels`);
      assert.ok(Math.min(...seen.labels) >= 11, `${where}: labels ${Math.min(...seen.labels)} px tall`);
      // Zoomed in twice, labels keep their size on screen (the nodes grow).
      const heights = () => page.locator('.map .node-label').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height).filter((h) => h > 0));
      const shape = () => page.locator('#map-node-russia .node-shape').evaluate((n) => n.getBoundingClientRect().height);
      const shapeBefore = await shape();
      await page.locator('.map-panel .zoom-in').click();
      await page.locator('.map-panel .zoom-in').click();
      await page.waitForTimeout(700);
      const zoomed = await heights();
      assert.ok(await shape() > shapeBefore * 1.4, `${where}: the map zoomed`);
      assert.ok(zoomed.length > 0 && Math.min(...zoomed) >= 11 && Math.max(...zoomed) <= Math.max(...seen.labels) + 0.5,
        `${where}: zoomed labels ${Math.min(...zoomed)}–${Math.max(...zoomed)} px tall`);
      await page.locator('.map-panel .zoom-fit').click();
      for (const handle of ['start', 'end']) {
        const h = seen[handle];
        const shown = Math.min(h.bottom, seen.timeline.bottom) - Math.max(h.top, seen.timeline.top);
        assert.ok(h.left >= seen.timeline.left && h.right <= seen.timeline.right, `${where}: the ${handle} handle is within the timeline`);
        assert.ok(shown >= 60, `${where}: ${shown} px of the ${handle} handle are in view`);
      }
      // Walking the events by keyboard scrolls the lanes to each one.
      await page.locator('.timeline .events').focus();
      await page.keyboard.press('Home');
      const events = dataset.events.length;
      let hidden = [];
      for (let k = 0; k < events; k += 1) {
        await page.waitForTimeout(40);
        const out = await page.evaluate(() => {
          const id = document.querySelector('.timeline .events').getAttribute('aria-activedescendant');
          const mark = document.getElementById(id)?.getBoundingClientRect();
          const frame = document.querySelector('.timeline-frame').getBoundingClientRect();
          return mark && (mark.top < frame.top - 0.5 || mark.bottom > frame.bottom + 0.5) ? id : null;
        });
        if (out) hidden.push(out);
        await page.keyboard.press('ArrowRight');
      }
      assert.deepEqual(hidden, [], `${where}: marks left out of view as the keys reach them`);
      // The filters open over the page: the map stays where it was.
      await page.locator('.filters summary').click();
      const sheet = await page.locator('.filter-sheet').boundingBox();
      assert.ok(sheet && sheet.height > 100, `${where}: the filters are open`);
      const mapTop = await page.locator('.map-frame').evaluate((el) => el.getBoundingClientRect().top);
      assert.equal(mapTop, seen.map.top, `${where}: opening the filters moved the map`);
      // They lie over the map's column, not over the details.
      const details = await page.locator('.details-panel').boundingBox();
      assert.ok(sheet.x + sheet.width <= details.x, `${where}: the filters cover the details`);
      // Escape folds them and leaves the focus on their summary.
      await page.locator('input[data-status=alleged]').focus();
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('.filter-sheet').isVisible(), false, `${where}: Escape folds the filters`);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
      await close(app);
    }
  });

  test('a step of the window says which events came in and who moved most, and the map traces where they came from', async () => {
    const app = await open('?from=2022-01-01&to=2022-07-01');
    const { page } = app;
    // Nothing is said before the window moves.
    assert.equal(await page.locator('.step-caption').isVisible(), false);
    assert.equal(await page.locator('.map .trace').count(), 0);
    // One month on, by keyboard: July 2022 comes in.
    await page.locator('.window-band').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/from=2022-02-01/);
    const caption = page.locator('.step-caption');
    await caption.waitFor();
    const text = await caption.innerText();
    const inJuly = dataset.events.filter((e) => e.date.value.startsWith('2022-07'));
    assert.match(text, /came into the window|Moved most on the map/, text);
    // Links in the caption: events by their titles, actors as "name, towards pole".
    const links = async () => {
      const texts = await page.locator('.step-caption .link').allInnerTexts();
      return { events: texts.filter((t) => !/, towards /.test(t)), actors: texts.filter((t) => /, towards /.test(t)) };
    };
    const first = await links();
    const movers = first.actors.length;
    assert.equal(await page.locator('.map .trace').count(), movers, 'a trace for each actor named as moved');
    assert.equal(await page.locator('.map .trace-from').count(), movers);
    assert.ok(movers <= 3);
    const titles = dataset.events.map((e) => e.title);
    for (const t of first.events) assert.ok(titles.includes(t), `${t} is an event`);
    // Each link selects what it names.
    if (movers > 0) {
      await page.locator('.step-caption .link', { hasText: first.actors[0] }).click();
      assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), first.actors[0].split(',')[0]);
    }
    if (first.events.length > 0) {
      await page.locator('.step-caption .link', { hasText: first.events[0] }).click();
      assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), first.events[0]);
    }
    assert.ok(movers > 0 || first.events.length > 0, `the step says something: ${text} (${inJuly.length} events in July 2022)`);
    // Play says it too, step by step: from March 2022, what came in with August.
    await page.locator('.play').click();
    await page.waitForURL(/from=2022-03-01/, { timeout: 10000 });
    await page.locator('.play').click();
    const august = dataset.events.filter((e) => e.date.value.startsWith('2022-08')).map((e) => e.title);
    const played = await links();
    for (const title of played.events) assert.ok(august.includes(title), `${title} came in with August 2022`);
    assert.equal(await page.locator('.map .trace').count(), played.actors.length);
    // With reduced motion nothing glides, and the traces stay.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('.window-band').focus();
    let still = { actors: [] };
    for (let k = 0; k < 12 && still.actors.length === 0; k++) {
      const from = new URL(page.url()).searchParams.get('from');
      await page.keyboard.press('ArrowRight');
      await page.waitForURL((url) => url.searchParams.get('from') !== from);
      await page.waitForTimeout(100);
      still = await links();
    }
    assert.ok(still.actors.length > 0, 'a step within a year moves someone');
    assert.equal(await page.locator('.map .trace').count(), still.actors.length);
    const glide = await page.locator('.map .node').first().evaluate((n) => {
      const [g, shape] = [getComputedStyle(n), getComputedStyle(n.querySelector('.node-shape'))];
      return [g.transitionProperty, g.transitionDuration, shape.transitionProperty, shape.transitionDuration];
    });
    assert.deepEqual(glide, ['transform', '0s', 'fill-opacity, stroke-opacity', '0.15s, 0.15s'], 'nodes do not glide (only their dimming fades)');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // Choosing all time is no step in time: nothing is said, no trace is drawn.
    await page.locator('.window-clear').click();
    await page.waitForURL((url) => !url.search.includes('from='));
    assert.equal(await page.locator('.step-caption').isVisible(), false);
    assert.equal(await page.locator('.map .trace').count(), 0);
    await close(app);
  });

  test('a held arrow key moves the map at once; a step on its own glides', async () => {
    const app = await open('?from=2022-01-01&to=2022-07-01');
    const { page } = app;
    const glide = () => page.locator('#map-node-north-korea').evaluate((n) => getComputedStyle(n).transitionDuration);
    const moving = () => page.locator('svg.map').evaluate((svg) => svg.classList.contains('following'));
    await page.locator('.window-end').focus();
    // One step glides.
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    assert.equal(await moving(), false);
    assert.notEqual(await glide(), '0s', 'a single step glides');
    assert.equal(await page.locator('.map .edge-hit').first().evaluate((h) => getComputedStyle(h).transitionDuration), '0s',
      'a line\'s hit area (never painted) takes its place at once');
    await page.waitForTimeout(600);
    // Steps in quick succession, as a held key repeats: the map follows at once.
    const states = [];
    const line = () => page.locator('.map .edge-line').first().evaluate((l) => [getComputedStyle(l).shapeRendering, getComputedStyle(l).markerEnd]);
    let held;
    for (let k = 0; k < 6; k++) {
      await page.keyboard.press('ArrowRight');
      states.push([await moving(), await glide()]);
      if (k === 5) held = await line();
      // From the second step on, count what is written to the lines and to their hit areas.
      if (k === 1) {
        await page.evaluate(() => {
          window.__writes = { line: 0, hit: 0 };
          window.__watch = new MutationObserver((records) => {
            for (const r of records) window.__writes[r.target.classList.contains('edge-hit') ? 'hit' : 'line'] += 1;
          });
          window.__watch.observe(document.querySelector('.map .edges'), { attributes: true, attributeFilter: ['d'], subtree: true });
        });
      }
    }
    assert.deepEqual(states.slice(1), Array(5).fill([true, '0s']), `no glide while the key repeats: ${JSON.stringify(states)}`);
    // Nor smoothing or arrowheads on the lines.
    assert.deepEqual(held, ['optimizespeed', 'none'], 'the lines are drawn plainly while the key repeats');
    // While it repeats, the lines move and their hit areas (never painted) wait.
    await page.waitForTimeout(100);
    const writes = await page.evaluate(() => { window.__watch.disconnect(); return window.__writes; });
    assert.ok(writes.line > 0, `the lines moved while the key repeated: ${JSON.stringify(writes)}`);
    assert.equal(writes.hit, 0, `no hit area was written while the key repeated: ${JSON.stringify(writes)}`);
    // Once the window rests, the map glides again.
    await page.waitForFunction(() => !document.querySelector('svg.map').classList.contains('following'), null, { timeout: 2000 });
    assert.notEqual(await glide(), '0s');
    const [smooth, arrow] = await line();
    assert.equal(smooth, 'auto');
    assert.match(arrow, /^url\(.*#arrow-stance-/, 'the lines have their arrowheads again');
    // The lines' hit areas, left behind while the key repeated, have caught up with them.
    await page.waitForFunction(() => [...document.querySelectorAll('.map .edge')].every((g) =>
      !g.querySelector('.edge-hit') || g.querySelector('.edge-hit').getAttribute('d') === g.querySelector('.edge-line').getAttribute('d')),
    null, { timeout: 2000 });
    await close(app);
  });

  test('on a phone the map fits its frame, pans and pinches there, and the details sheet never hides the selected actor', async () => {
    const server = await serve(hosting.dist, { prefix: hosting.prefix });
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const clear = async (id, when) => {
      await page.waitForTimeout(700);
      const seen = await page.evaluate((id) => {
        const node = document.getElementById(id).querySelector('.node-shape').getBoundingClientRect();
        const sheet = document.querySelector('.details-panel').getBoundingClientRect();
        return { node: [node.left, node.top, node.right, node.bottom], sheetTop: sheet.top, open: document.querySelector('.details-panel').classList.contains('open') };
      }, id);
      assert.ok(seen.open, `${when}: the sheet is open`);
      const [left, top, right, bottom] = seen.node;
      assert.ok(left >= 0 && right <= 390, `${when}: ${id} is on screen sideways: ${seen.node}`);
      assert.ok(top >= 0 && bottom <= seen.sheetTop, `${when}: ${id} is above the sheet (${seen.sheetTop}): ${seen.node}`);
    };
    // A shared link to an actor at the far right of the map.
    await page.goto(server.url + '?select=actor:ukraine');
    await page.locator('.map .node').first().waitFor();
    await clear('map-node-ukraine', 'opened at Ukraine');
    // Another chosen by search, low on the map.
    await page.locator('#search-input').fill('Donetsk');
    await page.locator('#search-results .search-hit').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/select=actor:donetsk/);
    const id = await page.evaluate(() => `map-node-${new URL(location.href).searchParams.get('select').split(':')[1]}`);
    await clear(id, 'searched');
    // The map fits its frame: every actor's centre is inside it, nothing to scroll.
    const fit = await page.locator('.map-frame').evaluate((f) => {
      const r = f.getBoundingClientRect();
      const out = [...f.querySelectorAll('.node .node-shape')].map((n) => n.getBoundingClientRect())
        .filter((n) => { const [x, y] = [(n.left + n.right) / 2, (n.top + n.bottom) / 2]; return x < r.left || x > r.right || y < r.top || y > r.bottom; });
      return { out: out.length, wide: f.scrollWidth, shown: f.clientWidth, poles: document.querySelector('.map-poles').innerText };
    });
    assert.equal(fit.out, 0, 'every actor in the frame');
    assert.ok(fit.wide <= fit.shown + 1, 'the map does not scroll sideways');
    assert.match(fit.poles, /← Russia\s+neutral\s+Ukraine →/);
    // The timeline's frame scrolls sideways: its end handle is in reach.
    const scroll = await page.locator('.timeline-frame').evaluate((f) => ({ style: getComputedStyle(f).overflowX, wide: f.scrollWidth, shown: f.clientWidth }));
    assert.equal(scroll.style, 'auto', 'the timeline scrolls sideways');
    assert.ok(scroll.wide > scroll.shown, 'the timeline holds more than it shows');
    for (const handle of ['.window-start', '.window-end']) {
      const inView = await page.locator(handle).evaluate((h) => {
        h.scrollIntoView({ inline: 'center', block: 'nearest' });
        const [r, f] = [h.getBoundingClientRect(), h.closest('.timeline-frame').getBoundingClientRect()];
        const x = (r.left + r.right) / 2;
        return x >= f.left && x <= f.right;
      });
      assert.ok(inView, `${handle} can be brought into the timeline's frame`);
    }
    // Two fingers pinch the map, one pans it, a tap selects: whatever mark a finger lands on.
    await page.locator('.details-panel .sheet-handle').click();
    await page.evaluate(() => window.scrollBy(0, document.querySelector('.map-frame').getBoundingClientRect().top - 60));
    const frame = await page.locator('.map-frame').boundingBox();
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const [cx, cy] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
    const zoom = async () => (new URL(page.url()).searchParams.get('zoom') ?? '1,0,0').split(',').map(Number);
    await touch('touchStart', [[cx - 30, cy], [cx + 30, cy]]);
    for (let k = 1; k <= 6; k++) await touch('touchMove', [[cx - 30 - 10 * k, cy], [cx + 30 + 10 * k, cy]]);
    await touch('touchEnd', []);
    await page.waitForURL(/zoom=/);
    const pinched = await zoom();
    assert.ok(pinched[0] > 2 && pinched[0] <= 3.5, `pinched to about 3×: ${pinched}`);
    await touch('touchStart', [[cx, cy]]);
    for (let k = 1; k <= 6; k++) await touch('touchMove', [[cx + 10 * k, cy]]);
    await touch('touchEnd', []);
    await page.waitForFunction((before) => new URL(location.href).searchParams.get('zoom') !== before, pinched.join(','));
    const panned = await zoom();
    assert.equal(panned[0], pinched[0]);
    assert.ok(panned[1] > pinched[1], `panned right: ${pinched} → ${panned}`);
    await page.locator('.zoom-fit').click();
    await page.waitForURL((url) => !url.search.includes('zoom='));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const node = await page.locator('#map-node-japan .node-shape').boundingBox();
    const [tx, ty] = [node.x + node.width / 2, node.y + node.height / 2];
    // A quick tap (its end 50 ms after its start, whatever the machine's load), not a long press.
    const now = Date.now() / 1000;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: tx, y: ty, id: 0 }], timestamp: now });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: now + 0.05 });
    const tapped = await page.waitForURL(/select=actor:japan/, { timeout: 10000 }).then(() => null, async () => page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x, y);
      return `under the finger: ${el?.closest('[id]')?.id} ${el?.getAttribute('class')}; url ${location.search}`;
    }, [tx, ty]));
    assert.equal(tapped, null, `a tap on Japan selects Japan (${JSON.stringify(node)})`);
    await page.close();
    await server.close();
    assert.deepEqual(errors, []);
  });

  test('no event\'s label runs past the timeline\'s right edge', async () => {
    const app = await open();
    const { page } = app;
    const clipped = await page.evaluate(() => {
      const svg = document.querySelector('svg.timeline').getBoundingClientRect();
      return [...document.querySelectorAll('.timeline .mark-label')]
        .filter((t) => { const r = t.getBoundingClientRect(); return r.width > 0 && r.right > svg.right + 0.5; })
        .map((t) => t.textContent);
    });
    assert.deepEqual(clipped, []);
    // The last events of the data, at the right edge, are among those drawn.
    assert.ok(await page.locator('#mark-camp-david-summit .mark-label').isVisible());
    await close(app);
  });

  test('lane names head their lanes, an event sits in its agent\'s lane, and the window\'s edges pass under the labels', async () => {
    const app = await open('?from=2022-01-01&to=2022-06-30');
    const { page } = app;
    const seen = await page.evaluate(() => {
      const box = (el) => el.getBoundingClientRect();
      const lanes = [...document.querySelectorAll('.timeline .lane')].map((lane) => ({
        bg: box(lane.querySelector('.lane-bg')),
        name: box(lane.querySelector('.lane-label')),
        text: lane.querySelector('.lane-label').textContent,
      }));
      const bars = [...document.querySelectorAll('.timeline .mark')].map((m) => ({ id: m.dataset.event, bar: box(m.querySelector('.mark-bar')) }));
      const laneOf = (r) => lanes.findIndex((l) => r.top >= l.bg.top - 0.5 && r.bottom <= l.bg.bottom + 0.5);
      const edge = document.querySelector('.window-edge');
      const firstLabel = document.querySelector('.timeline .mark-label');
      return {
        lanes: lanes.map((l) => ({ text: l.text, nameTop: l.name.top - l.bg.top, nameBottom: l.name.bottom })),
        belowNames: bars.every((b) => { const k = laneOf(b.bar); return k >= 0 && b.bar.top >= lanes[k].name.bottom - 0.5; }),
        laneOf: Object.fromEntries(bars.map((b) => [b.id, laneOf(b.bar)])),
        edgeUnderLabels: !!(edge.compareDocumentPosition(firstLabel) & Node.DOCUMENT_POSITION_FOLLOWING),
        halo: getComputedStyle(firstLabel).paintOrder,
        handleFill: getComputedStyle(document.querySelector('.window-end')).fill,
      };
    });
    assert.deepEqual(seen.lanes.map((l) => l.text), ['Actors lean to Russia', 'Actors between the sides', 'Actors lean to Ukraine']);
    for (const l of seen.lanes) assert.ok(l.nameTop >= 0 && l.nameTop < 8, `"${l.text}" at the top of its lane (${l.nameTop} px down)`);
    assert.ok(seen.belowNames, 'every mark sits below its lane\'s name');
    // The invasion is Russia's act: it sits on Russia's side, not between Russia and Ukraine.
    assert.equal(seen.laneOf['war-begins'], 0);
    assert.equal(seen.laneOf['us-sanctions-russia'], 2);
    // The edges are drawn before the labels, which have a halo; the handle above them is clear.
    assert.ok(seen.edgeUnderLabels);
    assert.match(seen.halo, /stroke/);
    assert.equal(seen.handleFill, 'rgba(0, 0, 0, 0)');
    // The handle still takes a drag along the whole edge, below its grip.
    const end = await page.locator('.window-end').boundingBox();
    const before = await page.locator('.window-end').getAttribute('aria-valuetext');
    await page.mouse.move(end.x + end.width / 2, end.y + 60);
    await page.mouse.down();
    await page.mouse.move(end.x + end.width / 2 + 60, end.y + 60, { steps: 4 });
    await page.mouse.up();
    assert.notEqual(await page.locator('.window-end').getAttribute('aria-valuetext'), before);
    await close(app);
  });

  test('nudging the start handle after panning keeps the end of the window at the end of the data', async () => {
    const app = await open();
    const { page } = app;
    const end = () => page.locator('.window-end').getAttribute('aria-valuetext');
    const dataEnd = await end();
    // Pan the timeline back to the first event, as Home does.
    await page.locator('.timeline .events').focus();
    await page.keyboard.press('Home');
    await page.locator('.window-start').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/from=/);
    assert.equal(await end(), dataEnd, 'the end stays at the end of the data');
    // The readout names the window's last day (the day before the handle's end) in words.
    const last = new Date(`${dataEnd}T00:00:00Z`);
    last.setUTCDate(last.getUTCDate() - 1);
    const month = last.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    assert.match(await page.locator('.window-readout').innerText(), new RegExp(`– (${last.getUTCDate()} )?${month} ${last.getUTCFullYear()}$`));
    await close(app);
  });
});

describe('the side panel\'s tabs', () => {
  test('a tab of many cards draws those near the screen; the others stay named, and the keyboard reaches them', async () => {
    const app = await open('?from=2022-01-01&to=2022-07-01');
    const { page } = app;
    // Chromium says of each card whether it skips drawing it.
    await page.evaluate(() => {
      window.__skipped = {};
      document.addEventListener('contentvisibilityautostatechange', (e) => { window.__skipped[e.target.dataset.disagreement] = e.skipped; }, true);
    });
    await page.locator('#tab-differences').click();
    const total = dataset.disagreements.length;
    await page.waitForFunction((total) => Object.keys(window.__skipped).length === total, total);
    // A card may first be laid out before it has its full height (its text still coming),
    // drawn, and then skipped: the states are read once a few frames have passed without a
    // change.
    const skipped = await page.evaluate(() => new Promise((done) => {
      let [seen, calm] = [JSON.stringify(window.__skipped), 0];
      const look = () => {
        const now = JSON.stringify(window.__skipped);
        calm = now === seen ? calm + 1 : 0;
        seen = now;
        if (calm >= 3) done(window.__skipped);
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }));
    const first = dataset.disagreements[0].id;
    const last = dataset.disagreements[total - 1].id;
    assert.equal(skipped[first], false, 'the first card is drawn');
    const drawn = Object.values(skipped).filter((s) => !s).length;
    assert.ok(drawn < total / 2, `${drawn} of ${total} cards drawn at first`);
    assert.equal(skipped[last], true, 'the last card waits');
    // Every position's button is still there for a screen reader, drawn or not.
    const positions = dataset.disagreements.reduce((n, d) => n + d.positions.length, 0);
    assert.equal(await page.getByRole('button', { name: 'Show what this article says' }).count(), positions);
    // Tab from the last card's first control reaches its last one, which is drawn and in view.
    const card = page.locator(`[data-disagreement="${last}"]`);
    await card.locator('.position-show').first().focus();
    const buttons = await card.locator('button').count();
    for (let k = 1; k < buttons; k++) await page.keyboard.press('Tab');
    await page.waitForFunction((last) => window.__skipped[last] === false, last);
    const focused = await page.evaluate(() => document.activeElement.closest('.disagreement')?.dataset.disagreement);
    assert.equal(focused, last);
    const box = await page.evaluate(() => { const r = document.activeElement.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height }; });
    assert.ok(box.height > 0 && box.top >= 0 && box.bottom <= 900, `the focused control shows: ${JSON.stringify(box)}`);
    await close(app);
  });
});

describe('screenshots of the main view', () => {
  // Saved to target/screenshots/reading/ at three sizes in both themes: nothing selected, North
  // Korea selected, and the window on the first half of 2022.
  const SHOTS = `${ROOT}target/screenshots/reading`;
  for (const scheme of ['light', 'dark']) {
    for (const [width, height] of [[1440, 900], [1280, 720], [390, 844]]) {
      test(`${scheme}, ${width}×${height}`, async () => {
        mkdirSync(SHOTS, { recursive: true });
        const app = await open('?from=2022-01-01&to=2022-07-01');
        const { page } = app;
        // Nothing glides, and the map has taken its rows for the new frame, before each shot.
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(400);
        assert.equal(await page.locator('.window-readout').innerText(), 'Window: January 2022 – June 2022');
        await page.screenshot({ path: `${SHOTS}/${scheme}-${width}x${height}-window-2022h1.png` });
        await page.locator('.window-clear').click();
        assert.match(await page.locator('.window-readout').innerText(), /all time/i);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${SHOTS}/${scheme}-${width}x${height}-nothing-selected.png` });
        await page.locator('#map-node-north-korea').dispatchEvent('click');
        assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'North Korea');
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${SHOTS}/${scheme}-${width}x${height}-north-korea.png` });
        await close(app);
      });
    }
  }
});

describe('the lists', () => {
  test('any column sorts, and each table downloads as CSV with the rows the list shows', async () => {
    const app = await open('?view=list&from=2022-01-01&to=2023-01-01');
    const { page } = app;
    await page.locator('.actors-table').waitFor();
    const names = () => page.locator('.actors-table tbody th').allInnerTexts();
    const header = page.locator('.actors-table thead th').first();
    await header.locator('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    const ascending = await names();
    assert.deepEqual(ascending, [...ascending].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await header.locator('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    assert.deepEqual(await names(), [...ascending].reverse());
    // Sort the events by date, newest first, then download them.
    const date = page.locator('.events-table thead th').first();
    await date.locator('button').click();
    await date.locator('button').click();
    const shown = await page.locator('.events-table tbody th').allInnerTexts();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.events-table .csv').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'events.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'Date,Event,Status');
    assert.equal(lines.length - 1, shown.length, 'one line per event in the window');
    // Fields of a CSV line: quoted fields may hold commas and doubled quotes.
    const fields = (line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
      .map((m) => m[1]).slice(0, -1)
      .map((f) => (f.startsWith('"') ? f.slice(1, -1).replaceAll('""', '"') : f));
    assert.deepEqual(lines.slice(1).map((l) => fields(l)[1]), shown);
    await close(app);
  });
});

describe('on a phone', () => {
  test('no view makes the page wider than the screen: a wide table scrolls in its own box', async () => {
    const server = await serve(hosting.dist, { prefix: hosting.prefix });
    for (const query of ['?from=2022-01-01&to=2022-07-01', '?view=list', '?view=world', '?select=actor:north-korea']) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url + query);
      await page.locator('.map .node, .actors-table, .world-map .world-actor').first().waitFor();
      await page.waitForTimeout(300);
      const seen = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: innerWidth }));
      assert.equal(seen.page, seen.screen, `${query}: the page is ${seen.page} px wide on a ${seen.screen} px screen`);
      if (query === '?view=list') {
        // The table itself scrolls sideways within the list.
        const table = await page.locator('.list-view .table-wrap').first().evaluate((w) => ({ wide: w.scrollWidth, shown: w.clientWidth, right: w.getBoundingClientRect().right }));
        assert.ok(table.right <= 390, `the table's box ends on screen: ${JSON.stringify(table)}`);
      }
      assert.deepEqual(errors, []);
      await page.close();
    }
    await server.close();
  });

  test('an event tapped on the timeline stays in sight above the details sheet', async () => {
    const server = await serve(hosting.dist, { prefix: hosting.prefix });
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}?from=2022-01-01&to=2022-07-01`);
    await page.locator('.map .node').first().waitFor();
    // A mark in the middle of the screen; the sheet opens over the lower 60 % of it.
    const mark = page.locator('.timeline .mark').nth(3);
    await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    const box = await mark.locator('.mark-bar').boundingBox();
    await page.mouse.click(box.x + Math.min(10, box.width / 2), box.y + box.height / 2);
    await page.locator('.details-panel.open .details-section[aria-busy="false"] .details-heading').waitFor();
    // Once the sheet has slid up (and the page has moved), the mark is above it.
    await page.waitForTimeout(900);
    const seen = await page.evaluate(() => {
      const bar = document.querySelector('.timeline .mark.selected .mark-bar').getBoundingClientRect();
      return { bar: [bar.left, bar.top, bar.right, bar.bottom], sheetTop: document.querySelector('.details-panel').getBoundingClientRect().top };
    });
    const [left, top, right, bottom] = seen.bar;
    assert.ok(seen.sheetTop < 844 * 0.6, `the sheet is open: ${JSON.stringify(seen)}`);
    assert.ok(top >= 0 && bottom <= seen.sheetTop && left >= 0 && right <= 390, `the mark is in sight above the sheet: ${JSON.stringify(seen)}`);
    await page.close();
    await server.close();
  });
});

describe('sharing a view', () => {
  test('"Copy link" puts the address of the current view on the clipboard', async () => {
    const app = await open('?select=actor:north-korea&from=2022-01-01&to=2022-07-01');
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.locator('.copy-link').click();
    await page.locator('.copy-status', { hasText: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The link is the view's, whether or not the address bar has caught up: it ends with the
    // language, and the address bar settles on the same address.
    assert.match(copied, /select=actor:north-korea&from=2022-01-01&to=2022-07-01&lang=en$/);
    await page.waitForURL((url) => url.href === copied, { timeout: 5000 });
    // A change copied at once, before the address bar has been written, is in the link.
    await page.locator('.window-end').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.locator('.copy-link').click();
    await page.waitForFunction(async (before) => (await navigator.clipboard.readText()) !== before, copied);
    const moved = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(moved, /select=actor:north-korea&from=2022-01-01&to=2023-07-01&lang=en$/);
    await page.waitForURL((url) => url.href === moved, { timeout: 5000 });
    await close(app);
  });
});
