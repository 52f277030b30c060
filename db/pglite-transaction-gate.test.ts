import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { protocol } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from './client';
import { queryRows } from './database';
import { socketPath } from './pglite-folder';
import { openServingDatabase } from './serving-test-database';

/** Long enough for a statement that is not held back to finish on a busy machine. */
const SETTLE_MS = 400;

let dataDir: string;
let server: OpenDatabase;
let socket: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-pglite-gate-'));
  server = await openServingDatabase(dataDir);
  socket = socketPath(dataDir);
  await server.db.execute(sql`create table gate_probe (source text not null)`);
}, 120_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await server.db.execute(sql`delete from gate_probe`);
});

function connectCli() {
  return postgres({ path: socket, database: 'postgres', username: 'postgres', max: 1, onnotice: () => {} });
}

async function sources(): Promise<string[]> {
  const rows = await queryRows<{ source: string }>(server.db, sql`select source from gate_probe order by source`);
  return rows.map((row) => row.source);
}

/** Starts a statement and tells whether it has finished yet. */
function track(statement: Promise<unknown>): { done: () => boolean; settled: Promise<unknown> } {
  let finished = false;
  const settled = statement.finally(() => {
    finished = true;
  });
  return { done: () => finished, settled };
}

describe('one PGlite shared by the server process and CLIs on its socket', () => {
  it('keeps in-process statements out of a socket transaction, so its rollback leaves them standing', async () => {
    const cli = connectCli();
    const connection = await cli.reserve();
    try {
      await connection`begin`;
      await connection`insert into gate_probe values ('cli')`;
      const inProcess = track(server.db.execute(sql`insert into gate_probe values ('server')`));
      await sleep(SETTLE_MS);
      expect(inProcess.done()).toBe(false);
      await connection`rollback`;
      await inProcess.settled;
      expect(await sources()).toEqual(['server']);
    } finally {
      connection.release();
      await cli.end({ timeout: 0 });
    }
  });

  it('keeps socket statements out of an in-process transaction until it ends', async () => {
    const cli = connectCli();
    try {
      await cli`select 1`;
      let fromSocket: ReturnType<typeof track> | undefined;
      const rolledBack = server.db.transaction(async (tx) => {
        await tx.execute(sql`insert into gate_probe values ('server')`);
        fromSocket = track(cli`insert into gate_probe values ('cli')`);
        await sleep(SETTLE_MS);
        expect(fromSocket.done()).toBe(false);
        throw new Error('roll back');
      });
      await expect(rolledBack).rejects.toThrow('roll back');
      await fromSocket?.settled;
      expect(await sources()).toEqual(['cli']);
    } finally {
      await cli.end({ timeout: 0 });
    }
  });

  it('lets the server go on when a CLI is killed in the middle of its transaction', async () => {
    const script = `
      import postgres from 'postgres';
      const sql = postgres({ path: ${JSON.stringify(socket)}, database: 'postgres', username: 'postgres', max: 1 });
      const connection = await sql.reserve();
      await connection\`begin\`;
      await connection\`insert into gate_probe values ('killed')\`;
      console.log('in transaction');
      await new Promise(() => {});`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => data.toString().includes('in transaction') && resolve());
      child.once('exit', (code) => reject(new Error(`the CLI stand-in exited early with ${code}`)));
    });
    const inProcess = track(server.db.execute(sql`insert into gate_probe values ('server')`));
    await sleep(SETTLE_MS);
    expect(inProcess.done()).toBe(false);
    child.kill('SIGKILL');
    await inProcess.settled;
    expect(await sources()).toEqual(['server']);
  });

  it('rolls back a connection that drops after an error in an unfinished extended-protocol cycle', async () => {
    const raw = net.connect(socket);
    const answered = () => new Promise<Buffer>((resolve) => raw.once('data', resolve));
    await new Promise((resolve) => raw.once('connect', resolve));
    raw.write(protocol.serialize.startup({ user: 'postgres', database: 'postgres' }));
    await answered();
    raw.write(protocol.serialize.query(`begin; insert into gate_probe values ('dropped')`));
    await answered();
    // An error and no Sync: the backend now skips every message up to the next Sync.
    raw.write(protocol.serialize.parse({ text: 'select no_such_column from gate_probe' }));
    await answered();
    const inProcess = track(server.db.execute(sql`insert into gate_probe values ('server')`));
    await sleep(SETTLE_MS);
    expect(inProcess.done()).toBe(false);
    raw.destroy();
    await inProcess.settled;
    expect(await sources()).toEqual(['server']);
  });

  it('lets go when a connection drops while its first message waits for an in-process transaction', async () => {
    const raw = net.connect(socket);
    await new Promise((resolve) => raw.once('connect', resolve));
    raw.write(protocol.serialize.startup({ user: 'postgres', database: 'postgres' }));
    await new Promise((resolve) => raw.once('data', resolve));
    await server.db.transaction(async (tx) => {
      await tx.execute(sql`insert into gate_probe values ('server')`);
      // The Parse opens a cycle that nobody will close: it is held back now and runs after its connection is gone.
      raw.write(protocol.serialize.parse({ text: `insert into gate_probe values ('dropped')` }));
      await sleep(SETTLE_MS);
      raw.destroy();
      await sleep(SETTLE_MS);
    });
    await server.db.execute(sql`insert into gate_probe values ('after')`);
    expect(await sources()).toEqual(['after', 'server']);
  });
});
