import type { Database } from '@/db/database';
import { getSettings } from '@/lib/settings/get-settings';
import type { SchemaRegistry, ScimScope, UnitOfWork, UserPolicies } from '@/lib/scim';
import { createGroupStore } from './group-store';
import { loadGroupRegistry, loadUserRegistry } from './load-registry';
import { isRetryableDbError, mapDbError } from './map-db-error';
import { createScimAuditSink, type AuditWriteMode } from './scim-audit-sink';
import { createUserPolicies } from './user-policies';
import { createUserStore } from './user-store';

const MAX_ATTEMPTS = 3;

type Loaders = { userRegistry(): Promise<SchemaRegistry>; groupRegistry(): Promise<SchemaRegistry>; userPolicies(): Promise<UserPolicies> };

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/** Registries and settings are read once per request, with the request's handle. */
function createLoaders(db: Database): Loaders {
  return {
    userRegistry: once(() => loadUserRegistry(db)),
    groupRegistry: once(async () => loadGroupRegistry()),
    userPolicies: once(async () => createUserPolicies(await getSettings(db))),
  };
}

function createScope(db: Database, loaders: Loaders, auditMode: AuditWriteMode): ScimScope {
  return {
    users: createUserStore(db),
    groups: createGroupStore(db),
    audit: createScimAuditSink(db, auditMode),
    ...loaders,
    // A nested drizzle transaction is a savepoint: a failed Bulk operation is undone alone.
    isolate: async (work) => {
      try {
        return await db.transaction((savepoint) => work(createScope(savepoint as unknown as Database, loaders, 'transaction')));
      } catch (error) {
        throw mapDbError(error);
      }
    },
  };
}

/**
 * UnitOfWork over a drizzle transaction: the stores and the audit sink share it, so the audit event commits or rolls
 * back with the change. Reads change nothing, so their events go through the group commit.
 */
export function createUnitOfWork(db: Database): UnitOfWork {
  return {
    async write(work) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await db.transaction((tx) => work(createScope(tx as unknown as Database, createLoaders(tx as unknown as Database), 'transaction')));
        } catch (error) {
          if (attempt < MAX_ATTEMPTS && isRetryableDbError(error)) continue;
          throw mapDbError(error);
        }
      }
    },
    async read(work) {
      try {
        return await work(createScope(db, createLoaders(db), 'group-commit'));
      } catch (error) {
        throw mapDbError(error);
      }
    },
  };
}
