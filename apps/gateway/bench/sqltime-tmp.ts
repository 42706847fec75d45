import pg from 'pg';
import { postgresDatabase } from './compare/databases.js';
import { startBaseline, startGateway } from './compare/processes.js';
import { sequential } from './compare/load.js';
import { publicFinderRequest, staffListRequest } from './compare/requests.js';
const url = process.env.TEST_DATABASE_URL!;
const db = await postgresDatabase(url, 'demo');
const name = new URL(db.gatewayEnv.DATABASE_URL!).pathname.slice(1);
console.log('db', name);
const client = new pg.Client({ connectionString: url }); await client.connect();
await client.query(`ALTER DATABASE "${name}" SET log_min_duration_statement = 0`);
await client.end();
try {
  const gateway = await startGateway(db.gatewayEnv, true);
  const baseline = await startBaseline(db.baselineEnv);
  for (const [label, server] of [['gateway', gateway], ['baseline', baseline]] as const) {
    for (const request of [publicFinderRequest(), staffListRequest(db.staffToken)]) {
      await sequential(server.origin, request, 50);
      console.log('MARK', label, request.label, new Date().toISOString());
      await sequential(server.origin, request, 200);
      console.log('MARK-END', label, request.label, new Date().toISOString());
    }
  }
  await gateway.stop(); await baseline.stop();
} finally { await db.drop(); }
