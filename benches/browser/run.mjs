// The in-browser benchmark: loads the release build in headless Chromium with generated
// datasets of several sizes (and the bundled one) and prints, per size, the time to ready,
// the median and worst time from an input to the next paint for selecting an actor or an
// event, switching the side panel's tabs, moving the time window one step (in quick succession,
// as a held key does, and once after a rest) and typing a search,
// the longest task after ready, and the wasm memory and JS heap. A benchmark, not a test:
// nothing here fails on timings. It also times a fixed script and a fixed page before and
// after the sizes (the machine's pace), so that runs can be compared.
//   node benches/browser/run.mjs <dist> [--sizes 40x60x40,300x1000x1000,...] [--runs 5]
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { serve, ROOT } from '../../tests/e2e/server.mjs';
import { launch } from '../../tests/e2e/browser.mjs';
import { generate } from './generate.mjs';

const DATA_PATH = 'data/korea-ukraine-war.json';
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = args[0] ?? `${ROOT}target/bench/dist`;
const SIZES = option('sizes', 'bundled,40x60x40,300x1000x1000,2000x10000x10000,2000x100000x10000').split(',');
const RUNS = Number(option('runs', '5'));
const THROTTLED = option('throttle', 'bundled,300x1000x1000').split(',').filter(Boolean);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

// Installed before the app: records when the explorer first paints, and every long task.
const INIT = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const observer = new MutationObserver(() => {
    if (document.querySelector('.map .node') && document.querySelector('.timeline-panel')) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__ready = performance.now(); }, 0));
    }
    if (document.querySelector('.error-panel')) window.__failed = document.querySelector('.error-panel').innerText;
  });
  observer.observe(document, { childList: true, subtree: true });
  /** Runs `act` and resolves with the time until the frame after it has been painted. */
  window.__measure = (act) => new Promise((done) => {
    const t0 = performance.now();
    act();
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
  });
};

