// The interface in English and Korean: `?lang=ko` leaves no English interface string in the
// main view, the details panel, the legend, the help dialog or the error panel (compared with
// the English catalogue's messages and with what the English page shows that is not data);
// the switch changes language and keeps the view; `<html lang>` follows; axe finds nothing in
// Korean in either theme; 북한 and 조선 find North Korea; Hangul typed through an IME is
// searched once composed. Runs under the `/explorer/` sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { serve, ROOT } from './server.mjs';
import { launch } from './browser.mjs';

const AXE = `${ROOT}node_modules/axe-core/axe.min.js`;
const SHOTS = `${ROOT}target/screenshots`;
const DIST = `${ROOT}target/e2e/explorer`;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(DIST, { prefix: '/explorer/' });
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await server?.close();
  await browser?.close();
});

/** Messages of a catalogue file by key (plural forms kept under their own keys). */
function catalogue(lang) {
  const messages = new Map();
  for (const line of readFileSync(`${ROOT}locales/${lang}.txt`, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const at = trimmed.indexOf(' = ');
    if (at > 0) messages.set(trimmed.slice(0, at), trimmed.slice(at + 3));
  }
  return messages;
}

const english = catalogue('en');
const korean = catalogue('ko');
/** English messages that a Korean page must not show: those Korean says differently. */
const literal = (text) => text.replace(/\{[^}]*\}/g, ' ');
const englishOnly = [...english].filter(([key, text]) => korean.get(key.split('#')[0]) !== text && /[A-Za-z]{3}/.test(literal(text)));
const patterns = englishOnly.map(([key, text]) => {
  const parts = text.split(/\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { key, text, re: new RegExp(`^${parts.join('.+?')}$`, 's') };
});

/** Every string of the dataset: names, titles, quotations… (data, not interface). */
function datasetStrings() {
  const out = new Set();
  const walk = (v) => {
    if (typeof v === 'string') out.add(v.trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(`${ROOT}public/data/korea-ukraine-war.json`, 'utf8')));
  return [...out].filter((s) => s.length >= 4);
}
const DATA = datasetStrings();
const isData = (s) => DATA.some((d) => s === d || (d.length >= 8 && s.includes(d)) || (s.length >= 8 && d.includes(s)));

/** The visible strings under `selector`: text nodes and the names given to screen readers. */
async function strings(page, selector) {
  return page.evaluate((selector) => {
    const out = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        // Key caps (<kbd>Tab</kbd>) are named as printed on keyboards.
        if (!el || el.closest('script, style, [hidden], kbd')) continue;
        if (el.closest('[lang]')?.getAttribute('lang') === 'en' && el.closest('.language-switch')) continue;
        const text = node.textContent.trim();
        if (text) out.push(text);
      }
      for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        if (el.closest('.language-switch') && el.matches('button')) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(name)?.trim();
          if (value) out.push(value);
        }
      }
    }
    return out;
  }, selector);
}

/** Interface strings in `found` that are English: an English message, or a string the English
 * page also shows that is not data. */
function englishLeft(found, shownInEnglish) {
  const left = new Set();
  for (const s of found) {
    if (!/[A-Za-z]{2}/.test(s) || isData(s) || s === 'English') continue;
    const message = patterns.find((p) => p.re.test(s));
    if (message) left.add(`${s}  ← en.txt ${message.key}`);
    else if (shownInEnglish.has(s) && !/[가-힣]/.test(s)) left.add(`${s}  ← also on the English page`);
  }
  return [...left];
}

async function openPage(query, { scheme = 'light', width = 1440, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(server.url + query);
  return page;
}

async function forgetPick(page) {
  await page.evaluate(() => localStorage.removeItem('war-alignment-explorer.lang'));
}

const REGIONS = ['.site-header', '.explore-bar', '.notices', '.map-panel', '.timeline-panel', '.side-panel', '.legend'];

async function everyRegion(page) {
  await page.locator('.legend').evaluate((el) => { el.open = true; });
  const found = [];
  for (const region of REGIONS) found.push(...(await strings(page, region)));
  await page.locator('.help-open').click();
  await page.locator('.help-dialog[open]').waitFor();
  found.push(...(await strings(page, '.help-dialog')));
  await page.keyboard.press('Escape');
  return found;
}

test('?lang=ko shows the main view, details, legend and help in Korean, with no English left', async () => {
  const query = '?select=actor:north-korea&from=2022-06-01&to=2023-06-01';
  const en = await openPage(`${query}&lang=en`);
  await en.locator('.map .node').first().waitFor();
  await en.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
  const shownInEnglish = new Set(await everyRegion(en));
  await en.close();

  const page = await openPage(`${query}&lang=ko`);
  await page.locator('.map .node').first().waitFor();
  await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), '북한');
  assert.equal(await page.locator('.view-visual').innerText(), '지도와 타임라인');
  const found = await everyRegion(page);
  assert.ok(found.length > 150, `found ${found.length} strings`);
  assert.deepEqual(englishLeft(found, shownInEnglish), [], 'English strings left in the Korean interface');
  await page.screenshot({ path: `${SHOTS}/ko-light-1440x900.png`, fullPage: false });
  await forgetPick(page);
  await page.close();
});

