// Trunk's post-build hook: writes a strict Content-Security-Policy into the built index.html.
// The one inline script (trunk's loader, whose text names the hashed files) is allowed by its
// SHA-256 hash; everything else must come from the page's own origin; WebAssembly may be
// compiled ('wasm-unsafe-eval') but nothing may be eval'd. Datasets are read from the page's
// own origin only, unless the build lists more in DATA_ORIGINS (space-separated origins).
//   node scripts/csp.mjs [index.html]   (trunk passes TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = process.argv[2] ?? join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
export const POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // A host that wants `?data=` links to datasets on other sites lists those origins here.
  `connect-src 'self' ${process.env.DATA_ORIGINS ?? ''}`.trim(),
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace(/(<meta charset="utf-8"\s*\/?>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />`);
if (!html.includes('Content-Security-Policy')) throw new Error(`${file}: no <meta charset> to put the policy after`);
writeFileSync(file, html);
console.log(`${file}: Content-Security-Policy with ${hashes.length} inline script hash(es)`);
