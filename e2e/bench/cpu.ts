import fs from 'node:fs';
import { processTree } from './process-tree';

/** Cumulative CPU time in milliseconds (user + system) of the server (all its processes), of the benchmark database's backends, and of this load generator. */
export type CpuSample = { server: number; database: number; client: number };

const TICK_MS = 10; // USER_HZ is 100 on Linux

function ticks(pid: number | string): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/**
 * The server's processes: the primary and its workers. A worker that ended since the last sample takes its time
 * with it; the benchmark's workers live as long as the run.
 */
function serverTicks(serverPid: number): number {
  return processTree(serverPid).reduce((sum, pid) => sum + (ticks(pid) ?? 0), 0);
}

/**
 * CPU time is what the shared 2-core machine cannot distort: wall-clock throughput depends on what else runs,
 * CPU milliseconds per request much less. PostgreSQL backends are found by their process title, which names the
 * database; a backend that ends keeps the time it had at its last sample.
 */
export function createCpuProbe(serverPid: number, databaseName: string): () => CpuSample {
  const backends = new Map<string, number>();
  return () => {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let title: string;
      try {
        title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!title.startsWith('postgres:') || !title.includes(` ${databaseName} `)) continue;
      const used = ticks(entry);
      if (used !== undefined) backends.set(entry, used);
    }
    const usage = process.cpuUsage();
    return {
      server: serverTicks(serverPid) * TICK_MS,
      database: [...backends.values()].reduce((sum, value) => sum + value, 0) * TICK_MS,
      client: (usage.user + usage.system) / 1000,
    };
  };
}