test('the error panel speaks Korean', async () => {
  const broken = await serve(DIST, { prefix: '/explorer/', overrides: { 'data/korea-ukraine-war.json': { body: '{"schema_version": 3, "title": 5}' } } });
  const page = await browser.newPage();
  try {
    await page.goto(`${broken.url}?lang=ko`);
    await page.locator('.error-panel').waitFor();
    const found = (await strings(page, '.error-panel')).filter((s) => !s.startsWith('http'));
    assert.ok(found.some((s) => /[가-힣]/.test(s)), found.join(' | '));
    assert.deepEqual(englishLeft(found, new Set()), [], 'English strings left in the error panel');
  } finally {
    await page.close();
    await broken.close();
  }
});

test('the switch changes language and keeps the view, the focus and the address', async () => {
  const page = await openPage('?select=actor:south-korea&from=2022-06-01&to=2023-06-01&view=list&lang=en');
  await page.locator('.actors-table').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.locator('.language-switch button[lang=ko]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko');
  await page.waitForFunction(() => location.search.includes('lang=ko'));
  const search = await page.evaluate(() => location.search);
  assert.match(search, /select=actor:south-korea/);
  assert.match(search, /from=2022-06-01&to=2023-06-01/);
  assert.match(search, /view=list/);
  assert.equal(await page.locator('.view-list').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.details-section[aria-busy="false"] .details-heading').innerText(), '한국');
  await page.waitForFunction(() => document.activeElement?.getAttribute('lang') === 'ko');
  assert.equal(await page.locator('.language-switch button[lang=ko]').getAttribute('aria-pressed'), 'true');
  // The pick is remembered for the next visit without `lang`.
  await page.goto(server.url);
  await page.locator('.map .node').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  await page.waitForFunction(() => location.search.includes('lang=ko'));
  // And back to English.
  await page.locator('.language-switch button[lang=en]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('.view-visual').innerText(), 'Map and timeline');
  await forgetPick(page);
  await page.close();
});

test('switching language at once after a change keeps the change', async () => {
  const page = await openPage('?from=2022-06-01&to=2023-06-01&lang=en');
  await page.locator('.map .node').first().waitFor();
  // The address bar takes a moved window once it has settled; the switch does not wait.
  await page.locator('.window-end').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.locator('.language-switch button[lang=ko]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ko');
  await page.waitForFunction(() => location.search.includes('lang=ko'));
  assert.match(await page.evaluate(() => location.search), /from=2022-06-01&to=2024-06-01/);
  await page.locator('.language-switch button[lang=en]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await forgetPick(page);
  await page.close();
});

test('the language follows the browser when nothing is chosen', async () => {
  // The browser's preferred languages, as a Korean reader's browser gives them.
  const page = await browser.newPage();
  await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['ko-KR', 'en-US'] }));
  await page.goto(server.url);
  await page.locator('.map .node').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  await page.waitForFunction(() => location.search.includes('lang=ko'));
  await page.close();
});

for (const scheme of ['light', 'dark']) {
  test(`no axe violations in Korean, ${scheme} theme`, async () => {
    const page = await openPage('?select=actor:north-korea&lang=ko', { scheme });
    await page.locator('.details-section[aria-busy="false"] .details-heading').waitFor();
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const run = () => page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const summary = (result) => result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary(await run()), [], 'main view');
    await page.locator('.help-open').click();
    await page.locator('.help-dialog[open]').waitFor();
    assert.deepEqual(summary(await run()), [], 'help dialog');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SHOTS}/ko-${scheme}-1440x900.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/ko-${scheme}-390x844.png`, fullPage: true });
    await page.close();
  });
}

test('북한 and 조선 find North Korea, in Korean and in English; Hangul is searched once composed', async () => {
  for (const lang of ['ko', 'en']) {
    const page = await openPage(`?lang=${lang}`);
    await page.locator('.map .node').first().waitFor();
    for (const query of ['북한', '조선']) {
      await page.locator('#search-input').fill(query);
      // (The first keystroke loads the search's code: "Loading the search…" until then.)
      const first = page.locator('.search-results .search-hit').first();
      await first.waitFor();
      assert.match(await first.innerText(), lang === 'ko' ? /북한/ : /North Korea/, `${query} in ${lang}`);
    }
    await page.close();
  }
  // An IME writes 북한 in steps (ㅂ, 부, 북, 북하, 북한) while composing; nothing is searched until
  // the composition ends.
  const page = await openPage('?lang=ko');
  await page.locator('.map .node').first().waitFor();
  const input = page.locator('#search-input');
  await input.focus();
  await page.evaluate(() => {
    const box = document.getElementById('search-input');
    box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    for (const step of ['ㅂ', '부', '북', '북하', '북한']) {
      box.value = step;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: step }));
    }
  });
  await page.waitForTimeout(400);
  assert.doesNotMatch(await page.evaluate(() => location.search), /q=/, 'no search while composing');
  await page.evaluate(() => {
    const box = document.getElementById('search-input');
    box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '북한' }));
    box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: false, data: '북한' }));
  });
  await page.locator('.search-results .search-hit').first().waitFor();
  assert.match(await page.locator('.search-results .search-hit').first().innerText(), /북한/);
  await page.close();
});
