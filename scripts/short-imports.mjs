// Short names for the wasm's imports from its JS glue. wasm-bindgen names each import after
// the JS function it binds plus a 16-digit hash (`__wbg_setAttribute_f75317b2b5cabfb4`), under
// the glue's own file name as module (`./war-alignment-explorer-<hash>_bg.js`): some 220
// imports, 18 KB in the wasm and as much again in the glue, the hashes incompressible. Here
// the module becomes `w` and each import a short name (`a`, `b`, …, `ba`, …), in the wasm's
// import section and in the glue's import object alike. Exports with Rust's mangled names
// (wasm-bindgen's closure shims, some 150 letters each) become `r0`, `r1`, … in the wasm and
// where the glue calls them. Nothing else in either changes.
//   import { shortenImports } from './short-imports.mjs';
//   const { wasm, js } = shortenImports(wasmBytes, jsText, './<stem>_bg.js');

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function uleb(buf, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function lebBytes(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const nameBytes = (s) => {
  const b = enc.encode(s);
  return [...lebBytes(b.length), ...b];
};

/** The n-th short name: a … z, then ba, bb, … (letters only, never a JS keyword of note). */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let s = letters[n % 26];
  n = Math.floor(n / 26);
  while (n > 0) {
    s = letters[n % 26] + s;
    n = Math.floor(n / 26);
  }
  return s;
}

/** Length in bytes of an import's description (after its kind byte) at `at`. */
function descEnd(buf, kind, at) {
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = uleb(buf, p);
    if (flags & 1) [, p] = uleb(buf, p);
    return p;
  };
  switch (kind) {
    case 0: return uleb(buf, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return uleb(buf, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`import kind ${kind} unknown`);
  }
}

/** The sections of a wasm module: `{ id, start, body, end }` (`start` at the section's id
 *  byte, `body` after its size). */
function sections(buf) {
  const out = [];
  let p = 8;
  while (p < buf.length) {
    const [size, body] = uleb(buf, p + 1);
    out.push({ id: buf[p], start: p, body, end: body + size });
    p = body + size;
  }
  return out;
}

/** The entries of an import section's body: `{ module, field, desc }`, where `desc` holds the
 *  bytes of the kind and description, copied as they are. */
function importEntries(body) {
  let [count, q] = uleb(body, 0);
  const entries = [];
  while (count--) {
    let len;
    [len, q] = uleb(body, q);
    const module = dec.decode(body.subarray(q, q + len));
    q += len;
    [len, q] = uleb(body, q);
    const field = dec.decode(body.subarray(q, q + len));
    q += len;
    const next = descEnd(body, body[q], q + 1);
    entries.push({ module, field, desc: body.subarray(q, next) });
    q = next;
  }
  if (q !== body.length) throw new Error('import section: unexpected length');
  return entries;
}

/** Every import of a wasm module: `{ module, field }`, in order. */
export function wasmImports(wasm) {
  const buf = new Uint8Array(wasm);
  return sections(buf)
    .filter((s) => s.id === 2)
    .flatMap((s) => importEntries(buf.subarray(s.body, s.end)))
    .map(({ module, field }) => ({ module, field }));
}

export function shortenImports(wasm, js, moduleName, newModule = 'w') {
  const buf = new Uint8Array(wasm);
  const parts = [buf.subarray(0, 8)];
  const renames = new Map();
  const exportRenames = new Map();
  for (const { id, start, body, end } of sections(buf)) {
    if (id === 7) {
      parts.push(shortExports(buf.subarray(body, end), exportRenames));
    } else if (id === 2) {
      const entries = importEntries(buf.subarray(body, end));
      const out = [...lebBytes(entries.length)];
      for (const { module, field, desc } of entries) {
        if (module === moduleName) {
          if (!renames.has(field)) renames.set(field, shortName(renames.size));
          out.push(...nameBytes(newModule), ...nameBytes(renames.get(field)));
        } else {
          out.push(...nameBytes(module), ...nameBytes(field));
        }
        out.push(...desc);
      }
      parts.push(Uint8Array.from([2, ...lebBytes(out.length), ...out]));
    } else {
      parts.push(buf.subarray(start, end));
    }
  }
  if (renames.size === 0) throw new Error(`no imports from ${moduleName}`);
  const text = renameInGlue(js, renames, exportRenames, moduleName, newModule);
  return { wasm: concat(parts), js: text, count: renames.size, exports: exportRenames.size };
}

/** The export section with Rust's mangled names (`_R…`, wasm-bindgen's closure shims, some
 *  150 letters each) shortened to `r0`, `r1`, …; `renames` gets old → new. */
function shortExports(section, renames) {
  let [count, q] = uleb(section, 0);
  const out = [...lebBytes(count)];
  while (count--) {
    let len;
    [len, q] = uleb(section, q);
    const name = dec.decode(section.subarray(q, q + len));
    q += len;
    const kind = section[q];
    const [, next] = uleb(section, q + 1);
    let short = name;
    if (name.startsWith('_R')) {
      short = `r${renames.size}`;
      renames.set(name, short);
    } else if (/^r\d+$/.test(name)) {
      throw new Error(`export ${name} would clash with a short name`);
    }
    out.push(...nameBytes(short), ...section.subarray(q, next));
    q = next;
  }
  return Uint8Array.from([7, ...lebBytes(out.length), ...out]);
}

/** The glue with the same renames: the import object's keys (one per line,
 *  `        <name>: function(`), the module's key in the object of modules, and the calls of the
 *  renamed exports. */
function renameInGlue(js, renames, exportRenames, moduleName, newModule) {
  let text = js;
  for (const [field, short] of renames) {
    const key = new RegExp(`^(\\s+)${field}(: )`, 'gm');
    const hits = text.match(key)?.length ?? 0;
    if (hits !== 1) throw new Error(`glue: ${field} is a key ${hits} times, not once`);
    if (text.split(field).length !== 2) throw new Error(`glue: ${field} is named outside the import object`);
    text = text.replace(key, `$1${short}$2`);
  }
  // The glue calls the renamed exports as `wasm.<name>(`.
  for (const [name, short] of exportRenames) {
    if (!text.includes(`wasm.${name}(`)) throw new Error(`glue: the export ${name} is not called`);
    text = text.replaceAll(`wasm.${name}(`, `wasm.${short}(`);
    // Left: the glue's own wrapper functions of the same name (local, minified away); no
    // property access or string may name the export any more.
    if (new RegExp(`[.'"\`]${name}(?![\\w$])`).test(text)) throw new Error(`glue: ${name} is still named as an export`);
  }
  const moduleKey = `"${moduleName}": `;
  if (text.split(moduleKey).length !== 2) throw new Error(`glue: the module ${moduleName} is not named once`);
  return text.replace(moduleKey, `"${newModule}": `);
}

/** The byte arrays one after the other. */
function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
