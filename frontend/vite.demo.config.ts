import { defineConfig } from 'vite';

// A static demo of the editor on fake stores, for looking at it in a browser without a server:
// `npx vite build --config vite.demo.config.ts`, then open ../target/editor-demo/demo.html.
export default defineConfig({
  build: {
    outDir: '../target/editor-demo',
    emptyOutDir: true,
    target: 'es2019',
    minify: false,
    lib: { entry: 'src/views/testing/demo.ts', name: 'JourneyMapDemo', formats: ['iife'], fileName: () => 'demo.js', cssFileName: 'demo' },
  },
});
