// Accessibility audit with axe-core injected into the page: the main view, the details panel
// open, the list view and the help dialog, in the light and the dark theme, at desktop and
// phone widths. Every audit must find 0 violations. Also saves screenshots of the main view at
// 360×740 and 1440×900 in both themes to target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { serve, ROOT } from './server.mjs';
import { launch } from './browser.mjs';
import { generate } from '../../benches/browser/generate.mjs';

const AXE = `${ROOT}node_modules/axe-core/axe.min.js`;
const SHOTS = `${ROOT}target/screenshots`;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(`${ROOT}target/e2e/explorer`, { prefix: '/explorer/' });
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await server?.close();
  await browser?.close();
});

async function audit(page, what) {
  // Evaluated through the browser's devtools channel: the page's own policy allows no inline
  // script, and axe is the test's tool, not the page's.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(summary, [], `${what}: axe violations`);
}

for (const scheme of ['light', 'dark']) {
  for (const [width, height] of [[1440, 900], [360, 740]]) {
    test(`no axe violations, ${scheme} theme, ${width}×${height}`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(server.url);
      await page.locator('.map .node').first().waitFor();
      await page.screenshot({ path: `${SHOTS}/main-${scheme}-${width}x${height}.png` });
      await audit(page, 'main view');

      await page.locator('#map-node-south-korea').click();
      await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
      await audit(page, 'details open');
      await page.screenshot({ path: `${SHOTS}/details-${scheme}-${width}x${height}.png` });

      await page.locator('.view-list').click();
      await page.locator('.actors-table').waitFor();
      await audit(page, 'list view');

      await page.locator('.help-open').click();
      await page.locator('.help-dialog[open]').waitFor();
      await audit(page, 'help dialog');
      await page.keyboard.press('Escape');
      await page.close();
    });
  }
}

test('a dataset of 300 actors, 1,000 relations and 1,000 events passes the audit in both themes, and its timeline\'s bins are named groups of the events\' listbox', async () => {
  // The level of detail at work: lines gathered by pair, labels by importance, crowded marks
  // counted in bins.
  const body = JSON.stringify(generate({ actors: 300, relations: 1000, events: 1000 }));
  const large = await serve(`${ROOT}target/e2e/explorer`, { prefix: '/explorer/', overrides: { 'data/korea-ukraine-war.json': { body } } });
  try {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`${large.url}?from=2019-01-01&to=2020-01-01`);
      await page.locator('.timeline .overflow-bin').first().waitFor({ timeout: 60000 });
      await audit(page, `300 actors, ${scheme}`);
      // Each bin's count sits inside its shade, in the page's text colour: side by side, the
      // counts of neighbouring bins do not run into each other.
      const bins = await page.locator('.timeline .overflow-bin').evaluateAll((all) => all.map((g) => {
        const shade = g.querySelector('rect').getBoundingClientRect();
        const count = g.querySelector('text');
        const box = count.getBoundingClientRect();
        return { inside: box.left >= shade.left - 0.5 && box.right <= shade.right + 0.5, fill: getComputedStyle(count).fill, text: count.textContent };
      }));
      const ink = await page.evaluate(() => getComputedStyle(document.body).color);
      assert.deepEqual(bins.filter((b) => !b.inside || b.fill !== ink), [], `every count inside its bin, in ${ink}`);
      await page.locator('.map .node').nth(3).dispatchEvent('click');
      await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
      await audit(page, `300 actors, an actor selected, ${scheme}`);
      if (scheme === 'light') {
        // What a screen reader finds in the events' listbox: an option for each drawn mark and
        // a group for each bin, named by its count, its first date and what a click does.
        const cdp = await page.context().newCDPSession(page);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const listbox = nodes.find((n) => n.role?.value === 'listbox' && /^Events in time order/.test(n.name?.value ?? ''));
        const inside = (n) => (n.childIds ?? []).flatMap((id) => {
          const child = byId.get(id);
          return !child ? [] : child.ignored ? inside(child) : [child];
        });
        const found = inside(listbox);
        const groups = found.filter((n) => n.role?.value === 'group');
        assert.equal(groups.length, bins.length, 'each bin is a group of the listbox');
        assert.equal(found.filter((n) => n.role?.value === 'option').length, await page.locator('.timeline .mark').count());
        for (const group of groups) assert.match(group.name?.value ?? '', /^\d+ more events from .+; select to zoom in$/);
        await cdp.detach();
      }
      await page.close();
    }
  } finally {
    await large.close();
  }
});

test('the map\'s nodes, the world map\'s marks and the timeline\'s marks are options of their listboxes for screen readers', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.locator('.map .node').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  const exposed = async (selector) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: true });
    const own = nodes.find((n) => n.backendDOMNodeId && !n.ignored && n.role?.value === 'option') ?? nodes.at(-1);
    // Its nearest ancestor that is not ignored.
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    let up = byId.get(own.parentId);
    while (up?.ignored) up = byId.get(up.parentId);
    return `${own.role?.value} "${own.name?.value}" in ${up?.role?.value} "${up?.name?.value}"`;
  };
  assert.match(await exposed('#map-node-south-korea'), /^option "South Korea, .*" in listbox "/);
  assert.match(await exposed('.timeline .mark'), /^option ".+" in listbox "/);
  await page.locator('.view-world').click();
  await page.locator('.world-map .world-actor').first().waitFor();
  assert.match(await exposed('.world-map .world-actor'), /^option ".+" in listbox "/);
  await cdp.detach();
  await page.close();
});

test('the theme toggle is remembered across visits', async () => {
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(server.url);
  const toggle = page.locator('.theme-toggle');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await background(), 'rgb(20, 23, 28)');
  await page.reload();
  await page.locator('.map .node').first().waitFor();
  assert.equal(await page.locator('.theme-toggle').getAttribute('aria-pressed'), 'true');
  assert.equal(await background(), 'rgb(20, 23, 28)');
  await page.locator('.theme-toggle').click();
  await page.close();
});

test('the help dialog opens with ? and lists the shortcuts; the skip link reaches the explorer', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + '?from=2022-01-01&to=2022-07-01');
  await page.locator('.map .node').first().waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  // The skip link moves the focus and keeps the view: followed as a link to the page's base,
  // it loaded the explorer again without the view in the URL.
  await page.evaluate(() => { window.__samePage = true; });
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'workspace');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__samePage), true, 'the skip link loads nothing');
  const kept = new URL(page.url()).searchParams;
  assert.deepEqual([kept.get('from'), kept.get('to')], ['2022-01-01', '2022-07-01'], page.url());
  // The dialog's body is drawn at its first opening, not with the explorer.
  assert.equal(await page.locator('.help-dialog .shortcuts').count(), 0);
  await page.keyboard.press('Shift+Slash');
  await page.locator('.help-dialog[open]').waitFor();
  assert.match(await page.locator('.shortcuts').innerText(), /Search actors, events and figures/);
  // Its legend looks as the one beside the map does: listed without bullets, sides as coloured swatches.
  const legend = await page.locator('.help-dialog .legend-sides').evaluate((ul) => {
    const swatch = getComputedStyle(ul.querySelector('.swatch.side-negative'));
    return { bullets: getComputedStyle(ul).listStyleType, width: swatch.width, colour: swatch.backgroundColor };
  });
  assert.equal(legend.bullets, 'none');
  assert.equal(legend.width, '14px');
  assert.notEqual(legend.colour, 'rgba(0, 0, 0, 0)');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.help-dialog[open]').count(), 0);
  await page.close();
});
