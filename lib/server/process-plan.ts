import cluster from 'node:cluster';
import { answerClusterMetricsRequests } from './cluster-metrics';

export type ProcessPlan = {
  /** Server processes sharing the port; 1 means no cluster at all. */
  workers: number;
  /** Start-up duties (migrations, the setup link, housekeeping): run once, in the primary, before any worker serves. */
  primaryDuties: () => Promise<void>;
  /** One serving process; `duties` tells whether it must run the primary duties itself (the single-process case). */
  serve: (options: { runsPrimaryDuties: boolean }) => Promise<void>;
};

/** A worker that dies sooner than this after its start is failing at start: the primary stops rather than loop. */
const MIN_WORKER_LIFE_MS = 10_000;

function superviseWorkers(count: number): void {
  const startedAt = new Map<number, number>();
  let isStopping = false;
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  const stopAll = (code: number) => {
    isStopping = true;
    process.exitCode = code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (isStopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (lived < MIN_WORKER_LIFE_MS) {
      console.error(`[server] worker ${worker.process.pid} stopped at start (${signal ?? code}); stopping Roster`);
      return stopAll(1);
    }
    console.error(`[server] worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    fork();
  });
  process.on('SIGTERM', () => stopAll(0));
  process.on('SIGINT', () => stopAll(0));
  for (let index = 0; index < count; index += 1) fork();
}

/**
 * Runs Roster's processes: with one worker, this process does the duties and serves; with more, the cluster
 * primary does the duties (so housekeeping and the setup link exist exactly once), then forks the workers, which
 * share the port (node:cluster) and only serve, and replaces one that dies.
 */
export async function runProcesses(plan: ProcessPlan): Promise<void> {
  if (plan.workers <= 1) return plan.serve({ runsPrimaryDuties: true });
  if (cluster.isWorker) return plan.serve({ runsPrimaryDuties: false });
  await plan.primaryDuties();
  answerClusterMetricsRequests();
  superviseWorkers(plan.workers);
}
