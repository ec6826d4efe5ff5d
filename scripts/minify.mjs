// Trunk's post-build hook, between split.mjs and csp.mjs, in release builds: minifies the CSS
// files with esbuild (pinned in package.json) and gives their links in index.html new
// integrity hashes. split.mjs minifies the JS glue and the split loader the same way
// (`minifyJs`), before it names and hashes them.
//   node scripts/minify.mjs      (trunk passes TRUNK_STAGING_DIR and TRUNK_PROFILE)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Gives the element of index.html that loads `name` the integrity hash of `data`. */
export function setIntegrity(html, name, data) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(href="[^"]*${escaped}"[^>]*integrity=")[^"]*(")`);
  if (!re.test(html)) throw new Error(`index.html: no integrity for ${name}`);
  return html.replace(re, `$1sha384-${createHash('sha384').update(data).digest('base64')}$2`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
  if ((process.env.TRUNK_PROFILE ?? 'release') !== 'release') process.exit(0);
  const indexFile = join(staging, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  let before = 0;
  let after = 0;
  for (const file of readdirSync(staging).filter((f) => f.endsWith('.css'))) {
    const text = readFileSync(join(staging, file), 'utf8');
    const small = minifyCss(text);
    writeFileSync(join(staging, file), small);
    html = setIntegrity(html, file, small);
    before += text.length;
    after += small.length;
  }
  writeFileSync(indexFile, html);
  console.log(`${staging}: minified the CSS, ${before} → ${after} B`);
}
