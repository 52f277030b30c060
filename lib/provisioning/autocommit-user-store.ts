import type { Database } from '@/db/database';
import { runStatement } from '@/db/run-statement';
import type { ResourceReference, StoredUser, UserStore } from '@/lib/scim';
import { applyUserMapping } from './apply-user-mapping';
import { NeedsTransaction, needsOneRow, type AutocommitWrite } from './autocommit-write';
import { userRowColumns } from './column-map';
import { runListQuery } from './list-query';
import { DELETE_USER, DEPROVISION_USER, INSERT_USER, SELECT_LIVE_USER, UPDATE_USER } from './user-statements';
import { isUuid, userListSpec } from './user-store';

type UserRow = { id: string; document: Record<string, unknown>; version: number; createdAt: Date; updatedAt: Date; appFields: Record<string, string | null>; groups: ResourceReference[] | null };

/** The new row as `jsonb_populate_record` reads it. */
function rowJson(user: { id: string; document: Record<string, unknown>; appFields: Record<string, string | null>; created: Date; lastModified: Date }): string {
  const columns = userRowColumns(user.document);
  return JSON.stringify({
    id: user.id,
    user_name: columns.userName,
    external_id: columns.externalId,
    active: columns.active,
    primary_email: columns.primaryEmail,
    display_name: columns.displayName,
    document: user.document,
    app_fields: user.appFields,
    created_at: user.created,
    updated_at: user.lastModified,
  });
}

function checkInsert(row: Record<string, unknown>): void {
  if (row.written === 1) return;
  if (row.toRestore) throw new NeedsTransaction('a deprovisioned or inactive user to bring back');
  // Lost to a concurrent POST of the same userName, or a live user holds it: the transaction path answers 409.
  throw new NeedsTransaction('a live user holds the userName');
}

/**
 * The UserStore of a write in autocommit: one fixed-text read, and the write deferred as one statement that also
 * inserts the audit event (the audit sink runs it). What the write returns is built from what was sent, not read
 * back. Anything rarer (a restore, a new list option) throws NeedsTransaction before writing.
 */
export function createAutocommitUserStore(db: Database, write: AutocommitWrite): UserStore {
  const deferEnd = (text: string, id: string, now: Date) => {
    const version = write.versions.get(id);
    if (version === undefined) throw new NeedsTransaction('a user ended without being read first');
    write.defer({ text, parameters: [id, String(version), now.toISOString()], check: needsOneRow });
    return Promise.resolve(true);
  };

  return {
    async get(id) {
      if (!isUuid(id)) return undefined;
      const [row] = await runStatement<UserRow>(db, SELECT_LIVE_USER, [id]);
      if (!row) return undefined;
      write.versions.set(row.id, row.version);
      return {
        id: row.id,
        document: row.document,
        version: row.version,
        created: new Date(row.createdAt),
        lastModified: new Date(row.updatedAt),
        groups: row.groups ?? [],
        appFields: row.appFields ?? {},
      };
    },

    list(query, registry) {
      return runListQuery(db, { ...userListSpec, registry, query });
    },

    // INSERT_USER looks for a user to bring back in the same statement.
    findReprovisionable: () => Promise.resolve(undefined),

    async create({ id, document, registry, now }) {
      const appFields = await applyUserMapping(db, { document, previous: null, registry, addOptions: false });
      const user: StoredUser = { id, document, version: 1, created: now, lastModified: now, groups: [], appFields };
      write.defer({ text: INSERT_USER, parameters: [rowJson(user)], check: checkInsert });
      return user;
    },

    restore() {
      return Promise.reject(new NeedsTransaction('a restore'));
    },

    async replace({ existing, document, registry, now }) {
      const previous = { userName: String(existing.document.userName), appFields: existing.appFields };
      const appFields = await applyUserMapping(db, { document, previous, registry, addOptions: false });
      const user: StoredUser = { ...existing, document, appFields, version: existing.version + 1, lastModified: now };
      write.defer({ text: UPDATE_USER, parameters: [rowJson(user), String(existing.version)], check: needsOneRow });
      return user;
    },

    delete: (id, now) => (isUuid(id) ? deferEnd(DELETE_USER, id, now) : Promise.resolve(false)),
    deprovision: (id, now) => (isUuid(id) ? deferEnd(DEPROVISION_USER, id, now) : Promise.resolve(false)),
  };
}
