// A user's journey through the explorer, at / and under /explorer/: search for an actor, open
// it, follow one of its events, follow a citation's source, filter out alleged claims, go back
// twice, and reload a shared link to see the same view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, ROOT, HOSTINGS } from './server.mjs';
import { launch, drawnText } from './browser.mjs';


let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const heading = (page) => page.locator('.details-section[aria-busy="false"] .details-heading').innerText();

for (const hosting of HOSTINGS) {
  test(`search, open, follow, filter, go back and share ${hosting.name}`, async () => {
    const server = await serve(hosting.dist, { prefix: hosting.prefix });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.locator('.map .node').first().waitFor();

    // Search with the `/` shortcut, a typo and the keyboard.
    await page.locator('body').press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    await page.keyboard.type('pyongyag');
    await page.locator('#search-results .search-hit').first().waitFor();
    assert.match(await page.locator('#search-results .search-hit').first().innerText(), /North Korea/);
    await page.keyboard.press('Enter');
    assert.equal(await heading(page), 'North Korea');
    await page.waitForURL(/select=actor:north-korea/);

    // Follow one of its events.
    await page.locator('.event-list button', { hasText: 'Pyongyang warns Washington' }).click();
    assert.equal(await heading(page), 'Pyongyang warns Washington over "fabricated" claims');
    await page.waitForURL(/select=event:pyongyang-warns-washington/);
    await page.locator('#mark-pyongyang-warns-washington.selected').waitFor();

    // Follow a citation's source.
    await page.locator('.citation .cite-source').first().click();
    await page.locator('#source-why-north-korea-denies').waitFor();
    assert.equal(await page.locator('#tab-sources').getAttribute('aria-selected'), 'true');
    // The card is focused on the frame after it is drawn.
    await page.waitForFunction(() => document.activeElement?.id === 'source-why-north-korea-denies');

    // Filter out alleged claims: the map and the timeline follow.
    const edgesBefore = await page.locator('.map .edge').count();
    const marksBefore = await page.locator('.timeline .mark:not(.filtered-out)').count();
    await page.locator('.filters summary').click();
    await page.locator('input[data-status=alleged]').uncheck();
    assert.ok(await page.locator('.map .edge').count() < edgesBefore);
    assert.ok(await page.locator('.timeline .mark:not(.filtered-out)').count() < marksBefore);
    assert.equal(await page.locator('.edge[data-relation="north-korea-supplies-arms-to-wagner"]').count(), 0);
    await page.waitForURL(/hide=alleged/);
    const shared = page.url();

    // Back twice: to the actor, then to the opening view.
    await page.goBack();
    await page.locator('.tab-details[aria-selected=true]').waitFor().catch(() => {});
    await page.waitForURL(/select=actor:north-korea/);
    await page.locator('#tab-details').click();
    assert.equal(await heading(page), 'North Korea');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('select='));
    assert.equal(await page.locator('#map-node-north-korea').getAttribute('aria-selected'), 'false');

    // The shared link restores the same view in a fresh page.
    const other = await browser.newPage();
    await other.goto(shared);
    await other.locator('#source-why-north-korea-denies').waitFor();
    assert.equal(await other.locator('#tab-sources').getAttribute('aria-selected'), 'true');
    assert.equal(await other.locator('#mark-pyongyang-warns-washington').getAttribute('aria-selected'), 'true');
    assert.equal(await other.locator('.edge[data-relation="north-korea-supplies-arms-to-wagner"]').count(), 0);
    await other.locator('.filters summary').click();
    assert.equal(await other.locator('input[data-status=alleged]').isChecked(), false);
    await other.close();

    await page.close();
    await server.close();
    assert.deepEqual(errors, []);
  });
}

test('filters show their counts and reset in one go', async () => {
  const hosting = HOSTINGS[1];
  const server = await serve(hosting.dist, { prefix: hosting.prefix });
  const page = await browser.newPage();
  await page.goto(server.url + '?hide-kind=person&source=grimshaw-two-koreas');
  await page.locator('.map .node').first().waitFor();
  assert.equal(await page.locator('#map-node-kim-jong-un').isVisible(), false);
  await page.locator('.filters summary').click();
  assert.match(await page.locator('label', { has: page.locator('input[data-kind=person]') }).innerText(), /\(4\)/);
  assert.equal(await page.locator('input[data-source=grimshaw-two-koreas]').isChecked(), true);
  await page.locator('.filters-reset').click();
  assert.equal(await page.locator('#map-node-kim-jong-un').isVisible(), true);
  // Nothing left in the address but the language, which every address carries.
  await page.waitForURL((url) => url.search === '?lang=en');
  await page.close();
  await server.close();
});

test('where the articles differ: positions side by side, and a position leads to its records', async () => {
  const hosting = HOSTINGS[0];
  const server = await serve(hosting.dist, { prefix: hosting.prefix });
  const page = await browser.newPage();
  await page.goto(server.url + '?panel=differences');
  const item = page.locator('[data-disagreement=size-of-russian-payments]');
  await item.waitFor();
  assert.equal(await item.locator('.position').count(), 2);
  const text = await drawnText(item);
  assert.match(text, /\$24\.5 billion/);
  assert.match(text, /hundreds of millions/);
  await item.locator('.position-show').nth(1).click();
  assert.equal(await page.locator('#tab-details').getAttribute('aria-selected'), 'true');
  await page.waitForURL(/source=why-north-korea-denies/);
  assert.ok((await heading(page)).length > 0);
  await page.close();
  await server.close();
});

test('search finds words inside quotations and summaries, with the passage, and opens the record', async () => {
  const hosting = HOSTINGS[1];
  const server = await serve(hosting.dist, { prefix: hosting.prefix });
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.locator('.map .node').first().waitFor();
    for (const word of ['satellite', 'weapons', 'ammunition']) {
      await page.locator('#search-input').fill(word);
      const hit = page.locator('#search-results .search-hit', { has: page.locator('.hit-passage') }).first();
      await hit.waitFor();
      assert.match((await hit.locator('.hit-passage').innerText()).toLowerCase(), new RegExp(word));
      assert.match(await hit.locator('.hit-kind').innerText(), /in a quotation|in the summary|in the description/);
    }
    const hit = page.locator('#search-results .search-hit', { has: page.locator('.hit-passage') }).first();
    const label = await hit.locator('.hit-label').innerText();
    await hit.click();
    assert.equal(await heading(page), label);
    await page.waitForURL(/select=(event|relation|actor):/);
    // A disagreement is found by its topic and shown in its tab, with the keyboard on it.
    await page.locator('#search-input').fill('how much is russia paying');
    const topic = page.locator('#search-results .search-hit').first();
    assert.match(await topic.innerText(), /How much is Russia paying North Korea\?[\s\S]*Where the articles differ/);
    await topic.click();
    await page.waitForURL(/panel=differences/);
    await page.waitForFunction(() => document.activeElement?.dataset?.disagreement === 'size-of-russian-payments');
  } finally {
    await page.close();
    await server.close();
  }
});
