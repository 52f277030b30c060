import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export type BenchServer = { baseUrl: URL; databaseUrl: string; process: ChildProcess; stop: () => Promise<void> };

/** A throwaway PostgreSQL database for one benchmark run, dropped by `drop`. */
export async function createBenchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `roster_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Starts the production build (`next start`) against the given database and waits until it answers. */
export async function startServer(databaseUrl: string, port: number): Promise<BenchServer> {
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = fs.createWriteStream('bench-results/server.log');
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const baseUrl = new URL(`http://127.0.0.1:${port}`);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(new URL('/scim/v2/ServiceProviderConfig', baseUrl));
      if (response.status === 401 || response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    baseUrl,
    databaseUrl,
    process: child,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
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
