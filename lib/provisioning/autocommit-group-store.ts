import type { Database } from '@/db/database';
import type { GroupStore, StoredGroup } from '@/lib/scim';
import { NeedsTransaction, needsOneRow, type AutocommitWrite } from './autocommit-write';
import { groupRowColumns } from './column-map';
import { createGroupStore } from './group-store';
import { INSERT_GROUP } from './group-statements';

const needsTransaction = (reason: string) => () => Promise.reject(new NeedsTransaction(reason));

/**
 * The GroupStore of a write in autocommit: reads as usual, a POST without members deferred as one statement with
 * its audit event; membership and other group changes, which touch several tables, take the transaction path.
 */
export function createAutocommitGroupStore(db: Database, write: AutocommitWrite): GroupStore {
  const groups = createGroupStore(db);
  const change = needsTransaction('a group change');
  return {
    get: groups.get,
    list: groups.list,
    async create({ id, document, memberIds, now }) {
      if (memberIds.length > 0) throw new NeedsTransaction('a group created with members');
      const columns = groupRowColumns(document);
      const row = { id, display_name: columns.displayName, external_id: columns.externalId, document, created_at: now, updated_at: now };
      write.defer({ text: INSERT_GROUP, parameters: [JSON.stringify(row)], check: needsOneRow });
      const group: StoredGroup = { id, document, version: 1, created: now, lastModified: now, members: [] };
      return group;
    },
    update: change,
    changeMembers: change,
    delete: change,
  };
}
