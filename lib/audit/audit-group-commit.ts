import type { Database } from '@/db/database';
import { insertAuditRows, toAuditRow, type AuditEventInput, type AuditRow } from './record-audit-event';

/** Rows per INSERT; a batch this size stays far below PostgreSQL's 65,535 bind parameters. */
const MAX_BATCH = 200;

type Waiting = { row: AuditRow; resolve: () => void; reject: (error: unknown) => void };

/**
 * Group commit for events that belong to no change's transaction (reads and refusals): while one INSERT is on
 * its way, the events of other requests queue, and the next INSERT writes them all. Each caller's promise settles
 * when its own row is committed, so a request is answered only after its event is stored; with no concurrency
 * each event is written at once, as alone.
 */
export class AuditGroupCommit {
  private readonly queue: Waiting[] = [];
  private writing = false;

  constructor(private readonly db: Database) {}

  /** Events waiting for the next INSERT (the one in flight not counted): the server's /metrics reports it. */
  get waiting(): number {
    return this.queue.length;
  }

  record(event: AuditEventInput): Promise<void> {
    const row = toAuditRow(event);
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.queue.length > 0) await this.write(this.queue.splice(0, MAX_BATCH));
    this.writing = false;
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      await insertAuditRows(this.db, batch.map((waiting) => waiting.row));
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One event that cannot be stored must not cost the others theirs.
      for (const waiting of batch) await this.write([waiting]);
    }
  }
}

const byDatabase = new WeakMap<Database, AuditGroupCommit>();

/** The one group commit of a database handle in this module copy, shared by every request that uses the handle. */
export function auditGroupCommitFor(db: Database): AuditGroupCommit {
  let groupCommit = byDatabase.get(db);
  if (!groupCommit) byDatabase.set(db, (groupCommit = new AuditGroupCommit(db)));
  return groupCommit;
}
