// Copies AUI's dist folder (CSS, fonts, images, JS) and jQuery to target/standalone-web/aui for
// the standalone host's own pages. Never into target/classes: inside Confluence, AUI is the host's.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = (p) => fileURLToPath(new URL(`../node_modules/${p}`, import.meta.url));
const target = fileURLToPath(new URL('../../target/standalone-web/aui/', import.meta.url));

const auiDist = from('@atlassian/aui/dist/aui/');
if (!existsSync(auiDist)) {
  console.error(`AUI dist not found at ${auiDist}; run npm ci`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(auiDist, target, { recursive: true, filter: (src) => !src.endsWith('.map') });
cpSync(from('jquery/dist/jquery.min.js'), target + 'jquery.min.js');
console.log(`AUI and jQuery for the standalone host copied to ${target}`);
