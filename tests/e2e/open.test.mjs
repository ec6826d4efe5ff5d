// End-to-end tests of opening another dataset: by the file picker, by dropping a file on the
// page, and back to the bundled one; a broken file shows a capped, located list of problems
// with ways out that work by keyboard.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, ROOT, HOSTINGS } from './server.mjs';
import { launch } from './browser.mjs';

const hosting = HOSTINGS[1];
const EXAMPLE = `${ROOT}public/data/examples/fictional-river-dispute.json`;
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
const bundled = JSON.parse(readFileSync(`${ROOT}public/data/korea-ukraine-war.json`, 'utf8'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open() {
  const server = await serve(hosting.dist, { prefix: hosting.prefix });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator('.map .node').first().waitFor();
  return { page, server, errors };
}

async function close({ page, server, errors }) {
  // Whatever a test opened from disk is kept by the browser: forget it for the next test.
  await page.evaluate(() => new Promise((done) => {
    localStorage.clear();
    const request = indexedDB.deleteDatabase('war-alignment-explorer');
    request.onsuccess = request.onerror = request.onblocked = () => done();
  }));
  await page.close();
  await server.close();
  assert.deepEqual(errors, []);
}

describe('opening another dataset', () => {
  test('a file chosen in the picker replaces the bundled dataset, and the way back restores it', async () => {
    const app = await open();
    const { page } = app;
    await page.locator('.open-dataset-input').setInputFiles(EXAMPLE);
    await page.locator('.dataset-title', { hasText: example.title }).waitFor();
    assert.equal(await page.locator('.map .node').count(), example.actors.length);
    assert.match(await page.locator('.dataset-file').innerText(), /fictional-river-dispute\.json/);
    await page.locator('#map-node-borovia').click();
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'Borovia');
    await page.locator('.use-bundled').click();
    await page.locator('.dataset-title', { hasText: bundled.title }).waitFor();
    assert.equal(await page.locator('.map .node').count(), bundled.actors.length);
    await close(app);
  });

  test('a file opened from disk is kept across reloads until the reader goes back', async () => {
    const app = await open();
    const { page } = app;
    await page.locator('.open-dataset-input').setInputFiles(EXAMPLE);
    await page.locator('.dataset-title', { hasText: example.title }).waitFor();
    await page.locator('#map-node-borovia').click();
    await page.waitForFunction(() => location.search.includes('select=actor:borovia'));
    assert.ok(!page.url().includes('data='), 'a file from disk has no address to share');
    await page.reload();
    await page.locator('.dataset-title', { hasText: example.title }).waitFor();
    assert.match(await page.locator('.dataset-file').innerText(), /fictional-river-dispute\.json/);
    assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'Borovia', 'the view comes back with it');
    await page.locator('.use-bundled').click();
    await page.locator('.dataset-title', { hasText: bundled.title }).waitFor();
    await page.reload();
    await page.locator('.dataset-title', { hasText: bundled.title }).waitFor();
    assert.equal(await page.locator('.dataset-file').count(), 0);
    await close(app);
  });

  test('?data= opens a dataset by its address, shared links keep it, and Back returns', async () => {
    const server = await serve(hosting.dist, { prefix: hosting.prefix });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const address = 'data/examples/fictional-river-dispute.json';
    await page.goto(`${server.url}?data=${address}`);
    await page.locator('.dataset-title', { hasText: example.title }).waitFor();
    assert.equal(await page.locator('.map .node').count(), example.actors.length);
    assert.equal(await page.locator('.dataset-file').innerText(), `From: ${address}`);
    await page.locator('#map-node-borovia').click();
    await page.waitForFunction(() => location.search.includes('select=actor:borovia'));
    const shared = page.url();
    assert.ok(shared.includes(`?data=${address}&`), shared);
    // The shared link, opened afresh, shows the same dataset and selection.
    const other = await browser.newPage();
    await other.goto(shared);
    await other.locator('.dataset-title', { hasText: example.title }).waitFor();
    assert.equal(await other.locator('.details-section[aria-busy="false"] .details-heading').innerText(), 'Borovia');
    await other.close();
    // Back to the bundled dataset drops the address; the browser's Back brings it back.
    await page.locator('.use-bundled').click();
    await page.locator('.dataset-title', { hasText: bundled.title }).waitFor();
    assert.ok(!page.url().includes('data='), page.url());
    await page.goBack();
    await page.locator('.dataset-title', { hasText: example.title }).waitFor();
    await close({ page, server, errors });
  });

  test('?data= that leads nowhere says which address and why, with the ways out', async () => {
    const server = await serve(hosting.dist, { prefix: hosting.prefix });
    const page = await browser.newPage();
    await page.goto(`${server.url}?data=data/missing.json`);
    await page.locator('.error-panel').waitFor();
    assert.match(await page.locator('.error-file').innerText(), /\/explorer\/data\/missing\.json$/);
    assert.match(await page.locator('.error-problems').innerText(), /404/);
    await page.locator('.use-bundled').click();
    await page.locator('.dataset-title', { hasText: bundled.title }).waitFor();
    await close({ page, server, errors: [] });
  });

  test('a file dropped on the page is opened', async () => {
    const app = await open();
    const { page } = app;
    const text = readFileSync(EXAMPLE, 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.locator('.dataset-title', { hasText: example.title }).waitFor();
    assert.match(await page.locator('.dataset-file').innerText(), /dropped\.json/);
    await close(app);
  });

  test('a broken file lists its first hundred problems, offers all of them, and its buttons work by keyboard', async () => {
    const app = await open();
    const { page } = app;
    const broken = structuredClone(example);
    broken.relations = Array.from({ length: 150 }, (_, i) => ({ ...example.relations[0], id: `r-${i}`, to: `nobody-${i}` }));
    broken.relations[1].id = 'Bad Id';
    const dir = mkdtempSync(join(tmpdir(), 'explorer-open-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    await page.locator('.open-dataset-input').setInputFiles(file);
    const panel = page.locator('.error-panel');
    await panel.waitFor();
    assert.match(await page.locator('.error-count').innerText(), /^\d{3} problems$/);
    assert.equal(await page.locator('.error-problems li').count(), 100);
    // Grouped by kind, each kind with its count: the malformed id apart from the 150 unknown actors.
    const kinds = await page.locator('.error-kind').allInnerTexts();
    assert.ok(kinds.includes('No actor has the id `…` (150)'), kinds.join(' | '));
    assert.ok(kinds.includes('`…` is not a kebab-case id (like `…`) (1)'), kinds.join(' | '));
    assert.ok(await page.locator('.error-problems li', { hasText: /^\$\.relations\[0\]\.to: / }).count() === 1);
    assert.match(await page.locator('.error-more').innerText(), /and \d+ more/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.download-problems').click()]);
    const all = readFileSync(await download.path(), 'utf8').trim().split('\n');
    assert.ok(all.length > 100, `${all.length} problems in the download`);
    // Focus is in the panel; Tab reaches its buttons; Enter on "Use the bundled dataset" goes back.
    await page.locator('#error-title').focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('use-bundled'));
    }
    assert.ok(reached, 'the keyboard reaches "Use the bundled dataset"');
    await page.keyboard.press('Enter');
    await page.locator('.dataset-title', { hasText: bundled.title }).waitFor();
    await close(app);
  });
});
