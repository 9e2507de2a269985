import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app (root apps/web). In dev, /trpc and /ws go to the BFF (BFF_PORT, default 3001).
const bff = `127.0.0.1:${process.env.BFF_PORT ?? '3001'}`;

export default defineConfig({
  // Relative to this file, so `npm run build -w @zdash/web` (cwd apps/web) finds it too.
  root: fileURLToPath(new URL('./apps/web', import.meta.url)),
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/trpc': { target: `http://${bff}`, changeOrigin: false },
      '/ws': { target: `ws://${bff}`, ws: true },
    },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: 'data', test: /node_modules[\\/](@tanstack|@trpc|superjson)[\\/]/ },
          ],
        },
      },
    },
  },
});
