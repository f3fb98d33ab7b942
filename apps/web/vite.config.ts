import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Dev: `npm -w @leerlus/web run dev` serves the SPA and proxies `/api` to the API (LEERLUS_API_URL,
 * default http://127.0.0.1:3000). Build: `dist/`, which the API serves at `/`.
 */
const apiUrl = process.env.LEERLUS_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiUrl, changeOrigin: false } },
  },
  preview: { proxy: { '/api': { target: apiUrl, changeOrigin: false } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Libraries change less often than the app: separate chunks stay cached across releases.
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-dom/client', 'react-router'],
          data: ['@tanstack/react-query', 'zod'],
        },
      },
    },
  },
});
