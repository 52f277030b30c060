// Started by process-plan.test.ts: runProcesses with a stand-in server that answers its own pid (and counts it as
// a SCIM request in /metrics), and duties that say where they ran, so the test sees the real node:cluster behaviour.
import cluster from 'node:cluster';
import http from 'node:http';
import { runProcesses } from './process-plan';
import { createServerMetrics } from './server-metrics';

const port = Number(process.env.FIXTURE_PORT);

await runProcesses({
  workers: Number(process.env.FIXTURE_WORKERS),
  primaryDuties: async () => console.log(`duties ${process.pid} primary=${cluster.isPrimary}`),
  serve: async ({ runsPrimaryDuties }) => {
    if (runsPrimaryDuties) console.log(`duties ${process.pid} primary=${cluster.isPrimary}`);
    const metrics = createServerMetrics(() => undefined, { inCluster: cluster.isWorker });
    const server = http.createServer((request, response) => {
      if (request.url === '/metrics') return void metrics.text().then((text) => response.end(text));
      metrics.observeScim('GET', ['Users'], 200, 0.001);
      response.end(String(process.pid));
    });
    server.listen(port, '127.0.0.1', () => console.log(`serving ${process.pid}`));
    process.once('SIGTERM', () => server.close(() => process.exit(0)));
  },
});
