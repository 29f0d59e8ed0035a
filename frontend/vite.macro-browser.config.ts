import { defineConfig } from 'vite';

// The macro browser's small override: a bundle of its own, so the macro browser does not load
// the editor. Built after the editor into the same folder (which must not be emptied again).
export default defineConfig({
  build: {
    outDir: '../target/classes/frontend',
    emptyOutDir: false,
    target: 'es2019',
    sourcemap: false,
    lib: {
      entry: 'src/macro-browser/index.ts',
      name: 'JourneyMapMacroBrowser',
      formats: ['iife'],
      fileName: () => 'journey-map-macro-browser.js',
    },
  },
});
