import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  build: {
    // Every asset, including small ones, is served from our own origin as a file.
    assetsInlineLimit: 0,
  },
});
