import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // Worker threads are separate entry files next to the main bundle: the core starts
        // them with `new URL('./<name>-worker.js', import.meta.url)`, so every chunk must sit
        // in the same folder as the entries.
        input: {
          index: 'main/index.ts',
          'scan-worker': 'main/core/datasets/scan-worker.ts',
          'decode-worker': 'main/core/eval/decode-worker.ts',
          'eval-worker': 'main/core/eval/eval-worker.ts',
        },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require node_modules: bundle everything it uses.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: 'preload/index.ts' },
        // Sandboxed preloads are loaded as classic scripts, not ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: { outDir: 'out/renderer', rollupOptions: { input: 'renderer/index.html' } },
    plugins: [react()],
  },
});
