import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export type BenchServer = { baseUrl: URL; databaseUrl: string; process: ChildProcess; stop: () => Promise<void> };

/** A throwaway PostgreSQL database for one benchmark run, dropped by `drop` (or left in place by `keep`). */
export async function createBenchDatabase(
  adminUrl: string,
): Promise<{ url: string; name: string; drop: () => Promise<void>; keep: () => Promise<void> }> {
  const name = `roster_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
    keep: () => admin.end(),
  };
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
 * Starts the production build (`next start`, run by node itself so the measured process tree is the server
 * alone, not an npx wrapper) against the given database and waits until it answers. NEXT_DIST_DIR in the
 * environment selects the build folder; `cpuProfile` saves a V8 CPU profile to .next-profiles/ on stop.
 */
export async function startServer(
  databaseUrl: string,
  options: { port: number; logFile: string; cpuProfile?: boolean },
): Promise<BenchServer> {
  const args = ['node_modules/next/dist/bin/next', 'start', '-p', String(options.port), ...(options.cpuProfile ? ['--experimental-cpu-prof'] : [])];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
      // Production refuses to start without a session secret; the benchmark's console is never used.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString('base64'),
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
    if (hasExited(child)) throw new Error(`next start exited with ${child.exitCode ?? child.signalCode}:\n${tail(options.logFile)}`);
    try {
      const response = await fetch(new URL('/scim/v2/ServiceProviderConfig', baseUrl));
      if (response.status === 401 || response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer on port ${options.port} within 120 s:\n${tail(options.logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseUrl, databaseUrl, process: child, stop };
}

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
export function treeRssMiB(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let kib = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) kib += Number(match[1]);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return Math.round(kib / 1024);
}

/** Samples the server's RSS every `intervalMs` and keeps the peak. */
export function sampleRss(rootPid: number, intervalMs = 250): { peak: () => number; stop: () => void } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMiB(rootPid));
  }, intervalMs);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/** Creates a SCIM token through the CLI, as an operator would, and returns the secret (its last output line). */
export function createToken(databaseUrl: string): string {
  const output = execFileSync('npx', ['tsx', 'lib/cli/token-create.ts', '--name', `bench-${Date.now()}`, '--expires-in', '1d'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return output.trim().split('\n').at(-1)!.trim();
}
