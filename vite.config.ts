// The renderer's build: one static bundle served by Electron's app:// protocol or by `npm run web`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer/', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer/', import.meta.url)),
    emptyOutDir: true,
    // One bundle is right for a desktop app loaded from disk; no need to split it for the network.
    chunkSizeWarningLimit: 2000,
  },
  // The map worker (`?worker` in renderer/worker/map-worker-client.ts) is emitted as one classic
  // script, assets/map-worker-*.js, loaded from the page's own origin: allowed by `script-src 'self'`
  // (the desktop app's CSP and a live session's), which refuses an inline (blob:) worker.
  worker: { format: 'iife' },
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
});
