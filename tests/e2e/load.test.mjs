// End-to-end tests of the first load: a static skeleton painted before the app has
// downloaded, the dataset fetched once (preloaded beside the wasm), and the skeleton gone once
// the app runs.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { serve, HOSTINGS } from './server.mjs';
import { launch } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

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
