// How `pnpm start`, `pnpm start:prod` and `pnpm dev` run the gateway and the portal: one place,
// so that the e2e suite can start the portal exactly as `pnpm start` does.

/**
 * - `dev` (`pnpm dev`): sources in watch mode, React's development build, demo settings.
 * - `demo` (`pnpm start`): the production builds of both apps, with demo settings: embedded
 *   database seeded with demo data, plain http (both run with NODE_ENV=production, for React's
 *   and graphql-js's production modes, and PORTAL_DEMO=true / GATEWAY_DEMO=true for their settings).
 * - `production` (`pnpm start:prod`, or NODE_ENV=production): the production builds with
 *   production's settings, which the apps check and refuse to start without.
 */
export function startMode(argv, env) {
  if (argv.includes('--dev')) return 'dev';
  if (argv.includes('--production') || env.NODE_ENV === 'production') return 'production';
  return 'demo';
}

/** The command, arguments, folder (relative to the repo root) and environment of each app in a mode. */
export function appCommands(mode, { env, gatewayPort, portalPort }) {
  const shared = { ...env, GATEWAY_PORT: gatewayPort, PORTAL_PORT: portalPort };
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  if (mode === 'dev') {
    return {
      // The packages' own binaries, not `pnpm exec`, so that Ctrl-C and SIGTERM reach them.
      gateway: {
        command: 'apps/gateway/node_modules/.bin/tsx',
        args: ['watch', 'apps/gateway/src/main.ts'],
        cwd: '.',
        env: shared,
      },
      portal: {
        command: 'node_modules/.bin/react-router',
        args: ['dev', '--port', portalPort, '--strictPort'],
        cwd: 'apps/portal',
        env: { ...shared, GATEWAY_URL: gatewayUrl },
      },
    };
  }
  const production = mode === 'production';
  return {
    gateway: {
      command: process.execPath,
      args: ['apps/gateway/dist/main.js'],
      cwd: '.',
      // NODE_ENV=production for graphql-js's production mode; GATEWAY_DEMO for the settings.
      env: { ...shared, NODE_ENV: 'production', GATEWAY_DEMO: production ? 'false' : 'true' },
    },
    portal: {
      command: process.execPath,
      args: ['apps/portal/server.js'],
      cwd: '.',
      env: {
        ...shared,
        GATEWAY_URL: gatewayUrl,
        NODE_ENV: 'production',
        PORTAL_DEMO: production ? 'false' : 'true',
      },
    },
  };
}
