import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  // The API explorer's editor workers (Monaco, GraphQL language service) split into chunks, which
  // only module workers can load; they are served from our own origin like every other script.
  worker: { format: 'es' },
  build: {
    // Every asset, including small ones, is served from our own origin as a file.
    assetsInlineLimit: 0,
  },
});
