import { postgresDatabase } from './compare/databases.js';
import { startGateway } from './compare/processes.js';
import { concurrent, sequential } from './compare/load.js';
import { publicFinderRequest, staffListRequest } from './compare/requests.js';
const which = process.argv[2] ?? 'public';
const conns = Number(process.argv[3] ?? 8);
const db = await postgresDatabase(process.env.TEST_DATABASE_URL!, 'demo');
try {
  process.env.PROF_ARGS = `--cpu-prof --cpu-prof-dir=/tmp/prof-${which} --cpu-prof-interval=200`;
  const gateway = await startGateway(db.gatewayEnv, true);
  delete process.env.PROF_ARGS;
  const request = which === 'public' ? publicFinderRequest() : staffListRequest(db.staffToken);
  await sequential(gateway.origin, request, 300);
  const r = await concurrent(gateway.origin, request, conns, 8000);
  console.log(which, r.requests / r.seconds, 'req/s');
  await gateway.stop();
} finally { await db.drop(); }
