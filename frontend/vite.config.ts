import { defineConfig } from 'vite';

// One IIFE bundle plus one stylesheet, fixed names (no hashes): the plugin descriptor's web
// resource points at them inside the jar. Paths are relative to this folder.
export default defineConfig({
  build: {
    outDir: '../target/classes/frontend',
    emptyOutDir: true,
    target: 'es2019',
    sourcemap: false,
    lib: {
      entry: 'src/index.ts',
      name: 'JourneyMapEditor',
      formats: ['iife'],
      fileName: () => 'journey-map-editor.js',
      cssFileName: 'journey-map-editor',
    },
  },
});
