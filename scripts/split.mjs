// Trunk's post-build hook (before csp.mjs): splits the app's wasm so that the code only the world
// view, the lists, a record's details, the Sources and Differences tabs, the search and the export
// menu use downloads when they are first used (the
// `#[wasm_split]` points behind the `split` feature, which index.html turns on).
//
// Trunk has already built the wasm with cargo (build.rs keeps the linker's relocations), run
// wasm-bindgen and written the page. This hook takes cargo's wasm again and
//   1. splits it with wasm-split-cli (crate wasm_split_cli_support, see scripts/tools.sh) into
//      the main module, one wasm file per split point, shared chunks and the loader
//      __wasm_split.js;
//   2. runs wasm-bindgen over the main module (`--keep-lld-exports`: the chunks import the main
//      module's memory, function table and shared functions), under trunk's own file name;
//   3. gives the main module's imports from its glue short names (scripts/short-imports.mjs),
//      in the wasm and the glue alike;
//   4. in release builds, optimises every wasm file with wasm-opt -Oz (index.html sets
//      data-wasm-opt="0": trunk's own pass would only optimise the unsplit wasm thrown away here)
//      and minifies the glue and the loader (scripts/minify.mjs);
//   5. names the lazy files by their content's hash, replaces trunk's JS glue and wasm, and
//      updates the page's integrity hashes (and preloads the small loader module).
// The loader fetches the chunks relative to its own address (`new URL(..., import.meta.url)`),
// so the build works at / and under a sub-path alike; script-src 'self' covers the loader.
//   node scripts/split.mjs        (trunk passes TRUNK_STAGING_DIR, TRUNK_PROFILE, TRUNK_PUBLIC_URL)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minifyJs, setIntegrity as withIntegrity, sri } from './minify.mjs';
import { shortenImports } from './short-imports.mjs';

const BIN = 'war-alignment-explorer';
const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const sha = (algo, data, enc) => createHash(algo).update(data).digest(enc);

// Cargo's output, wherever the target directory is.
const { target_directory: targetDir } = JSON.parse(
  execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { encoding: 'utf8' }),
);
const input = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${BIN}.wasm`);

// A build without the `split` feature (e.g. `make size-profile`) has no split points: keep it.
if (!readFileSync(input).includes('__wasm_split_placeholder__')) {
  console.log(`${input}: no split points, nothing to split`);
  process.exit(0);
}

// Trunk's (hashed) name for the glue and the wasm: `<stem>.js`, `<stem>_bg.wasm`.
const glue = readdirSync(staging).find((f) => f.startsWith(`${BIN}-`) && f.endsWith('.js'));
if (!glue) throw new Error(`${staging}: no ${BIN}-*.js from trunk`);
const stem = glue.slice(0, -'.js'.length);

const work = mkdtempSync(join(tmpdir(), 'split-'));
try {
  // 1. Split.
  const parts = join(work, 'parts');
  run('wasm-split-cli', ['--target=web', `--out-name=${stem}`, input, parts]);
  // 2. wasm-bindgen over the main module, named as trunk named it.
  const bound = join(work, 'bound');
  run('wasm-bindgen', ['--target=web', `--out-dir=${bound}`, `--out-name=${stem}`, '--no-typescript',
    '--keep-lld-exports', '--no-demangle', join(parts, `${stem}.wasm`)]);
  // 3. Short import names, in the wasm and its glue.
  {
    const wasmFile = join(bound, `${stem}_bg.wasm`);
    const jsFile = join(bound, `${stem}.js`);
    const short = shortenImports(readFileSync(wasmFile), readFileSync(jsFile, 'utf8'), `./${stem}_bg.js`);
    writeFileSync(wasmFile, short.wasm);
    writeFileSync(jsFile, short.js);
  }
  // 4. Optimise each wasm file.
  const lazy = readdirSync(parts).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`);
  const wasmFiles = [join(bound, `${stem}_bg.wasm`), ...lazy.map((f) => join(parts, f))];
  // Also without the `producers` and `target_features` sections, which nothing reads.
  if (release) {
    for (const file of wasmFiles) {
      run('wasm-opt', ['-Oz', '--strip-producers', '--strip-target-features', `--output=${file}`, file]);
    }
  }

  // 5. Content-hashed names for the lazy wasm files and the loader, references rewritten.
  let loader = readFileSync(join(parts, '__wasm_split.js'), 'utf8');
  for (const file of lazy) {
    const body = readFileSync(join(parts, file));
    const named = `${file.slice(0, -'.wasm'.length)}-${sha('sha256', body, 'hex').slice(0, 16)}.wasm`;
    if (!loader.includes(`"./${file}"`)) throw new Error(`__wasm_split.js does not name ${file}`);
    loader = loader.replaceAll(`"./${file}"`, `"./${named}"`);
    writeFileSync(join(staging, named), body);
  }
  if (!loader.includes(`from "./${glue}"`)) throw new Error(`__wasm_split.js does not import ./${glue}`);
  if (release) loader = minifyJs(loader);
  const loaderName = `__wasm_split-${sha('sha256', loader, 'hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, loaderName), loader);

  let js = readFileSync(join(bound, `${stem}.js`), 'utf8');
  // Only the `import ... from` lines: the import object's keys must stay the wasm's module name.
  const imports = /(\bfrom\s*)(['"])\.\/__wasm_split\.js\2/g;
  if (!imports.test(js)) throw new Error(`${stem}.js does not import ./__wasm_split.js`);
  js = js.replace(imports, `$1'./${loaderName}'`);
  if (release) js = minifyJs(js);
  writeFileSync(join(staging, glue), js);
  const wasm = readFileSync(join(bound, `${stem}_bg.wasm`));
  writeFileSync(join(staging, `${stem}_bg.wasm`), wasm);
  // wasm-bindgen's snippets (inline JS modules) are the same as trunk's; copy them anyway.
  try { cpSync(join(bound, 'snippets'), join(staging, 'snippets'), { recursive: true }); } catch { /* none */ }

  // The page: new integrity hashes for the glue and the wasm, and a preload of the loader.
  const indexFile = join(staging, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  html = withIntegrity(html, glue, js);
  html = withIntegrity(html, `${stem}_bg.wasm`, wasm);
  const preload = `<link rel="modulepreload" href="${publicUrl}${loaderName}" crossorigin="anonymous" integrity="${sri(loader)}">`;
  html = html.replace('</head>', `${preload}</head>`);
  writeFileSync(indexFile, html);

  const gz = (f) => readFileSync(join(staging, f)).length;
  console.log(`${staging}: split the wasm: main ${wasm.length} B, loader ${loaderName}, lazy ${readdirSync(staging)
    .filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).map((f) => `${f} ${gz(f)} B`).join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
