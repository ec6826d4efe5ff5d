// End-to-end tests of untrusted input: a dataset's addresses become links only when they are
// web addresses, its text never becomes markup, and the built page runs under a strict
// Content-Security-Policy with no violation through a reader's journey.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, ROOT, HOSTINGS } from './server.mjs';
import { launch, drawnText } from './browser.mjs';

const DATA_PATH = 'data/korea-ukraine-war.json';
const bundled = JSON.parse(readFileSync(`${ROOT}public/${DATA_PATH}`, 'utf8'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens a page that records every CSP violation and every page error. */
async function open(hosting, query = '', overrides = {}) {
  const server = await serve(hosting.dist, { prefix: hosting.prefix, overrides });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`a dialog opened: ${d.message()}`); d.dismiss(); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  await page.goto(server.url + query);
  await page.locator('.map .node, .error-panel').first().waitFor();
  return { page, server, errors };
}

async function close({ page, server, errors }) {
  const violations = await page.evaluate(() => window.__violations);
  await page.close();
  await server.close();
  assert.deepEqual(violations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(errors, [], 'no page errors or dialogs');
}

describe('untrusted text stays text', () => {
  const hosting = HOSTINGS[1];

  test('javascript: and data: addresses are shown as text, and markup in names is not parsed', async () => {
    const data = structuredClone(bundled);
    data.sources[0].url = 'javascript:alert(document.domain)';
    data.sources[1].url = ' DATA:text/html,<script>alert(1)</script>';
    const north = data.actors.find((a) => a.id === 'north-korea');
    north.name = 'North Korea <img src=x onerror=alert(1)>';
    north.description = '<b>bold?</b> <script>alert(2)</script>';
    const app = await open(hosting, '?select=actor:north-korea', { [DATA_PATH]: { body: JSON.stringify(data) } });
    const { page } = app;
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), north.name);
    assert.equal(await page.locator('.details-panel img, .details-panel b, .map img').count(), 0);
    await page.locator('#tab-sources').click();
    const cards = page.locator('.source-card');
    await cards.first().waitFor();
    assert.equal(await page.locator('a[href^="javascript"], a[href^="data"], a[href^=" DATA"]').count(), 0);
    assert.match(await drawnText(cards.nth(0)), /javascript:alert\(document\.domain\) \(not a web address, so not linked\)/);
    assert.match(await drawnText(cards.nth(1)), /DATA:text\/html,<script>alert\(1\)<\/script> \(not a web address/);
    assert.equal(await cards.nth(2).locator('a[href^="https://"]').count(), bundled.sources[2].url ? 1 : 0);
    // A citation's "original" link follows the same rule.
    await page.locator('#tab-details').click();
    await page.locator('.relation-list button').first().click();
    const citations = page.locator('.citation');
    await citations.first().waitFor();
    assert.equal(await page.locator('.citation a[href^="javascript"], .citation a[href^="data"]').count(), 0);
    await close(app);
  });
});

for (const hosting of HOSTINGS) {
  describe(`the Content-Security-Policy, served ${hosting.name}`, () => {
    test('the page declares a strict policy and a reader\'s journey violates none of it', async () => {
      const app = await open(hosting);
      const { page } = app;
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
      assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
      assert.match(policy, /connect-src 'self'/);
      // A journey through every view.
      await page.locator('#map-node-north-korea').click();
      await page.locator('#mark-us-uk-accuse-north-korea').click();
      await page.locator('.map .edge-hit').first().dispatchEvent('click');
      await page.locator('#tab-sources').click();
      await page.locator('#tab-differences').click();
      await page.locator('#tab-details').click();
      await page.locator('#search-input').fill('wagner');
      await page.locator('#search-results .search-hit').first().waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.zoom-in').click();
      await page.locator('.window-end').focus();
      await page.keyboard.press('Shift+ArrowLeft');
      await page.locator('.view-list').click();
      await page.locator('.actors-table').waitFor();
      await page.locator('.view-visual').click();
      await page.locator('.theme-toggle').click();
      await page.keyboard.press('?');
      await page.waitForTimeout(300);
      await close(app);
    });
  });
}
