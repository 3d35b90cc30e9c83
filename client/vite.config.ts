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
  build: { outDir: 'dist', sourcemap: true },
  test: { name: 'client', include: ['src/**/*.test.{ts,tsx}'], environment: 'jsdom' },
});
