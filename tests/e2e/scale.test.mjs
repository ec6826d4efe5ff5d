// End-to-end tests of rendering that scales: keyed marks and edges that a change of window
// moves rather than rebuilds, overflow bins that a step adds and drops without moving the
// rest, views switched in the middle of a gesture, and a generated
// dataset of 2,000 actors, 10,000 relations and 10,000 events drawn within its budgets.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, ROOT, HOSTINGS } from './server.mjs';
import { launch, pinchStart, pinchEnd } from './browser.mjs';
import { generate } from '../../benches/browser/generate.mjs';

const DATA_PATH = 'data/korea-ukraine-war.json';
const hosting = HOSTINGS[1];
const bundled = JSON.parse(readFileSync(`${ROOT}public/${DATA_PATH}`, 'utf8'));

let browser;
/** The servers of pages still open: a test that fails before closing its page leaves its
 * server here, closed at the end, so that the file still ends. */
const serving = new Set();
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const server of serving) await server.close();
});

/** Installed in each page: whether the centre of a map node's shape (or of another element)
 * lies in the map's frame, or within `slack` pixels of it; and how many node shapes are
 * painted. */
const SHOWS_IN_FRAME = () => {
  window.showsInFrame = (el, slack = 0) => {
    const frame = document.querySelector('.map-frame').getBoundingClientRect();
    const r = (el.querySelector('.node-shape') ?? el).getBoundingClientRect();
    const [x, y] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
    return x >= frame.left - slack && x <= frame.right + slack && y >= frame.top - slack && y <= frame.bottom + slack;
  };
  /** How many of the map's node shapes are painted. */
  window.paintedShapes = () => [...document.querySelectorAll('.map .node .node-shape')]
    .filter((s) => getComputedStyle(s).visibility === 'visible').length;
};

/** Opens the explorer; `init`, if given, is installed in the page before the app starts. */
async function open(query = '', overrides = {}, init = null) {
  const server = await serve(hosting.dist, { prefix: hosting.prefix, overrides });
  serving.add(server);
  const page = await browser.newPage();
  await page.addInitScript(SHOWS_IN_FRAME);
  if (init) await page.addInitScript(init);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url + query);
  await page.locator('.map .node').first().waitFor({ timeout: 60000 });
  return { page, server, errors };
}

async function close({ page, server, errors }) {
  await page.close();
  await server.close();
  serving.delete(server);
  assert.deepEqual(errors, [], 'no uncaught errors or panics in the page');
}

describe('keyed rendering', () => {
  test('the map is made once as it opens, in the rows that fill its frame: no node or line moves before the reader does anything', async () => {
    const data = generate({ actors: 300, relations: 1000, events: 1000 });
    // Every change to a node's or a line's place once it is in the page, from the start.
    const watch = () => {
      window.__moved = [];
      new MutationObserver((records) => {
        for (const { target } of records) {
          if (target.closest?.('.map') && target.matches('.node, .edge-line, .edge-hit')) window.__moved.push(target.id || target.closest('.edge')?.dataset.relation);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style', 'd'] });
    };
    const opened = [
      ['?from=2022-01-01&to=2022-07-01', {}, bundled.actors.length],
      ['?from=2019-01-01&to=2020-01-01', { [DATA_PATH]: { body: JSON.stringify(data) } }, 300],
    ];
    for (const [query, overrides, actors] of opened) {
      const app = await open(query, overrides, watch);
      const { page } = app;
      await page.waitForTimeout(1000);
      assert.equal(await page.locator('.map .node').count(), actors);
      assert.ok(await page.locator('.map .edge-line').count() > 30, 'lines are drawn');
      assert.deepEqual(await page.evaluate(() => window.__moved), [], 'nothing moved after it was drawn');
      // The rows fill the frame: the lowest node sits in the frame's lower part.
      const lowest = await page.evaluate(() => {
        const frame = document.querySelector('.map-frame').getBoundingClientRect();
        const bottom = Math.max(...[...document.querySelectorAll('.map .node-shape')].map((n) => n.getBoundingClientRect().bottom));
        return (bottom - frame.top) / frame.height;
      });
      assert.ok(lowest > 0.6, `the lowest node is ${Math.round(lowest * 100)}% down the frame`);
      await close(app);
    }
  });

  test('changing the window moves the same nodes, edges and marks instead of rebuilding them', async () => {
    const app = await open();
    const { page } = app;
    // Tag every drawn edge, node and mark with its own id.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('.map .edge, .map .node, .timeline .mark')) {
        el.__tag = el.dataset.relation ?? el.dataset.event ?? el.id;
      }
    });
    // Its pair has two relations: drawn as its own arrow, never gathered into a connector.
    const undated = 'north-korea-hedges-with-china';
    assert.ok(bundled.relations.find((r) => r.id === undated && !r.span), 'an undated relation counts in every window');
    const pathBefore = await page.locator(`.edge[data-relation="${undated}"] .edge-line`).getAttribute('d');
    await page.locator('.window-end').focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.locator('.window-start').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.waitForURL(/from=/);
    const check = await page.evaluate(() => {
      const wrong = [];
      let kept = 0;
      for (const el of document.querySelectorAll('.map .edge, .map .node, .timeline .mark')) {
        const own = el.dataset.relation ?? el.dataset.event ?? el.id;
        if (el.__tag === undefined) continue; // newly visible
        kept += 1;
        if (el.__tag !== own) wrong.push(`${el.__tag} now shows ${own}`);
      }
      return { wrong, kept };
    });
    assert.deepEqual(check.wrong, [], 'no element was handed another record');
    assert.ok(check.kept > bundled.actors.length, `kept ${check.kept} elements`);
    assert.equal(await page.locator(`.edge[data-relation="${undated}"]`).evaluate((el) => el.__tag), undated,
      'the undated relation keeps its element');
    assert.notEqual(await page.locator(`.edge[data-relation="${undated}"] .edge-line`).getAttribute('d'), pathBefore,
      'and its line moved with its actors');
    // Each line's hit area follows its line after the paint (never painted itself).
    await page.waitForFunction(() => [...document.querySelectorAll('.map .edge')].every((g) =>
      g.querySelector('.edge-hit')?.getAttribute('d') === g.querySelector('.edge-line')?.getAttribute('d')),
    null, { timeout: 2000 });
    assert.equal(await page.locator('#map-node-south-korea').evaluate((el) => el.__tag), 'map-node-south-korea');
    assert.equal(await page.locator('#mark-camp-david-summit').evaluate((el) => el.__tag), 'camp-david-summit');
    // Zooming the time axis moves the same marks.
    const x = () => page.locator('#mark-camp-david-summit').getAttribute('transform');
    const before = await x();
    await page.locator('.time-zoom-in').click();
    assert.notEqual(await x(), before, 'the mark moved with the axis');
    assert.equal(await page.locator('#mark-camp-david-summit').evaluate((el) => el.__tag), 'camp-david-summit');
    await close(app);
  });

  test('switching views right after a wheel, a drag or play reads nothing that is gone', async () => {
    const app = await open();
    const { page } = app;
    const map = await page.locator('svg.map').boundingBox();
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, -200);
    await page.locator('.view-list').click();
    await page.waitForTimeout(500);
    await page.locator('.view-visual').click();
    await page.locator('.map .node').first().waitFor();
    // A drag on the map, released after the switch.
    await page.mouse.move(map.x + map.width / 2, map.y + map.height - 8);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width / 2 + 60, map.y + map.height - 30, { steps: 3 });
    await page.evaluate(() => document.querySelector('.view-list').click());
    await page.mouse.up();
    await page.waitForTimeout(400);
    await page.locator('.view-visual').click();
    // A drag of the timeline window, then playing, each cut short by a switch.
    const band = await page.locator('.window-band').boundingBox();
    await page.mouse.move(band.x + band.width / 2, band.y + 10);
    await page.mouse.down();
    await page.mouse.move(band.x + band.width / 2 + 40, band.y + 10, { steps: 2 });
    await page.evaluate(() => document.querySelector('.view-list').click());
    await page.mouse.up();
    await page.locator('.view-visual').click();
    await page.locator('.play').click();
    await page.locator('.view-list').click();
    await page.waitForTimeout(1000);
    await page.locator('.view-visual').click();
    assert.equal(await page.locator('.map .node').count(), bundled.actors.length);
    await close(app);
  });
});

