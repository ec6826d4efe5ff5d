// Accessibility audit with axe-core injected into the page: the main view, the details panel
// open, the list view and the help dialog, in the light and the dark theme, at desktop and
// phone widths. Every audit must find 0 violations. Also saves screenshots of the main view at
// 360×740 and 1440×900 in both themes to target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { serve, ROOT } from './server.mjs';
import { launch } from './browser.mjs';

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
