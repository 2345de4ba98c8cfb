import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: { outDir: 'out/main', rollupOptions: { input: { index: 'main/index.ts' } } },
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
