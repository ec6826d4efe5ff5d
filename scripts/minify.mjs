// Trunk's post-build hook, between split.mjs and csp.mjs, in release builds: writes the data
// files the app fetches without whitespace (SERVED_DATA: the bundled dataset 27.1 → 26.1 KB
// gzip), and joins the style sheets into one file, in the order the page links them (one
// download, and gzip finds more to share: 7.2 KB gzip as five files, 6.1 KB as one), minified with esbuild (pinned in
// package.json), named by its content's hash, and linked once with its integrity hash.
// split.mjs minifies the JS glue and the split loader the same way (`minifyJs`), before it names
// and hashes them.
//   node scripts/minify.mjs      (trunk passes TRUNK_STAGING_DIR and TRUNK_PROFILE)
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';

/** An ES module's text, minified: whitespace, comments and local names; exports and the
 *  keys of objects (the wasm's import object) stay as they are. */
export function minifyJs(code) {
  return transformSync(code, { loader: 'js', format: 'esm', minify: true, legalComments: 'none' }).code;
}

/** A style sheet's text, minified, with no rule or value rewritten for older browsers. */
export function minifyCss(code) {
  return transformSync(code, { loader: 'css', minify: true, legalComments: 'none' }).code;
}

/** A JSON text without the whitespace between its tokens: every string, number and key kept
 *  exactly as written (nothing is parsed and printed again). */
export function minifyJson(text) {
  let out = '';
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

/** The data files the app itself fetches, served without whitespace (the repository keeps
 *  them readable): the bundled dataset and the world's boundaries. */
export const SERVED_DATA = ['data/korea-ukraine-war.json', 'data/world-110m.json'];

/** A subresource integrity hash of `data`. */
export const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

/** Gives the element of index.html that loads `name` the integrity hash of `data`. */
export function setIntegrity(html, name, data) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(href="[^"]*${escaped}"[^>]*integrity=")[^"]*(")`);
  if (!re.test(html)) throw new Error(`index.html: no integrity for ${name}`);
  return html.replace(re, `$1${sri(data)}$2`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
  if ((process.env.TRUNK_PROFILE ?? 'release') !== 'release') process.exit(0);
  const indexFile = join(staging, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  // Trunk's links, in the page's order: `<link rel="stylesheet" href="<url>/<name>.css" ...>`.
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]*\/)?([^"/]+\.css)"[^>]*>/g)];
  if (links.length === 0) throw new Error('index.html: no style sheets');
  const texts = links.map(([, , name]) => readFileSync(join(staging, name), 'utf8'));
  const joined = minifyCss(texts.join('\n'));
  const name = `style-${createHash('sha256').update(joined).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(staging, name), joined);
  for (const [, , old] of links) rmSync(join(staging, old));
  const base = links[0][1] ?? '';
  html = html.replace(links[0][0], `<link rel="stylesheet" href="${base}${name}" integrity="${sri(joined)}"/>`);
  for (const [tag] of links.slice(1)) html = html.replace(new RegExp(`\\n[ \\t]*${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), '');
  writeFileSync(indexFile, html);
  const before = texts.reduce((n, t) => n + t.length, 0);
  console.log(`${staging}: ${links.length} style sheets joined and minified into ${name}, ${before} → ${joined.length} B`);
  for (const file of SERVED_DATA) {
    const text = readFileSync(join(staging, file), 'utf8');
    const compact = minifyJson(text);
    JSON.parse(compact);
    writeFileSync(join(staging, file), compact);
    console.log(`${staging}: ${file} without whitespace, ${text.length} → ${compact.length} B`);
  }
}
