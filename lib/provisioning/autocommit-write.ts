import type { StatementParameter } from '@/db/run-statement';

/**
 * A write that needs what autocommit cannot give (a restore, a new list option, a group change, Bulk's savepoints):
 * thrown before anything is written, so the unit of work runs the request again in a transaction.
 */
export class NeedsTransaction extends Error {
  constructor(reason: string) {
    super(`needs a transaction: ${reason}`);
  }
}

/** The row changed between the read and the write (a concurrent request won): the request is run again. */
export class RowMoved extends Error {
  constructor() {
    super('the row changed between its read and its write');
  }
}

/** The one statement that ends a write in autocommit; the audit sink adds the event's row as its last parameter. */
export type FinalStatement = {
  text: string;
  parameters: StatementParameter[];
  /** Reads the statement's one row and throws when nothing was written. */
  check(row: Record<string, unknown>): void;
};

/**
 * What one write in autocommit shares between its stores and its audit sink: the final statement a store
 * deferred, and the versions its reads saw (the final statement writes only if the row is still at that version).
 */
export class AutocommitWrite {
  final: FinalStatement | undefined;
  readonly versions = new Map<string, number>();

  defer(statement: FinalStatement): void {
    if (this.final) throw new NeedsTransaction('a second change in one request');
    this.final = statement;
  }

  take(): FinalStatement | undefined {
    const statement = this.final;
    this.final = undefined;
    return statement;
  }
}

export const needsOneRow = (row: Record<string, unknown>) => {
  if (row.written !== 1) throw new RowMoved();
};
