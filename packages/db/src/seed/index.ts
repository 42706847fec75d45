// @selvhjelp/db/seed: the demo logins, for the start script and for tests that sign in as demo
// staff. Kept out of the main entry so that production code never reaches a known password.
export type { DemoAccount } from './demo-accounts.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
