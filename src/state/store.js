// Keeps the dataset a reader opened from disk in the browser (IndexedDB), so that a reload
// shows it again until the reader goes back to the bundled dataset. A flag in localStorage
// says whether anything is kept, so a page with nothing kept never opens the database.
const DB = 'war-alignment-explorer';
const STORE = 'datasets';
const KEY = 'opened';
const FLAG = 'war-alignment-explorer.opened';

function database() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run(mode, act) {
  return database().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = act(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(request.result); };
    tx.onerror = () => { db.close(); reject(tx.error); };
    tx.onabort = () => { db.close(); reject(tx.error); };
  }));
}

/** Whether a dataset is kept (read synchronously; false where storage is refused). */
export function hasKept() {
  try { return localStorage.getItem(FLAG) === '1'; } catch { return false; }
}

/** Keeps `name` and `text`, replacing what was kept. */
export async function keep(name, text) {
  await run('readwrite', (store) => store.put({ name, text }, KEY));
  try { localStorage.setItem(FLAG, '1'); } catch { /* the flag is a shortcut only */ }
}

/** The kept dataset as `{ name, text }`, or null. */
export async function kept() {
  const value = await run('readonly', (store) => store.get(KEY));
  return value && typeof value.name === 'string' && typeof value.text === 'string' ? value : null;
}

/** Forgets the kept dataset. */
export async function forget() {
  try { localStorage.removeItem(FLAG); } catch { /* nothing kept */ }
  await run('readwrite', (store) => store.delete(KEY));
}
