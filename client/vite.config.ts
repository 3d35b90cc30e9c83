import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const serverPort = process.env.ORDERLANE_SERVER_PORT ?? '3000';
const target = `http://localhost:${serverPort}`;

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': target,
      '/yjs': { target, ws: true },
      '/socket.io': { target, ws: true },
    },
  },
  // No source maps in the build: the server would otherwise hand the whole client source to anyone.
  build: { outDir: 'dist', sourcemap: false },
  test: { name: 'client', include: ['src/**/*.test.{ts,tsx}'], environment: 'jsdom' },
});
