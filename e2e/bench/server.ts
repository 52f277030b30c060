import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@/db/throwaway-database';
import { processTree } from './process-tree';

export type BenchServer = { baseUrl: URL; databaseUrl: string; process: ChildProcess; stop: () => Promise<void> };

/** The production build, made if missing, and Roster's server compiled again (a fraction of a second), so the server measured is the source's. */
export function buildServer(): void {
  if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  }
  execFileSync(process.execPath, ['lib/server/bundle.mjs'], { stdio: 'inherit' });
}

/** A throwaway PostgreSQL database for one benchmark run, dropped by `drop` (or left in place by `keep`). */
export function createBenchDatabase(adminUrl: string): Promise<ThrowawayDatabase> {
  return createThrowawayDatabase(adminUrl, 'roster_bench');
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * `roster`: what `npm start` runs (Roster's server, compiled); `next`: `next start`, the portable path, for comparison;
 * `reference`: the bare server of e2e/bench/reference-server.mjs, the floor Roster's server is measured against.
 */
export type ServerKind = 'roster' | 'next' | 'reference';

function serverCommand(kind: ServerKind, port: number, cpuProfile: boolean): string[] {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const profile = cpuProfile ? ['--cpu-prof', '--cpu-prof-dir=.next-profiles'] : [];
  if (kind === 'roster') return [...profile, path.join(distDir, 'roster-server', 'main.mjs')];
  if (kind === 'reference') return [...profile, path.join('e2e', 'bench', 'reference-server.mjs')];
  return ['node_modules/next/dist/bin/next', 'start', '-p', String(port), ...(cpuProfile ? ['--experimental-cpu-prof'] : [])];
}

/**
 * Starts the production build (run by node itself so the measured process tree is the server alone, not an npm
 * wrapper) against the given database and waits until it answers. NEXT_DIST_DIR in the environment selects the
 * build folder; `workers` sets ROSTER_WORKERS; `cpuProfile` saves V8 CPU profiles to .next-profiles/ on stop.
 */
export async function startServer(
  databaseUrl: string,
  options: { kind: ServerKind; workers: number; port: number; logFile: string; cpuProfile?: boolean; env?: Record<string, string> },
): Promise<BenchServer> {
  const child = spawn(process.execPath, serverCommand(options.kind, options.port, options.cpuProfile ?? false), {
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      ROSTER_WORKERS: String(options.workers),
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
      // Production refuses to start without a session secret; the benchmark's console is never used.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString('base64'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = fs.createWriteStream(options.logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => (hasExited(child) ? resolve() : child.once('exit', () => resolve())));
  const stop = async () => {
    if (!hasExited(child) && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    await exited;
  };

  const baseUrl = new URL(`http://127.0.0.1:${options.port}`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (hasExited(child)) throw new Error(`the server exited with ${child.exitCode ?? child.signalCode}:\n${tail(options.logFile)}`);
    try {
      const response = await fetch(new URL('/scim/v2/ServiceProviderConfig', baseUrl));
      if (response.status === 401 || response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer on port ${options.port} within 120 s:\n${tail(options.logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseUrl, databaseUrl, process: child, stop };
}

/** Resident memory of the given processes in MiB (Linux /proc): the total, and the largest process. */
function rssMiB(pids: number[]): { total: number; largest: number } {
  let total = 0;
  let largest = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      const kib = match ? Number(match[1]) : 0;
      total += kib;
      largest = Math.max(largest, kib);
    } catch {
      // Gone.
    }
  }
  return { total: Math.round(total / 1024), largest: Math.round(largest / 1024) };
}

/**
 * Samples the RSS of the server's processes every `intervalMs` and keeps the peaks: all together, and the largest.
 * The process tree is looked up again only every few seconds: walking /proc costs the load generator CPU.
 */
export function sampleRss(rootPid: number, intervalMs = 500): { peak: () => { total: number; largest: number }; stop: () => void } {
  const peak = { total: 0, largest: 0 };
  let pids = processTree(rootPid);
  let samples = 0;
  const timer = setInterval(() => {
    if (++samples % 10 === 0) pids = processTree(rootPid);
    const now = rssMiB(pids);
    peak.total = Math.max(peak.total, now.total);
    peak.largest = Math.max(peak.largest, now.largest);
  }, intervalMs);
  return { peak: () => ({ ...peak }), stop: () => clearInterval(timer) };
}

/** Creates a SCIM token through the CLI, as an operator would, and returns the secret (its last output line). */
export function createToken(databaseUrl: string): string {
  const output = execFileSync('npx', ['tsx', 'lib/cli/token-create.ts', '--name', `bench-${Date.now()}`, '--expires-in', '1d'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return output.trim().split('\n').at(-1)!.trim();
}
