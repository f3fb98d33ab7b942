import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Dev: `npm -w @leerlus/web run dev` serves the SPA and proxies the API. Build: `dist/`, served by the API at `/`. */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
