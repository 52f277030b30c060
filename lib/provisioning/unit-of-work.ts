import type { Database } from '@/db/database';
import { getCachedSettings } from '@/lib/settings/settings-cache';
import type { SchemaRegistry, ScimScope, UnitOfWork, UserPolicies } from '@/lib/scim';
import { AutocommitWrite, NeedsTransaction, RowMoved } from './autocommit-write';
import { createAutocommitGroupStore } from './autocommit-group-store';
import { createAutocommitUserStore } from './autocommit-user-store';
import { createGroupStore } from './group-store';
import { loadGroupRegistry, loadUserRegistry } from './load-registry';
import { isRetryableDbError, mapDbError } from './map-db-error';
import { createScimAuditSink, type AuditWriteMode } from './scim-audit-sink';
import { createUserPolicies } from './user-policies';
import { createUserStore } from './user-store';

const MAX_ATTEMPTS = 3;
/** Concurrent writes of one row each lose at most once per winner; past this many rounds the transaction path locks it. */
const MAX_AUTOCOMMIT_ROUNDS = 8;

type Loaders = { userRegistry(): Promise<SchemaRegistry>; groupRegistry(): Promise<SchemaRegistry>; userPolicies(): Promise<UserPolicies> };

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/** Registries and settings are read once per request, with the request's handle, from 5 s in-process caches. */
function createLoaders(db: Database): Loaders {
  return {
    userRegistry: once(() => loadUserRegistry(db)),
    groupRegistry: once(async () => loadGroupRegistry()),
    userPolicies: once(async () => createUserPolicies(await getCachedSettings(db))),
  };
}

function createScope(db: Database, loaders: Loaders, auditMode: AuditWriteMode): ScimScope {
  return {
    users: createUserStore(db),
    groups: createGroupStore(db),
    audit: createScimAuditSink(db, auditMode, loaders),
    ...loaders,
    // A nested drizzle transaction is a savepoint: a failed Bulk operation is undone alone.
    isolate: async (work) => {
      try {
        return await db.transaction((savepoint) => work(createScope(savepoint as unknown as Database, loaders, { kind: 'transaction' })));
      } catch (error) {
        throw mapDbError(error);
      }
    },
  };
}


/**
 * The common writes in autocommit: the stores read with one statement and defer their write, which the audit sink
 * runs as one statement holding the change and its audit event (docs/PERFORMANCE.md "The data path").
 */
function createAutocommitScope(db: Database, loaders: Loaders): ScimScope {
  const write = new AutocommitWrite();
  return {
    users: createAutocommitUserStore(db, write),
    groups: createAutocommitGroupStore(db, write),
    audit: createScimAuditSink(db, { kind: 'autocommit', write }, loaders),
    ...loaders,
    isolate: () => Promise.reject(new NeedsTransaction('Bulk')),
  };
}

/**
 * UnitOfWork: a write first runs in autocommit (one read, one statement that writes the change and its audit event;
 * a concurrent change of the row in between runs it again); what that cannot do throws NeedsTransaction before
 * writing, and the write runs again in a drizzle transaction whose stores and audit sink share it, so the audit event
 * commits or rolls back with the change. Reads change nothing, so their events go through the group commit.
 */
export function createUnitOfWork(db: Database): UnitOfWork {
  const inTransaction: UnitOfWork['write'] = async (work) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await db.transaction((tx) => work(createScope(tx as unknown as Database, createLoaders(tx as unknown as Database), { kind: 'transaction' })));
      } catch (error) {
        if (attempt < MAX_ATTEMPTS && isRetryableDbError(error)) continue;
        throw mapDbError(error);
      }
    }
  };

  return {
    async write(work) {
      const loaders = createLoaders(db);
      for (let round = 1; round <= MAX_AUTOCOMMIT_ROUNDS; round += 1) {
        try {
          return await work(createAutocommitScope(db, loaders));
        } catch (error) {
          // A serialization failure here is roster_require_rows: the rows a write predicted changed under it.
          if (error instanceof RowMoved || isRetryableDbError(error)) continue;
          if (error instanceof NeedsTransaction) break;
          throw mapDbError(error);
        }
      }
      return inTransaction(work);
    },
    async read(work) {
      try {
        return await work(createScope(db, createLoaders(db), { kind: 'group-commit' }));
      } catch (error) {
        throw mapDbError(error);
      }
    },
  };
}
