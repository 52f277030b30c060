import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { workerCount } from './worker-count';

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the fixture and collects its output until `serving` lines from `count` processes arrived. */
async function start(workers: number, port: number): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  child = spawn(process.execPath, ['--import', 'tsx', 'lib/server/process-plan.fixture.ts'], {
    env: { ...process.env, FIXTURE_WORKERS: String(workers), FIXTURE_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout!.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    child!.stdout!.on('data', (text: string) => {
      lines.push(...text.trim().split('\n'));
      if (lines.filter((line) => line.startsWith('serving')).length === workers) resolve();
    });
    child!.once('exit', (code) => reject(new Error(`the fixture exited with ${code}: ${lines.join(' | ')}`)));
  });
  return { lines };
}

async function pidsAnswering(port: number, requests: number): Promise<Set<string>> {
  const pids = new Set<string>();
  for (let index = 0; index < requests; index += 1) {
    pids.add(await (await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } })).text());
  }
  return pids;
}

describe('runProcesses', () => {
  it('with several workers: the primary runs the duties once, the workers share the port and only serve', async () => {
    const port = await freePort();
    const { lines } = await start(2, port);
    const duties = lines.filter((line) => line.startsWith('duties'));
    expect(duties).toEqual([`duties ${child!.pid} primary=true`]);
    const workers = lines.filter((line) => line.startsWith('serving')).map((line) => line.split(' ')[1]);
    expect(new Set(workers).size).toBe(2);
    expect(workers).not.toContain(String(child!.pid));
    for (const pid of await pidsAnswering(port, 20)) expect(workers).toContain(pid);
    // /metrics adds up every worker's counts, whichever worker answers the scrape.
    for (let scrape = 0; scrape < 2; scrape += 1) {
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { connection: 'close' } })).text();
      expect(text).toContain('roster_scim_requests_total{operation="User.list",status="200"} 20');
    }

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('with one worker: no cluster, this process runs the duties and serves', async () => {
    const port = await freePort();
    const { lines } = await start(1, port);
    expect(lines.filter((line) => line.startsWith('duties'))).toEqual([`duties ${child!.pid} primary=true`]);
    expect([...(await pidsAnswering(port, 3))]).toEqual([String(child!.pid)]);
    expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('roster_scim_requests_total{operation="User.list",status="200"} 3');
  });
});

describe('workerCount', () => {
  const postgres = 'postgres://db/roster';

  it('runs ROSTER_WORKERS processes on PostgreSQL', () => {
    expect(workerCount({ DATABASE_URL: postgres, ROSTER_WORKERS: 3 }, false)).toEqual({ workers: 3 });
    expect(workerCount({ DATABASE_URL: postgres, ROSTER_WORKERS: 1 }, false)).toEqual({ workers: 1 });
  });

  it('runs one on embedded PGlite and in development, and says why', () => {
    expect(workerCount({ DATABASE_URL: undefined, ROSTER_WORKERS: 2 }, false)).toMatchObject({ workers: 1, note: expect.stringContaining('PGlite') });
    expect(workerCount({ DATABASE_URL: postgres, ROSTER_WORKERS: 2 }, true)).toMatchObject({ workers: 1, note: expect.stringContaining('development') });
  });
});