describe('what a change lays out', () => {
  test('a step of the window lays out what it changes, never the whole map drawing again', async () => {
    const app = await open('?from=2022-01-01&to=2022-07-01');
    const { page } = app;
    await page.locator('.window-end').focus();
    // Blink's own record of why each element had to be laid out again.
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline.invalidationTracking', transferMode: 'ReportEvents' });
    for (let k = 0; k < 3; k++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await done;
    const laidOut = events.filter((e) => e.name === 'LayoutInvalidationTracking').map((e) => `${e.args.data.reason}: ${e.args.data.nodeName}`);
    assert.ok(laidOut.some((e) => /edge-line/.test(e)), 'the steps moved lines');
    assert.ok(laidOut.some((e) => /^Text changed/.test(e)), 'and changed texts outside the map');
    // In the one-screen layout a text change outside the map laid the map's whole drawing out
    // twice (its every node, label, line and arrow end: "SVG changed"), as the workspace's
    // row measured the map's column at another height first.
    assert.deepEqual(laidOut.filter((e) => /^(SVG changed|Size changed: svg)/.test(e)), []);
    await cdp.detach();
    await close(app);
  });
});

/** Opens a generated 300 / 1,000 / 1,000 dataset at a window of a year, once its timeline
 * has overflow bins, with the keyboard on the window's end. */
async function openCrowded() {
  const body = JSON.stringify(generate({ actors: 300, relations: 1000, events: 1000 }));
  const app = await open('?from=2019-01-01&to=2020-01-01', { [DATA_PATH]: { body } });
  await app.page.locator('.timeline .overflow-bin').first().waitFor();
  await app.page.locator('.window-end').focus();
  return app;
}

describe('a held key on a dense map', () => {
  test('restyles what moves, never the whole drawing; the lines are drawn plainly and their hit areas wait until the window rests', async () => {
    const app = await openCrowded();
    const { page } = app;
    assert.equal(await page.locator('svg.map.dense').count(), 1, 'a map of 300 actors is dense');
    const drawn = await page.locator('.map .node, .map .edge-line').count();
    await page.evaluate(() => {
      window.lineLook = () => {
        const style = getComputedStyle(document.querySelector('.map .edge-line'));
        return [style.shapeRendering, style.markerEnd];
      };
      window.__seen = { following: false, hits: 0, lines: 0 };
      const svg = document.querySelector('svg.map');
      const callback = (records) => {
        for (const r of records) {
          if (r.target === svg) window.__seen.following ||= svg.classList.contains('following');
          else if (r.target.matches('g.edges')) window.__seen.plain ||= r.target.classList.contains('following');
          else if (r.attributeName === 'd') window.__seen[r.target.classList.contains('edge-hit') ? 'hits' : 'lines'] += 1;
        }
      };
      window.__watch = new MutationObserver(callback);
      window.__watch.callback = callback;
      window.__watch.observe(svg, { attributes: true, attributeFilter: ['class', 'd'], subtree: true });
    });
    // Blink's count of the elements each frame restyles.
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    // Six steps 30 ms apart, as a held key repeats them. While the key repeats, the lines are
    // drawn plainly (no smoothing, no arrowheads) and no hit area is written, the first
    // step's neither: a step's hit areas wait until the window rests (250 ms after the last
    // step). Both are read at once after the last step, the window still moving.
    const [held, seen] = await page.evaluate(() => new Promise((done) => {
      const handle = document.querySelector('.window-end');
      const step = (k) => handle.dispatchEvent(new KeyboardEvent('keydown', { key: k % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
      const next = (k) => {
        step(k);
        if (k < 5) {
          setTimeout(() => next(k + 1), 30);
          return;
        }
        window.__watch.callback(window.__watch.takeRecords());
        done([window.lineLook(), { ...window.__seen }]);
      };
      next(0);
    }));
    const line = () => page.evaluate(() => window.lineLook());
    await page.waitForTimeout(100);
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    assert.ok(seen.lines > 0, `the lines moved: ${JSON.stringify(seen)}`);
    assert.equal(seen.hits, 0, `no hit area was written while the key repeated: ${JSON.stringify(seen)}`);
    // A dense map never glides: the class that turns gliding off, which restyled every node
    // and line as it came and went, is not set.
    assert.equal(seen.following, false, 'the dense map takes no class following');
    // Its lines' group does, and only they are restyled by it.
    assert.equal(seen.plain, true, 'the lines\' group takes the class following');
    assert.deepEqual(held, ['optimizespeed', 'none'], 'a line is drawn plainly while the key repeats');
    const restyled = events.filter((e) => e.name === 'UpdateLayoutTree' && e.args?.elementCount).map((e) => e.args.elementCount);
    assert.ok(restyled.length > 0, 'the steps were restyled');
    assert.ok(Math.max(...restyled) < drawn, `a frame restyled ${Math.max(...restyled)} elements, as many as the ${drawn} nodes and lines`);
    // Once the window rests, the hit areas catch up with their lines.
    await page.waitForFunction(() => [...document.querySelectorAll('.map .edge')].every((g) =>
      !g.querySelector('.edge-hit') || g.querySelector('.edge-hit').getAttribute('d') === g.querySelector('.edge-line').getAttribute('d')),
    null, { timeout: 3000 });
    // And its lines are smoothed and take their arrowheads again.
    await page.waitForFunction(() => !document.querySelector('.map .edges').classList.contains('following'), null, { timeout: 2000 });
    const [smooth, arrow] = await line();
    assert.equal(smooth, 'auto');
    assert.match(arrow, /^url\(.*#arrow-stance-/, 'the line has its arrowhead again');
    await page.evaluate(() => window.__watch.disconnect());
    await close(app);
  });
});

describe('the map\'s listeners', () => {
  test('its nodes and lines listen through their groups, not one by one, and a click, a pointer on a node and on its line do what they did', async () => {
    const app = await openCrowded();
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    // The listeners Chromium holds on the first element that matches `selector`.
    const listeners = async (selector) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
      assert.ok(result.objectId, `${selector} is in the page`);
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      return listeners.map((l) => l.type).sort();
    };
    assert.equal(await page.locator('.map .node').count(), 300);
    for (const one of ['.map .node', '.map .node .node-shape', '.map .edge[data-relation] .edge-hit', '.map .edge.bundle .edge-hit']) {
      if (await page.locator(one).count()) assert.deepEqual(await listeners(one), [], `${one} has no listener of its own`);
    }
    for (const group of ['.map .nodes', '.map .edges']) {
      assert.deepEqual(await listeners(group), ['click', 'mouseout', 'mouseover'], `${group} listens for them all`);
    }
    await cdp.detach();
    // A pointer on a node brings its actor forward, the rest dimmed; off it, it lets go.
    const node = page.locator('.map .node').nth(2);
    const id = (await node.getAttribute('id')).replace('map-node-', '');
    await node.locator('.node-shape').dispatchEvent('mouseover');
    await page.waitForFunction(() => document.querySelector('.map .nodes.focused'));
    assert.ok(await node.evaluate((n) => n.classList.contains('lit')), 'the pointed-at node is lit');
    await node.locator('.node-shape').dispatchEvent('mouseout');
    await page.waitForFunction(() => !document.querySelector('.map .nodes.focused'), null, { timeout: 3000 });
    // Going from a labelled node's shape to its own label, and back, is not leaving it.
    const labelled = page.locator('.map .node:has(.node-label)').first();
    await labelled.evaluate((n) => {
      const [shape, label] = [n.querySelector('.node-shape'), n.querySelector('.node-label')];
      const move = (type, from, to) => from.dispatchEvent(new MouseEvent(type, { bubbles: true, relatedTarget: to }));
      move('mouseover', shape, null);
      move('mouseout', shape, label);
      move('mouseover', label, shape);
      move('mouseout', label, shape);
      move('mouseover', shape, label);
    });
    await page.waitForTimeout(600);
    assert.ok(await labelled.evaluate((n) => n.classList.contains('lit') && !!document.querySelector('.map .nodes.focused')),
      'the node stays forward while the pointer is on its shape or its label');
    await labelled.locator('.node-shape').dispatchEvent('mouseout');
    await page.waitForFunction(() => !document.querySelector('.map .nodes.focused'), null, { timeout: 3000 });
    // A click on a node selects it; on a relation's line, the relation.
    await node.locator('.node-shape').dispatchEvent('click');
    await page.waitForURL(new RegExp(`select=actor:${id}`));
    const line = page.locator('.map .edge[data-relation]').first();
    const relation = await line.getAttribute('data-relation');
    await line.locator('.edge-hit').dispatchEvent('click');
    await page.waitForURL(new RegExp(`select=relation:${relation}`));
    await close(app);
  });
});

describe('a crowded timeline', () => {
  test('moving the window adds and drops overflow bins without moving the others', async () => {
    const app = await openCrowded();
    const { page } = app;
    let added = 0;
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowRight', 'ArrowLeft']) {
      const moved = await page.evaluate((key) => new Promise((done) => {
        const drawn = new Set(document.querySelectorAll('.timeline .overflow-bin'));
        const seen = { moved: 0, added: 0, count: 0 };
        const watch = new MutationObserver((list) => {
          for (const m of list) for (const n of m.addedNodes) {
            if (!n.classList?.contains('overflow-bin')) continue;
            if (drawn.has(n)) seen.moved += 1; else seen.added += 1;
          }
        });
        watch.observe(document.querySelector('.overflow-bins'), { childList: true });
        document.querySelector('.window-end').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        // The marks take a step's new sides a frame after the map (see the next test).
        const frame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
        frame(() => frame(() => {
          watch.disconnect();
          seen.count = document.querySelectorAll('.timeline .overflow-bin').length;
          done(seen);
        }));
      }), key);
      assert.equal(moved.moved, 0, `a step (${key}) moved no bin already drawn: ${JSON.stringify(moved)}`);
      assert.ok(moved.count > 0);
      added += moved.added;
    }
    assert.ok(added > 0, 'the steps did change which bins are drawn');
    await close(app);
  });
});

describe('what is drawn a frame later', () => {
  test('a step of a crowded window paints the map and the window first, and the marks\' new lanes in the next frame, where a fresh load puts them', async () => {
    const app = await openCrowded();
    const { page } = app;
    // Each drawn mark and bin: its id or count, its place and its classes but "outside" (the
    // window's own, written at once).
    const marks = () => [...document.querySelectorAll('.timeline .mark, .timeline .overflow-bin')]
      .map((m) => {
        const bin = m.querySelector(':scope > rect:not(.mark-bar)');
        const place = m.getAttribute('transform') ?? `${bin?.getAttribute('x')} ${bin?.getAttribute('y')}`;
        return `${m.id || m.dataset.count} ${place} ${m.getAttribute('class').replace(/ ?outside/, '')}`;
      }).sort();
    const install = (p) => p.evaluate(`window.marksNow = ${marks.toString()}`);
    await install(page);
    let moved = 0;
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) {
      const seen = await page.evaluate((key) => new Promise((done) => {
        const marks = window.marksNow;
        const nodes = () => [...document.querySelectorAll('.map .node')].map((n) => n.style.transform).join();
        const readout = () => document.querySelector('.window-readout').textContent;
        const before = { marks: marks().join(), nodes: nodes(), readout: readout() };
        document.querySelector('.window-end').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        const frame = (then) => requestAnimationFrame(() => setTimeout(() => { try { then(); } catch (e) { done({ error: String(e) }); } }, 0));
        frame(() => {
          const first = { marks: marks().join(), nodes: nodes(), readout: readout() };
          frame(() => done({
            readoutMoved: first.readout !== before.readout,
            nodesMoved: first.nodes !== before.nodes,
            marksKept: first.marks === before.marks,
            marksMoved: marks().join() !== before.marks,
          }));
        });
      }), key);
      assert.equal(seen.error, undefined);
      assert.ok(seen.readoutMoved, `the window's readout changes in the step's first frame (${key})`);
      assert.ok(seen.marksKept, 'the marks and bins are as they were in that frame');
      if (seen.nodesMoved && seen.marksMoved) moved += 1;
      // A step on its own, not one of a held key's.
      await page.waitForTimeout(300);
    }
    assert.ok(moved > 0, 'some step moved nodes in its first frame and marks in its second');
    // Steps as quick as a held key's: the marks are redrawn at most every 100 ms, and once
    // after the last.
    const held = await page.evaluate(() => new Promise((done) => {
      const marks = window.marksNow;
      const frame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
      let last = marks().join();
      let redrawn = 0;
      const started = performance.now();
      const step = (k) => {
        document.querySelector('.window-end').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        frame(() => {
          const now = marks().join();
          if (now !== last) redrawn += 1;
          last = now;
          if (k > 1) step(k - 1);
          else done({ redrawn, ms: performance.now() - started });
        });
      };
      step(8);
    }));
    assert.ok(held.redrawn <= Math.ceil(held.ms / 100) + 1 && held.redrawn < 8,
      `8 quick steps in ${held.ms.toFixed(0)} ms redrew the marks ${held.redrawn} times`);
    // Settled, the marks and bins are those of a fresh load of the same address.
    await page.waitForTimeout(500);
    assert.doesNotMatch(page.url(), /to=2020-01-01/, 'the address has the moved window');
    const here = await page.evaluate(marks);
    const fresh = await browser.newPage();
    await fresh.goto(page.url());
    await fresh.locator('.timeline .overflow-bin').first().waitFor({ timeout: 60000 });
    await fresh.waitForTimeout(300);
    const there = await fresh.evaluate(marks);
    await fresh.close();
    assert.ok(here.length > 100, `${here.length} marks and bins drawn`);
    assert.deepEqual(here, there);
    await close(app);
  });

  test('a selection lights the map in its first frame and draws its details in the next, busy until then', async () => {
    const app = await open();
    const { page } = app;
    // The details' code is there (it loads after the first paint).
    await page.locator('#map-node-ukraine').click();
    await page.locator('.details-section[aria-busy="false"] .details-heading', { hasText: 'Ukraine' }).waitFor();
    const seen = await page.evaluate(() => new Promise((done) => {
      const frame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
      const panel = () => ({
        heading: document.querySelector('.details-heading')?.textContent ?? '',
        busy: document.querySelector('.details-section').getAttribute('aria-busy'),
      });
      const node = document.getElementById('map-node-russia');
      node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      frame(() => {
        const first = { selected: node.classList.contains('selected'), ...panel() };
        frame(() => done({ first, next: panel() }));
      });
    }));
    assert.ok(seen.first.selected, 'the node is selected in the first frame');
    assert.deepEqual([seen.first.heading, seen.first.busy], ['Ukraine', 'true'], 'the details are those of before, and busy, in that frame');
    assert.deepEqual([seen.next.heading, seen.next.busy], ['Russia', 'false'], 'and the selected actor\'s in the next');
    await close(app);
  });
});

describe('a map of many more rows than its frame', () => {
  test('opens at full width on its top rows; the keys and a selection pan to what is out of view; − shows it whole', async () => {
    const data = generate({ actors: 300, relations: 1000, events: 1000 });
    const app = await open('', { [DATA_PATH]: { body: JSON.stringify(data) } });
    const { page } = app;
    const frame = await page.locator('.map-frame').boundingBox();
    // Where each node is drawn, and whether it shows in the frame.
    const nodes = () => page.locator('.map .node').evaluateAll((all) => all.map((n) => {
      const r = n.querySelector('.node-shape').getBoundingClientRect();
      return { id: n.id, width: r.width, x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2, shown: window.showsInFrame(n) };
    }));
    assert.match(await page.locator('.map-lod-note').innerText(), /taller than its box: its top rows show/);
    assert.ok(!page.url().includes('zoom='), page.url());
    let all = await nodes();
    let shown = all.filter((n) => n.shown);
    // The top rows fill the frame's width, their nodes at a readable size, with labels; the
    // rest are below.
    const span = Math.max(...shown.map((n) => n.x)) - Math.min(...shown.map((n) => n.x));
    assert.ok(span > 0.75 * frame.width, `the nodes shown span ${span.toFixed(0)} of ${frame.width} px`);
    assert.ok(shown.length >= 30 && shown.length < 300, `${shown.length} nodes shown`);
    assert.ok(Math.min(...shown.map((n) => n.width)) >= 6, 'nodes drawn at least 6 px wide');
    assert.ok(await page.locator('.map .node-label').count() >= 10, 'labels drawn');
    const below = all.filter((n) => n.y > frame.y + frame.height);
    assert.ok(below.length > 50, `${below.length} nodes below the frame`);

    // Exported, the picture is what shows: the top rows at the drawing's width.
    await page.locator('.export-menu > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-svg').click()]);
    const picture = readFileSync(await download.path(), 'utf8');
    // (Read as text here: parsed in the page, its style attributes would meet the page's
    // Content-Security-Policy.)
    const [, x, y, scale] = /class="viewport"[^>]*transform="translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)"/.exec(picture)
      ?? /transform="translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)"[^>]*class="viewport"/.exec(picture);
    const at = [...picture.matchAll(/<g class="node [^"]*"[^>]*transform="matrix\(([^)]*)\)"/g)]
      .map((m) => m[1].split(',').map(Number)).map((m) => [m[4] * scale + +x, m[5] * scale + +y]);
    const drawn = { scale: +scale, count: at.length,
      inside: at.filter(([px, py]) => px >= 0 && px <= 1000 && py >= 0 && py <= 450).length };
    assert.equal(drawn.count, 300);
    assert.ok(drawn.scale > 0.8 && drawn.scale < 1.3, `drawn at ${drawn.scale} of its size, as on screen`);
    assert.ok(drawn.inside >= 30 && drawn.inside < 300, `${drawn.inside} nodes in the picture's top rows`);
    await page.keyboard.press('Escape');

    // The arrow keys reach the actors below, and the map pans to show each.
    await page.locator('.map-frame').focus();
    for (let k = 0; k < 25; k++) await page.keyboard.press('ArrowDown');
    const active = await page.locator('.map-frame').getAttribute('aria-activedescendant');
    all = await nodes();
    const reached = all.find((n) => n.id === active);
    assert.ok(reached.shown, `${active} is shown: ${JSON.stringify(reached)}`);
    assert.ok(!shown.some((n) => n.id === active), 'it was out of view at first');
    await page.waitForURL(/zoom=/);

    // Fit goes back to the opening view; zooming out shows the whole map.
    await page.keyboard.press('0');
    await page.waitForURL((url) => !url.search.includes('zoom='));
    for (let k = 0; k < 14; k++) await page.keyboard.press('-');
    await page.waitForURL(/zoom=/);
    all = await nodes();
    assert.equal(all.filter((n) => n.shown).length, 300, 'every node shows, zoomed out');
    assert.doesNotMatch(await page.locator('.map-lod-note').innerText(), /taller than its box/);
    await page.locator('.zoom-fit').click();
    await page.waitForURL((url) => !url.search.includes('zoom='));

    // An actor chosen elsewhere (here by the search) that the map does not show is brought
    // into view.
    all = await nodes();
    const hidden = all.filter((n) => !n.shown).at(-1);
    const actor = data.actors.find((a) => `map-node-${a.id}` === hidden.id);
    await page.locator('#search-input').fill(actor.name);
    await page.locator('.search-results .search-hit', { hasText: actor.name }).first().click();
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), actor.name);
    await page.waitForURL(/zoom=/);
    assert.ok((await nodes()).find((n) => n.id === hidden.id).shown, `${actor.name} shown once selected`);
    await close(app);
  });
  test('its lines that cannot show in its top rows are left out until the map shows their part', async () => {
    const data = generate({ actors: 300, relations: 1000, events: 1000 });
    // A year's window: fewer relations than are bundled, so the map draws each of its lines.
    const app = await open('?from=2019-01-01&to=2020-01-01', { [DATA_PATH]: { body: JSON.stringify(data) } });
    const { page } = app;
    const relations = new Map(data.relations.map((r) => [r.id, r]));
    // Each drawn line by key, with its two actors' node ids.
    const lines = () => page.locator('.map .edges .edge').evaluateAll((all) => all.map((g) => ({
      key: g.dataset.relation ?? `pair ${g.dataset.pair}`, relation: g.dataset.relation, pair: g.dataset.pair,
    })));
    const ends = (line) => line.relation
      ? [relations.get(line.relation).from, relations.get(line.relation).to].map((id) => `map-node-${id}`)
      : line.pair.split('-').map((i) => `map-node-${data.actors[Number(i)].id}`);
    const shownNodes = () => page.locator('.map .node').evaluateAll((all) => all.filter((n) => window.showsInFrame(n)).map((n) => n.id));
    const atOpening = await lines();
    const shown = new Set(await shownNodes());
    assert.ok(shown.size >= 30 && shown.size < 300, `${shown.size} nodes shown`);
    // Zoomed out, the whole map shows, and every line of the window is drawn.
    for (let k = 0; k < 14; k++) await page.locator('.zoom-out').click();
    await page.waitForFunction(() => !document.querySelector('.map-lod-note')?.innerText.includes('taller'));
    await page.waitForFunction((n) => document.querySelectorAll('.map .edges .edge').length > n, atOpening.length);
    const whole = await lines();
    const drawn = new Set(atOpening.map((l) => l.key));
    assert.ok(atOpening.length >= 50 && atOpening.length < whole.length,
      `${atOpening.length} lines at the opening, ${whole.length} zoomed out`);
    assert.ok(atOpening.every((l) => whole.some((w) => w.key === l.key)), 'the opening draws lines of the window only');
    for (const line of whole) {
      const [a, b] = ends(line);
      // A line with an actor in view is drawn; one left out has neither in view.
      if (shown.has(a) || shown.has(b)) assert.ok(drawn.has(line.key), `${line.key} (${a} – ${b}) is drawn`);
      if (!drawn.has(line.key)) assert.ok(!shown.has(a) && !shown.has(b), `${line.key} left out`);
    }
    // Back to the opening view, the lines are those it first drew.
    await page.locator('.zoom-fit').click();
    await page.waitForFunction((n) => document.querySelectorAll('.map .edges .edge').length === n, atOpening.length);
    assert.deepEqual((await lines()).map((l) => l.key).sort(), [...drawn].sort());
    await close(app);
  });
});

