// Launches Debian's Chromium headless through playwright-core (no browser download).
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch(extraArgs = []) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

/** The text of a side-panel card (or of something in one) once the browser has drawn it: a
 * card off screen is not drawn (`content-visibility: auto`) and has no rendered text. */
export async function drawnText(locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.evaluate((el) => new Promise((drawn) => {
    const look = () => (el.innerText.trim() ? drawn() : requestAnimationFrame(look));
    look();
  }));
  return locator.innerText();
}

/** Puts two touch pointers (`ids`) down 80 px apart about the middle of `el` and moves the
 * second `by` px further out: a pinch that zooms in. Run in the page (`locator.evaluate`);
 * `pinchEnd` with the same arguments lifts them. */
export function pinchStart(el, { ids: [a, b], by }) {
  const r = el.getBoundingClientRect();
  const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
  const fire = (type, id, x) => el.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: cy, bubbles: true }));
  fire('pointerdown', a, cx - 40);
  fire('pointerdown', b, cx + 40);
  fire('pointermove', b, cx + 40 + by);
}

/** Lifts the two pointers of `pinchStart` where it left them. */
export function pinchEnd(el, { ids: [a, b], by }) {
  const r = el.getBoundingClientRect();
  const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
  const fire = (type, id, x) => el.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: cy, bubbles: true }));
  fire('pointerup', a, cx - 40);
  fire('pointerup', b, cx + 40 + by);
}
