// Fails the build when the editor shipped to the page (JS + CSS, gzipped) exceeds the budget of
// product.md §5: 60 KB.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET = 60 * 1024;
const dir = fileURLToPath(new URL('../../target/classes/frontend/', import.meta.url));
const files = ['journey-map-editor.js', 'journey-map-editor.css'];
let total = 0;
for (const name of files) {
  const gz = gzipSync(readFileSync(dir + name), { level: 9 }).length;
  total += gz;
  console.log(`${name}: ${(gz / 1024).toFixed(1)} KB gzipped`);
}
console.log(`editor JS + CSS: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`);
if (total > BUDGET) {
  console.error('editor bundle is over its size budget');
  process.exit(1);
}
