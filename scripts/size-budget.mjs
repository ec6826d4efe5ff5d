// The first-load size budget: gzips what a first visit downloads (the wasm, the JS glue, the
// CSS and the bundled dataset) from a built dist/ folder, prints each file's share and fails
// when the total exceeds the budget. The wasm files split off by scripts/split.mjs (`split_*`,
// `chunk_*`) load only when their view or menu is first used: they are listed apart, uncounted.
//   node scripts/size-budget.mjs <dist> [budget in KB]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The budget ratchets down as the first load is cut; the goal is 200 KB (see the README).
export const BUDGET_KB = 363;

const [dist = 'dist', budgetArg] = process.argv.slice(2);
const budget = Number(budgetArg ?? BUDGET_KB);
const LAZY = /^(split|chunk)_.*\.wasm$/;
const built = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f));
const files = built.filter((f) => !LAZY.test(f)).map((f) => join(dist, f))
  .concat(join(dist, 'data', 'korea-ukraine-war.json'));
const kb = (bytes) => bytes / 1000;
const measure = (file) => {
  const body = readFileSync(file);
  return { file: file.slice(dist.length + 1), raw: statSync(file).size, gzip: gzipSync(body, { level: 9 }).length };
};
const rows = files.map(measure);
const lazy = built.filter((f) => LAZY.test(f)).map((f) => measure(join(dist, f)));
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
console.log('first load, gzip -9:');
for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${r.file.padEnd(58)} ${kb(r.raw).toFixed(1).padStart(8)} KB raw ${kb(r.gzip).toFixed(1).padStart(8)} KB gzip ${(100 * r.gzip / total).toFixed(1).padStart(5)} %`);
}
console.log(`  ${'total'.padEnd(58)} ${''.padStart(15)} ${kb(total).toFixed(1).padStart(8)} KB gzip (budget ${budget} KB)`);
if (lazy.length > 0) {
  console.log('loaded later, when first used (not counted), gzip -9:');
  for (const r of lazy.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${r.file.padEnd(58)} ${kb(r.raw).toFixed(1).padStart(8)} KB raw ${kb(r.gzip).toFixed(1).padStart(8)} KB gzip`);
  }
}
if (kb(total) > budget) {
  console.error(`The first load is ${kb(total).toFixed(1)} KB gzip, over the budget of ${budget} KB.`);
  process.exit(1);
}
