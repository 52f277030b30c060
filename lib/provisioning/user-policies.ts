import type { UserNameDecision, UserPolicies } from '@/lib/scim';
import { isEntraTombstoneRename } from './entra-tombstone';

/** The owner's user configuration applied to SCIM writes (DESIGN "User configuration"). */
export function createUserPolicies(settings: { applyUserNameChanges: boolean; deleteMode: 'delete' | 'deactivate' }): UserPolicies {
  return {
    deleteMode: settings.deleteMode,
    reviewUserNameChange(before, after): UserNameDecision {
      const previous = String(before.document.userName ?? '');
      const next = typeof after.userName === 'string' ? after.userName : previous;
      // userName is caseExact=false (RFC 7643 §4.1.1): a change of case only is not a rename.
      if (next.toLowerCase() === previous.toLowerCase() || settings.applyUserNameChanges) return { kind: 'apply' };
      if (isEntraTombstoneRename(previous, after)) {
        return { kind: 'keep', reason: "Entra soft-delete rename: the user is deactivated and keeps its userName (userName changes are off)." };
      }
      // A refused request would make the IdP retry it and quarantine the job (DESIGN "User configuration").
      return {
        kind: 'keep',
        reason: `userName changes are off (user configuration): the rename of "${previous}" to "${next}" was ignored, the rest applied.`,
      };
    },
  };
}
