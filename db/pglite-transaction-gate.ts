import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { PGLiteSocketServer, type PGLiteSocketServerOptions } from '@electric-sql/pglite-socket';

type Side = 'socket' | 'in-process';

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I': ReadyForQuery outside a transaction block
const TERMINATE = 0x58; // 'X': the client leaves; no answer, no state change

/**
 * Lets one side at a time at the database. Calls of the holding side run alongside each other (PGlite orders
 * them); a call of the other side waits, and newcomers of the holding side queue behind it so neither side starves.
 */
class SideGate {
  #holder: Side | undefined;
  #holds = 0;
  #waiting: { side: Side; admit: () => void }[] = [];

  async enter(side: Side): Promise<void> {
    if (this.#holder === undefined || (this.#holder === side && this.#waiting.length === 0)) {
      this.#holder = side;
      this.#holds += 1;
      return;
    }
    await new Promise<void>((admit) => this.#waiting.push({ side, admit }));
  }

  leave(): void {
    this.#holds -= 1;
    if (this.#holds > 0) return;
    const next = this.#waiting[0]?.side;
    const admitted = this.#waiting.filter((waiter) => waiter.side === next);
    this.#waiting = this.#waiting.filter((waiter) => waiter.side !== next);
    this.#holder = next;
    this.#holds = admitted.length;
    for (const waiter of admitted) waiter.admit();
  }
}

/** The status byte of the ReadyForQuery that ends this backend output, or undefined when it ends otherwise. */
function readyForQueryStatus(output: Buffer): number | undefined {
  let last = -1;
  for (let at = 0; at + 5 <= output.length; at += 1 + output.readInt32BE(at + 1)) last = at;
  return last >= 0 && output[last] === READY_FOR_QUERY ? output[last + 5] : undefined;
}

/** What pglite-socket 0.2.17's query queue (not exported) is told about each message and each departing connection. */
type QueryQueue = {
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  clearQueueForHandler(handlerId: number): void;
};

/**
 * What PGLiteSocketServer calls on its `db` (its query queue and start()). The socket side takes the gate at the
 * first message of a protocol cycle and keeps it until the backend answers ReadyForQuery idle: through an explicit
 * transaction, and through an unfinished extended-protocol cycle (Parse…Sync), which the in-process side's own
 * Parse…Sync would otherwise break into. `isInTransaction` answers the same, so the queue also keeps the other
 * socket connections out until then.
 */
function socketSide(client: PGlite, gate: SideGate) {
  let cycleOpen = false;
  let holding = false;
  let cycleOwner: number | undefined;
  const owners = new WeakMap<Uint8Array, number>();
  const connected = new Set<number>();
  const release = () => {
    if (!holding) return;
    holding = false;
    gate.leave();
  };
  const rollBack = async (): Promise<Results[]> => {
    const results = await client.exec('ROLLBACK');
    // After an error in an unfinished extended-protocol cycle the backend skips everything up to the Sync that
    // exec sends after the query, so the first ROLLBACK can be swallowed; the second then runs.
    if (client.isInTransaction()) results.push(...(await client.exec('ROLLBACK')));
    cycleOpen = false;
    release();
    return results;
  };
  const db = {
    waitReady: client.waitReady,
    isInTransaction: () => cycleOpen,
    async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
      if (!holding) {
        await gate.enter('socket');
        holding = true;
      }
      try {
        return await client.runExclusive(fn);
      } finally {
        // A connection that left while its message waited for the gate is past the queue's own ROLLBACK.
        if (cycleOpen && !connected.has(cycleOwner ?? -1)) await rollBack();
        else if (!cycleOpen) release();
      }
    },
    async execProtocolRawStream(message: Uint8Array, options: { syncToFs?: boolean; onRawData: (data: Uint8Array) => void }) {
      const output: Buffer[] = [];
      await client.execProtocolRawStream(message, {
        ...options,
        onRawData: (data) => {
          output.push(Buffer.from(data));
          options.onRawData(data);
        },
      });
      cycleOwner = owners.get(message);
      const status = readyForQueryStatus(Buffer.concat(output));
      if (status !== undefined) cycleOpen = status !== IDLE;
      else if (message[0] !== TERMINATE) cycleOpen = true;
    },
    /** The queue's only exec: ROLLBACK for a connection that left with its cycle open. */
    exec: rollBack,
  };
  /** Learns from the server's queue which connection each message comes from and which connections are gone. */
  const follow = (queue: QueryQueue | undefined) => {
    if (typeof queue?.enqueue !== 'function' || typeof queue.clearQueueForHandler !== 'function') {
      throw new Error('@electric-sql/pglite-socket no longer has the query queue db/pglite-transaction-gate.ts follows');
    }
    const { enqueue, clearQueueForHandler } = queue;
    queue.enqueue = (handlerId, message, onData) => {
      connected.add(handlerId);
      owners.set(message, handlerId);
      return enqueue.call(queue, handlerId, message, onData);
    };
    queue.clearQueueForHandler = (handlerId) => {
      connected.delete(handlerId);
      clearQueueForHandler.call(queue, handlerId);
    };
  };
  return { db, follow };
}

/** What drizzle-orm/pglite calls on its client (session.js): `query`, and `transaction` for db.transaction. */
function inProcessSide(client: PGlite, gate: SideGate) {
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    await gate.enter('in-process');
    try {
      return await work();
    } finally {
      gate.leave();
    }
  };
  return {
    query: <T>(query: string, params?: unknown[], options?: QueryOptions) => run(() => client.query<T>(query, params, options)),
    transaction: <T>(callback: (tx: Transaction) => Promise<T>) => run(() => client.transaction(callback)),
  };
}

/**
 * Keeps the two users of one PGlite apart: the socket server's connections (CLIs) and this process's drizzle.
 * PGlite has one session, so a transaction opened by either side would otherwise take in the other side's
 * statements — a server tick landing inside a CLI's transaction is rolled back with it. The casts are sound
 * because drizzle and PGLiteSocketServer call only what their handle has (see the functions above).
 */
export function createPgliteTransactionGate(client: PGlite): {
  forDrizzle: PGlite;
  serveSocket: (options: Omit<PGLiteSocketServerOptions, 'db'>) => PGLiteSocketServer;
} {
  const gate = new SideGate();
  return {
    forDrizzle: inProcessSide(client, gate) as unknown as PGlite,
    serveSocket: (options) => {
      const socket = socketSide(client, gate);
      const server = new PGLiteSocketServer({ ...options, db: socket.db as unknown as PGlite });
      socket.follow((server as unknown as { queryQueue?: QueryQueue }).queryQueue);
      return server;
    },
  };
}
