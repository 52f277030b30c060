import type { Database } from '@/db/database';
import { runStatement } from '@/db/run-statement';
import type { GroupStore, MembershipChange, MembershipResult, StoredGroup } from '@/lib/scim';
import { NeedsTransaction, needsOneRow, type AutocommitWrite } from './autocommit-write';
import { refuseUnknown } from './change-group-members';
import { groupRowColumns } from './column-map';
import { createGroupStore } from './group-store';
import { CHANGE_MEMBERS, INSERT_GROUP, PLAN_MEMBER_CHANGE } from './group-statements';
import { isUuid } from './user-store';

const needsTransaction = (reason: string) => () => Promise.reject(new NeedsTransaction(reason));

type MemberChangePlan = {
  id: string | null;
  document: Record<string, unknown>;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  unknown: string[];
  toAdd: string[];
  toRemove: string[];
};

const NO_CHANGE: MembershipResult = { added: [], removed: [] };

/**
 * The GroupStore of a write in autocommit: reads as usual; a POST without members deferred as one statement with its
 * audit event; a PATCH that only adds or removes members read once (which ids would change) and deferred as one
 * statement that writes exactly those with its audit event. Renames, locked reads, member replacement and deletes,
 * which touch several tables or need the row held, take the transaction path.
 */
export function createAutocommitGroupStore(db: Database, write: AutocommitWrite): GroupStore {
  const groups = createGroupStore(db);
  /** The group as the membership read saw it: `get` answers from it when nothing changed, `update` after deferring the write. */
  const seen = new Map<string, StoredGroup>();

  async function planMemberChange(groupId: string, change: MembershipChange, now: Date): Promise<MembershipResult> {
    if (change.replaceAll) throw new NeedsTransaction('a replacement of the member list');
    const malformed = change.add.filter((id) => !isUuid(id));
    if (malformed.length > 0) refuseUnknown(malformed);
    if (!isUuid(groupId)) return NO_CHANGE;
    const remove = change.remove.filter(isUuid);
    const [plan] = await runStatement<MemberChangePlan>(db, PLAN_MEMBER_CHANGE, [groupId, JSON.stringify(change.add), JSON.stringify(remove)]);
    if (plan.unknown.length > 0) refuseUnknown(plan.unknown);
    if (plan.id === null) return NO_CHANGE;
    const group: StoredGroup = { id: plan.id, document: plan.document, version: plan.version, created: new Date(plan.createdAt), lastModified: new Date(plan.updatedAt) };
    seen.set(groupId, group);
    if (plan.toAdd.length + plan.toRemove.length === 0) return NO_CHANGE;
    if (plan.toAdd.some((id) => plan.toRemove.includes(id))) throw new NeedsTransaction('one member both added and removed');
    write.defer({ text: CHANGE_MEMBERS, parameters: [groupId, JSON.stringify(plan.toAdd), JSON.stringify(plan.toRemove), now.toISOString()], check: needsOneRow });
    return { added: plan.toAdd, removed: plan.toRemove };
  }

  return {
    get(id, options) {
      if (options.lock) return Promise.reject(new NeedsTransaction('a locked read'));
      // What the deferred write will change is not in the database yet.
      if (write.final) return Promise.reject(new NeedsTransaction('a read after a change'));
      const read = options.members ? undefined : seen.get(id);
      return read ? Promise.resolve(read) : groups.get(id, options);
    },
    list: groups.list,
    async create({ id, document, memberIds, now }) {
      if (memberIds.length > 0) throw new NeedsTransaction('a group created with members');
      const columns = groupRowColumns(document);
      const row = { id, display_name: columns.displayName, external_id: columns.externalId, document, created_at: now, updated_at: now };
      write.defer({ text: INSERT_GROUP, parameters: [JSON.stringify(row)], check: needsOneRow });
      const group: StoredGroup = { id, document, version: 1, created: now, lastModified: now, members: [] };
      return group;
    },
    // Only a membership change defers a write before `update`: CHANGE_MEMBERS raises the version the read saw.
    async update({ id, document, now }) {
      const read = seen.get(id);
      if (document !== undefined || !read || !write.final) throw new NeedsTransaction('a group change');
      return { ...read, version: read.version + 1, lastModified: now };
    },
    changeMembers: planMemberChange,
    delete: needsTransaction('a group delete'),
  };
}