describe('a map of many more rows than its frame, on a phone', () => {
  test('opens at full width on its top rows there too, with its note', async () => {
    const data = generate({ actors: 300, relations: 1000, events: 1000 });
    const server = await serve(hosting.dist, { prefix: hosting.prefix, overrides: { [DATA_PATH]: { body: JSON.stringify(data) } } });
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url);
    await page.locator('.map .node').first().waitFor({ timeout: 60000 });
    // The notes in short, a few lines above the map rather than six.
    const note = page.locator('.map-lod-note');
    assert.match(await note.innerText(), /^Top rows shown: drag up for more, or − for the whole map\. 1,000 relations, \d+ not drawn: select an actor for its own\. Dashes \(a claim's status\) only on the lines of the actor you select\.$/);
    const lines = await note.evaluate((p) => {
      const style = getComputedStyle(p);
      return p.getBoundingClientRect().height / (parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2);
    });
    assert.ok(lines <= 4, `the note runs to ${lines.toFixed(1)} lines`);
    // In Korean too.
    await page.goto(`${server.url}?lang=ko`);
    await page.locator('.map .node').first().waitFor({ timeout: 60000 });
    assert.match(await note.innerText(), /^맨 위 줄들만 보입니다\. 위로 끌면 더 보이고, −로 전체를 봅니다\. 관계 1,000개 중 \d+개는 그리지 않았습니다\. 행위자를 선택하면 그 관계가 보입니다\. 주장의 상태\(점선\)는 선택한 행위자의 선에만 표시합니다\.$/);
    assert.ok(await note.evaluate((p) => p.getBoundingClientRect().height / (parseFloat(getComputedStyle(p).lineHeight) || parseFloat(getComputedStyle(p).fontSize) * 1.2)) <= 4);
    await page.goto(server.url);
    await page.locator('.map .node').first().waitFor({ timeout: 60000 });
    const frame = await page.locator('.map-frame').boundingBox();
    const xs = await page.locator('.map .node .node-shape').evaluateAll((all, f) => all.map((s) => s.getBoundingClientRect())
      .filter((r) => r.top >= f.y && r.bottom <= f.y + f.height).map((r) => (r.left + r.right) / 2), frame);
    assert.ok(xs.length >= 20 && xs.length < 300, `${xs.length} nodes shown`);
    const span = Math.max(...xs) - Math.min(...xs);
    assert.ok(span > 0.75 * frame.width, `the nodes shown span ${span.toFixed(0)} of ${frame.width} px`);
    assert.ok(!page.url().includes('zoom='));
    await page.close();
    await server.close();
  });
});

/** Zooms `page`'s map out to the whole drawing, then reads `read` of it and of a fresh load of
 * its link (once `ready` is drawn there). */
async function zoomedOutAndFresh(page, read, ready) {
  await page.locator('.map-frame').focus();
  for (let k = 0; k < 40; k++) await page.keyboard.press('-');
  await page.waitForURL(/zoom=/);
  await page.waitForTimeout(400);
  const here = await read(page);
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await fresh.locator(ready).first().waitFor({ timeout: 60000 });
  await fresh.waitForTimeout(400);
  const there = await read(fresh);
  await fresh.close();
  return [here, there];
}

describe('a large dataset', () => {
  const data = generate({ actors: 2000, relations: 10000, events: 10000 });
  const body = JSON.stringify(data);

  test('2,000 actors, 10,000 relations and 10,000 events load, stay within their budgets and stay correct', async () => {
    const app = await open('', { [DATA_PATH]: { body } });
    const { page } = app;
    assert.equal(await page.locator('.map .node').count(), 2000, 'every actor has its node');
    const edges = await page.locator('.map .edge').count();
    assert.ok(edges > 0 && edges <= 500, `${edges} lines drawn for 10,000 relations`);
    assert.match(await page.locator('.map-lod-note').innerText(), /10,000 relations: .* left out.* line patterns .* only on the relations of the actor you point at or select/);
    assert.equal(await page.locator('.map .edge-line[stroke-dasharray]:not([stroke-dasharray="none"])').count(), 0,
      'hundreds of lines are drawn plain');
    const labels = await page.locator('.map .node-label').count();
    assert.ok(labels < 300, `${labels} labels, not 2,000`);
    const marks = await page.locator('.timeline .mark').count();
    assert.ok(marks > 0 && marks < 1000, `${marks} marks drawn of 10,000`);
    assert.ok(await page.locator('.timeline .overflow-bin').count() > 0, 'crowded marks are counted in bins');
    assert.ok(await page.evaluate(() => document.getElementsByTagName('*').length) < 20000);

    // The map, some 800 rows tall (most actors stand near the middle), opens at full width
    // and can be zoomed in until its nodes are drawn at a readable size.
    await page.locator('.map-frame').focus();
    for (let k = 0; k < 24; k++) await page.keyboard.press('+');
    await page.waitForURL(/zoom=/);
    const sizes = await page.locator('.map .node .node-shape').evaluateAll((shapes) => shapes.slice(0, 50).map((s) => s.getBoundingClientRect().width));
    assert.ok(Math.min(...sizes) >= 4, `nodes drawn ${Math.min(...sizes).toFixed(1)} px wide at the closest zoom`);
    await page.keyboard.press('0');
    await page.waitForURL((url) => !url.search.includes('zoom='));

    // A short drag (a tenth of the frame) ends without a line drawn anew or dropped: the
    // lines are planned for a box about the view, snapped; a long one plans them again.
    const drag = (dy) => page.evaluate((dy) => new Promise((done) => {
      const svg = document.querySelector('svg.map');
      const r = svg.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const pointer = (type, at) => svg.dispatchEvent(new PointerEvent(type, { pointerId: 9, pointerType: 'mouse', clientX: x, clientY: at, bubbles: true }));
      const seen = { added: 0, removed: 0 };
      const watch = new MutationObserver((list) => {
        for (const m of list) { seen.added += m.addedNodes.length; seen.removed += m.removedNodes.length; }
      });
      watch.observe(document.querySelector('.map .edges'), { childList: true });
      pointer('pointerdown', y);
      pointer('pointermove', y - dy * r.height);
      pointer('pointerup', y - dy * r.height);
      requestAnimationFrame(() => setTimeout(() => { watch.disconnect(); done(seen); }, 0));
    }), dy);
    const short = await drag(0.1);
    await page.waitForURL(/zoom=/);
    assert.deepEqual(short, { added: 0, removed: 0 }, 'a short drag redraws no line');
    const long = await drag(1.5);
    assert.ok(long.added > 0 && long.removed > 0, `a long drag plans the lines again: ${JSON.stringify(long)}`);
    await page.keyboard.press('0');
    await page.waitForURL((url) => !url.search.includes('zoom='));

    // Selecting an actor draws each of its relations as its own arrow.
    const actor = data.actors[7];
    const own = data.relations.filter((r) => r.from === actor.id || r.to === actor.id);
    assert.ok(own.length > 0 && own.length <= 120, `${own.length} relations, within the focus budget`);
    await page.locator(`#map-node-${actor.id}`).dispatchEvent('click');
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), actor.name);
    for (const r of own) {
      assert.equal(await page.locator(`.map .edge[data-relation="${r.id}"]`).count(), 1, r.id);
      // Its own lines show their status as a pattern; a confirmed one is solid.
      const dash = await page.locator(`.map .edge[data-relation="${r.id}"] .edge-line`).getAttribute('stroke-dasharray');
      assert.equal(dash === 'none', r.status === 'confirmed', `${r.id} (${r.status}): ${dash}`);
    }
    // Its label shows, and its events are lit on the timeline.
    assert.equal(await page.locator(`#map-node-${actor.id} .node-label`).count(), 1);

    // The keyboard reaches every event, drawn or not: End goes to the last.
    await page.locator('.timeline .events').focus();
    await page.keyboard.press('End');
    const start = (e) => (e.date.value + '-01-01').slice(0, 10);
    const last = data.events.reduce((best, e) => (start(e) >= start(best) ? e : best));
    const active = await page.locator('.timeline .events').getAttribute('aria-activedescendant');
    assert.equal(active, `mark-${last.id}`);
    assert.equal(await page.locator(`[id="${active}"]`).count(), 1, `${active} is drawn`);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), last.title);

    // Lists come a page at a time.
    await page.locator('.view-list').click();
    assert.equal(await page.locator('.actors-table tbody tr').count(), 200);
    await page.locator('.actors-table + .show-more, .table-wrap:has(.actors-table) .show-more').first().click();
    assert.equal(await page.locator('.actors-table tbody tr').count(), 400);
    assert.equal(await page.locator('.relations-table tbody tr').count(), 200);
    await close(app);
  });

  test('a step of the window moves the nodes near the view; zoomed out, every node stands where a fresh load puts it', async () => {
    const app = await open('?from=2019-01-01&to=2020-01-01', { [DATA_PATH]: { body } });
    const { page } = app;
    await page.locator('.window-end').focus();
    let moved = 0;
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) {
      moved = Math.max(moved, await page.evaluate((key) => new Promise((done) => {
        const touched = new Set();
        const watch = new MutationObserver((list) => { for (const m of list) touched.add(m.target); });
        watch.observe(document.querySelector('.map .nodes'), { attributes: true, attributeFilter: ['style'], subtree: true });
        document.querySelector('.window-end').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        requestAnimationFrame(() => setTimeout(() => { watch.disconnect(); done([...touched].filter((n) => n.classList.contains('node')).length); }, 0));
      }), key));
    }
    // (66 here; 891 when every node moved.)
    assert.ok(moved > 0 && moved < 300, `${moved} of 2,000 nodes moved by a step`);
    // Zoomed out to the whole map, every node is brought to its place.
    const places = (p) => p.locator('.map .node').evaluateAll((all) => all.map((n) => `${n.id} ${n.style.transform}`));
    const [stepped, fresh] = await zoomedOutAndFresh(page, places, '.map .node');
    assert.deepEqual(stepped, fresh);
    await close(app);
  });

  test('a hub\'s selection labels and lights what shows; zoomed out, its every neighbour is lit', async () => {
    // The actor with the most neighbours: on this map, most of the 2,000.
    const neighbours = new Map();
    for (const r of data.relations) {
      for (const [a, b] of [[r.from, r.to], [r.to, r.from]]) {
        if (!neighbours.has(a)) neighbours.set(a, new Set());
        neighbours.get(a).add(b);
      }
    }
    const [hub, around] = [...neighbours].reduce((best, next) => (next[1].size > best[1].size ? next : best));
    assert.ok(around.size > 800, `${hub} has ${around.size} neighbours`);
    const app = await open('', { [DATA_PATH]: { body } });
    const { page } = app;
    const writes = await page.evaluate((hub) => new Promise((done) => {
      const classes = { nodes: 0, lines: 0 };
      const watch = new MutationObserver((list) => {
        for (const m of list) if (m.target.isConnected) classes[m.target.closest('.nodes') ? 'nodes' : 'lines']++;
      });
      for (const group of document.querySelectorAll('.map .nodes, .map .edges')) {
        watch.observe(group, { attributes: true, attributeFilter: ['class'], subtree: true });
      }
      document.getElementById(`map-node-${hub}`).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      requestAnimationFrame(() => setTimeout(() => { watch.disconnect(); done(classes); }, 0));
    }), hub);
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), data.actors.find((a) => a.id === hub).name);
    // The nodes near the view are written, not the thousand-odd far below it; the lines the
    // selection does not light are dimmed by their group's class, not one by one.
    assert.ok(writes.nodes < 600, `${writes.nodes} nodes' classes written`);
    assert.ok(writes.lines < 150, `${writes.lines} lines' classes written`);
    assert.ok(await page.locator('.map .edges.focused').count() === 1 && await page.locator('.map .edge.lit').count() > 0);
    // Labels only where they can be seen, within the budget.
    const labelled = await page.evaluate(() => [...document.querySelectorAll('.map .node-label')]
      .map((label) => window.showsInFrame(label.closest('.node'), 1)));
    assert.ok(labelled.length > 0 && labelled.length <= 500, `${labelled.length} labels`);
    assert.ok(labelled.every(Boolean), 'every label is on a node in the frame');
    // Every neighbour that shows is lit.
    const shownUnlit = await page.evaluate((ids) => ids.filter((id) => {
      const node = document.getElementById(`map-node-${id}`);
      return window.showsInFrame(node) && !node.classList.contains('lit');
    }), [...around]);
    assert.deepEqual(shownUnlit, []);
    // Every node that shows and is not lit is faded (its shape and label, not its group).
    const shownBright = await page.evaluate(async () => {
      const shown = [...document.querySelectorAll('.map .node:not(.lit)')].filter((node) => window.showsInFrame(node));
      await Promise.all(shown.flatMap((n) => n.querySelector('.node-shape').getAnimations().map((a) => a.finished)));
      return { count: shown.length, bright: shown.filter((n) => Number(getComputedStyle(n.querySelector('.node-shape')).fillOpacity) >= 1
        || getComputedStyle(n).opacity !== '1').map((n) => n.id) };
    });
    assert.ok(shownBright.count > 0, 'some nodes in the frame are not lit');
    assert.deepEqual(shownBright.bright, []);
    // Zoomed out to the whole map, every node is lit or not as on a fresh load of the link.
    const lit = (p) => p.locator('.map .node').evaluateAll((all) => all.filter((n) => n.classList.contains('lit')).map((n) => n.id).sort());
    const [zoomedOut, fresh] = await zoomedOutAndFresh(page, lit, '.map .node.lit');
    assert.ok(zoomedOut.length > 800, `${zoomedOut.length} nodes lit`);
    assert.deepEqual(zoomedOut, fresh);
    // And the nodes that were far off the view, now shown, are faded where not lit.
    const brightZoomedOut = await page.locator('.map .node:not(.lit) .node-shape').evaluateAll(async (shapes) => {
      await Promise.all(shapes.flatMap((s) => s.getAnimations().map((a) => a.finished)));
      return shapes.filter((s) => Number(getComputedStyle(s).fillOpacity) >= 1).length;
    });
    assert.equal(brightZoomedOut, 0, 'every node not lit is faded once zoomed out');
    await close(app);
  });

  test('a node far from the view is not painted while the map rests, yet stays a named option; a drag, a wheel, a pinch or a zoom out paints every node (and the lines plainly while it moves)', async () => {
    const app = await open('', { [DATA_PATH]: { body } });
    const { page } = app;
    const look = () => page.evaluate(() => {
      const nodes = [...document.querySelectorAll('.map .node')];
      const inFrame = (n) => window.showsInFrame(n);
      const painted = (n) => [n.querySelector('.node-shape'), n.querySelector('.node-label')]
        .every((part) => !part || getComputedStyle(part).visibility === 'visible');
      return {
        inFrame: nodes.filter(inFrame).length,
        unpaintedInFrame: nodes.filter((n) => inFrame(n) && !painted(n)).map((n) => n.id),
        painted: nodes.filter(painted).length,
        named: nodes.filter((n) => n.getAttribute('role') === 'option' && n.getAttribute('aria-label')
          && getComputedStyle(n).visibility === 'visible').length,
        far: nodes.find((n) => !painted(n))?.id,
      };
    });
    const rest = await look();
    assert.deepEqual(rest.unpaintedInFrame, [], 'every node in the frame is painted');
    assert.ok(rest.inFrame > 0 && rest.painted < 600, `${rest.painted} of 2,000 nodes painted, ${rest.inFrame} in the frame`);
    assert.equal(rest.named, 2000, 'every node stays an option of the listbox, named');
    // A screen reader still finds a node that is not painted, by its name.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${rest.far}` });
    const { nodes: [ax] } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    assert.equal(ax.ignored, false, `${rest.far} is in the accessibility tree`);
    assert.equal(ax.role.value, 'option');
    assert.equal(ax.name.value, await page.locator(`#${rest.far}`).getAttribute('aria-label'));
    await cdp.detach();
    // While a drag runs every node is painted (the view may pass the nodes near it); once it
    // ends, the nodes near the new view are, and those in the frame among them.
    const pointer = (type, dy) => page.evaluate(([type, dy]) => {
      const svg = document.querySelector('svg.map');
      const r = svg.getBoundingClientRect();
      svg.dispatchEvent(new PointerEvent(type, { pointerId: 9, pointerType: 'mouse', clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2 - dy * r.height, bubbles: true }));
    }, [type, dy]);
    await pointer('pointerdown', 0);
    await pointer('pointermove', 1.5);
    await page.locator('svg.map.moving').waitFor();
    assert.equal((await look()).painted, 2000, 'during the drag every node is painted');
    // and the lines are drawn plainly, without smoothing or arrowheads.
    const line = () => page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.map .edge-line'));
      return [style.shapeRendering, style.markerEnd.startsWith('url(') ? 'arrow' : style.markerEnd];
    });
    assert.deepEqual(await line(), ['optimizespeed', 'none'], 'during the drag the lines are drawn plainly');
    await pointer('pointerup', 1.5);
    await page.waitForURL(/zoom=/);
    await page.locator('svg.map:not(.moving)').waitFor();
    assert.deepEqual(await line(), ['auto', 'arrow'], 'after the drag the lines are smoothed and have their arrowheads');
    const dragged = await look();
    assert.deepEqual(dragged.unpaintedInFrame, []);
    assert.ok(dragged.inFrame > 0 && dragged.painted < 600, `${dragged.painted} nodes painted after the drag`);
    // The wheel too: every node is painted until its zoom is written to the view (counted in
    // the frame after the wheel, before the zoom is written 300 ms after it rests).
    const wheeling = await page.evaluate(() => new Promise((done) => {
      const svg = document.querySelector('svg.map');
      const r = svg.getBoundingClientRect();
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));
      requestAnimationFrame(() => done({
        moving: svg.classList.contains('moving'),
        painted: window.paintedShapes(),
        smoothing: getComputedStyle(document.querySelector('.map .edge-line')).shapeRendering,
      }));
    }));
    assert.deepEqual(wheeling, { moving: true, painted: 2000, smoothing: 'optimizespeed' },
      'while the wheel zooms every node is painted, and the lines plainly');
    await page.locator('svg.map:not(.moving)').waitFor();
    const wheeled = await look();
    assert.deepEqual(wheeled.unpaintedInFrame, []);
    assert.ok(wheeled.inFrame > 0 && wheeled.painted < 600, `${wheeled.painted} nodes painted after the wheel`);
    // And a pinch: two touch pointers moving apart paint every node until they lift.
    const fingers = { ids: [21, 22], by: 60 };
    await page.locator('svg.map').evaluate(pinchStart, fingers);
    const pinching = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done({
      moving: document.querySelector('svg.map').classList.contains('moving'),
      painted: window.paintedShapes(),
      smoothing: getComputedStyle(document.querySelector('.map .edge-line')).shapeRendering,
    }))));
    await page.locator('svg.map').evaluate(pinchEnd, fingers);
    assert.deepEqual(pinching, { moving: true, painted: 2000, smoothing: 'optimizespeed' },
      'while a pinch zooms every node is painted, and the lines plainly');
    await page.locator('svg.map:not(.moving)').waitFor();
    const pinched = await look();
    assert.deepEqual(pinched.unpaintedInFrame, []);
    assert.ok(pinched.inFrame > 0 && pinched.painted < 600, `${pinched.painted} nodes painted after the pinch`);
    // Zoomed out to the whole map, every node is painted.
    await page.locator('.map-frame').focus();
    for (let k = 0; k < 40; k++) await page.keyboard.press('-');
    await page.waitForTimeout(400);
    const whole = await look();
    assert.equal(whole.painted, 2000);
    assert.deepEqual(whole.unpaintedInFrame, []);
    await close(app);
  });

  test('a 20,000-actor file of some 27 MB says what it is doing while it loads, then stays responsive', async () => {
    const big = generate({ actors: 20000, relations: 40000, events: 20000 });
    const dir = mkdtempSync(join(tmpdir(), 'explorer-big-'));
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(big));
    const app = await open();
    const { page } = app;
    await page.evaluate(() => {
      window.__said = [];
      window.__long = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('.dataset-progress')) if (window.__said.at(-1) !== el.innerText) window.__said.push(el.innerText);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('.open-dataset-input').setInputFiles(file);
    await page.locator('.dataset-file', { hasText: 'big.json' }).waitFor({ timeout: 120000 });
    await page.locator('#map-node-' + big.actors[0].id).waitFor({ timeout: 120000 });
    const appeared = await page.evaluate(() => performance.now());
    const said = await page.evaluate(() => window.__said);
    assert.ok(said.some((s) => /^Checking big\.json \(2\d\.\d MB\)…$/.test(s)), said.join(' | '));
    assert.ok(said.includes('Drawing 20,000 actors and 20,000 events…'), said.join(' | '));
    assert.equal(await page.locator('.dataset-progress').count(), 0, 'the status is gone once it is shown');
    // Left alone for two seconds after it appears, the page runs no task over 200 ms.
    await page.waitForTimeout(2000);
    const long = await page.evaluate((appeared) => window.__long.filter((t) => t.start >= appeared && t.duration > 200), appeared);
    assert.deepEqual(long, []);
    await page.evaluate(() => new Promise((done) => {
      localStorage.clear();
      const request = indexedDB.deleteDatabase('war-alignment-explorer');
      request.onsuccess = request.onerror = request.onblocked = () => done();
    }));
    await close(app);
  });
});
