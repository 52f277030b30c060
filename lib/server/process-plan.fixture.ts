// Started by process-plan.test.ts: runProcesses with a stand-in server that answers its own pid, and duties that
// say where they ran, so the test sees the real node:cluster behaviour.
import cluster from 'node:cluster';
import http from 'node:http';
import { runProcesses } from './process-plan';

const port = Number(process.env.FIXTURE_PORT);

await runProcesses({
  workers: Number(process.env.FIXTURE_WORKERS),
  primaryDuties: async () => console.log(`duties ${process.pid} primary=${cluster.isPrimary}`),
  serve: async ({ runsPrimaryDuties }) => {
    if (runsPrimaryDuties) console.log(`duties ${process.pid} primary=${cluster.isPrimary}`);
    const server = http.createServer((_request, response) => response.end(String(process.pid)));
    server.listen(port, '127.0.0.1', () => console.log(`serving ${process.pid}`));
    process.once('SIGTERM', () => server.close(() => process.exit(0)));
  },
});