/** The interactions, each a function run in the page that returns one duration. */
const ACTIONS = {
  // A click on a node the map shows (a tall map opens on its top rows; selecting one below,
  // from the search say, also pans the map: 'select out of view').
  'select actor': (k) => {
    const frame = document.querySelector('.map-frame').getBoundingClientRect();
    const nodes = [...document.querySelectorAll('.map .node')].filter((n) => {
      const r = n.getBoundingClientRect();
      const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
      return x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
    });
    return window.__measure(() => {
      nodes[(k * 7919) % nodes.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
  },
  'select event': (k) => window.__measure(() => {
    const marks = document.querySelectorAll('.timeline .mark');
    marks[(k * 104729) % marks.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }),
  'switch tab': (k) => window.__measure(() => {
    document.querySelector(['#tab-sources', '#tab-differences', '#tab-details'][k % 3]).click();
  }),
  // Steps one after the other, as a held arrow key repeats them (the map follows at once).
  'window step': (k) => window.__measure(() => {
    const handle = document.querySelector('.window-end');
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: k % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
  }),
  // One step after the window has rested (the map glides to it).
  'single step': (k) => new Promise((rest) => setTimeout(rest, 600)).then(() => window.__measure(() => {
    const handle = document.querySelector('.window-end');
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: k % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
  })),
  'type search': (k) => window.__measure(() => {
    const input = document.querySelector('#search-input');
    input.value = 'satellite reserve'.slice(0, (k % 8) + 1);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }),
};

async function measureSize(browser, size, throttle) {
  let body;
  let label = size;
  if (size === 'bundled') {
    body = readFileSync(`${ROOT}public/${DATA_PATH}`, 'utf8');
    const d = JSON.parse(body);
    label = `bundled (${d.actors.length}/${d.relations.length}/${d.events.length})`;
  } else {
    const [actors, relations, events] = size.split('x').map(Number);
    body = JSON.stringify(generate({ actors, relations, events }));
    label = `${actors.toLocaleString('en')} / ${relations.toLocaleString('en')} / ${events.toLocaleString('en')}`;
  }
  const server = await serve(dist, { overrides: { [DATA_PATH]: { body } } });
  // A window of the kind a reader picks, so that moving it changes what counts.
  const query = size === 'bundled' ? '?from=2022-01-01&to=2022-07-01' : '?from=2019-01-01&to=2020-01-01';
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(INIT);
  const readies = [];
  const paints = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(server.url + query);
    await page.waitForFunction(() => window.__ready || window.__failed, null, { timeout: 180000, polling: 100 });
    const failed = await page.evaluate(() => window.__failed);
    if (failed) throw new Error(`${label}: the dataset did not load: ${failed.slice(0, 300)}`);
    readies.push(await page.evaluate(() => window.__ready));
    paints.push(await page.evaluate(() => window.__fcp ?? 0));
  }
  const ready = await page.evaluate(() => window.__ready);
  // Let the page settle before measuring input.
  await page.waitForTimeout(500);
  const results = {};
  for (const [name, action] of Object.entries(ACTIONS)) {
    // A reader types into the box after coming to it (which starts building the index).
    if (name === 'type search') {
      await page.focus('#search-input');
      await page.waitForTimeout(1000);
    }
    const times = [];
    for (let k = 0; k < 9; k++) times.push(await page.evaluate(action, k));
    results[name] = { median: median(times), worst: Math.max(...times) };
  }
  const after = await page.evaluate((ready) => ({
    longest: Math.max(0, ...window.__longTasks.filter((t) => t.start >= ready).map((t) => t.duration)),
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? 0,
    heap: performance.memory?.usedJSHeapSize ?? 0,
    elements: document.getElementsByTagName('*').length,
  }), ready);
  await page.close();
  await server.close();
  if (errors.length) throw new Error(`${label}: page errors: ${errors.join('; ')}`);
  return { label: throttle ? `${label}, CPU ×${throttle}` : label, firstPaint: median(paints), ready: median(readies), results, ...after };
}

/** The machine's pace: a fixed script and a fixed page (2,000 SVG groups made and laid out)
 * timed in a blank page, medians of seven, in ms. This machine's speed swings (ready at
 * 300 actors has read 450 and 820 ms within an hour), so the figures of two runs compare only
 * at similar paces; taken before and after the sizes, it also shows a drift during the run. */
async function pace(browser) {
  const page = await browser.newPage();
  // (After a second's rest: the browser's own start-up is still under way at first.)
  await page.waitForTimeout(1000);
  const times = await page.evaluate(() => {
    const script = () => {
      const t0 = performance.now();
      const a = new Float64Array(100000);
      for (let k = 0; k < 20; k++) for (let i = 0; i < a.length; i++) a[i] = Math.sin(i + k) + a[(i * 7) % a.length] / 2;
      return [performance.now() - t0, a[7]];
    };
    const build = () => {
      const t0 = performance.now();
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      document.body.append(svg);
      for (let i = 0; i < 2000; i++) {
        const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        g.setAttribute('transform', `translate(${i % 97} ${i % 89})`);
        g.append(document.createElementNS('http://www.w3.org/2000/svg', 'circle'), document.createElementNS('http://www.w3.org/2000/svg', 'text'));
        g.lastChild.textContent = `node ${i}`;
        svg.append(g);
      }
      const box = svg.getBBox();
      svg.remove();
      return [performance.now() - t0, box.width];
    };
    const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
    // (One run of each first, not counted: the script's compilation, the page's first layout.)
    const runs = (f) => { f(); return median(Array.from({ length: 7 }, () => f()[0])); };
    return { script: runs(script), build: runs(build) };
  });
  await page.close();
  return times;
}

const browser = await launch(['--enable-precise-memory-info']);
const rows = [];
const paces = [];
try {
  paces.push(await pace(browser));
  for (const size of SIZES) {
    rows.push(await measureSize(browser, size));
    console.error(`measured ${rows.at(-1).label}`);
  }
  for (const size of THROTTLED) rows.push(await measureSize(browser, size, 4));
  paces.push(await pace(browser));
} finally {
  await browser.close();
}

const names = Object.keys(ACTIONS);
const lines = [
  `Browser benchmark, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium, release build, a six-month or one-year window; first paint and ready are medians of ${RUNS} loads, each input the median / worst of 9, in ms.`,
  '',
  `| size (actors / relations / events) | first paint | ready | ${names.join(' | ')} | longest task after ready | wasm memory | JS heap | elements |`,
  `|---|--:|--:|${names.map(() => '--:').join('|')}|--:|--:|--:|--:|`,
  ...rows.map((r) => `| ${r.label} | ${ms(r.firstPaint)} | ${ms(r.ready)} | ${names.map((n) => `${ms(r.results[n].median)} / ${ms(r.results[n].worst)}`).join(' | ')} | ${r.longest ? ms(r.longest) : '< 50'} | ${(r.wasm / 2 ** 20).toFixed(1)} MB | ${(r.heap / 2 ** 20).toFixed(1)} MB | ${r.elements.toLocaleString('en')} |`),
  '',
  `Machine pace (a fixed script / a fixed page of 2,000 SVG groups made and laid out, medians of 7, ms; lower is faster): ${paces.map((p) => `${ms(p.script)} / ${ms(p.build)}`).join(' before the sizes, ')} after.`,
];
mkdirSync(`${ROOT}target/bench`, { recursive: true });
writeFileSync(`${ROOT}target/bench/browser.md`, lines.join('\n') + '\n');
console.log(lines.join('\n'));
