import type { UserNameDecision, UserPolicies } from '@/lib/scim';

/**
 * Entra's soft delete renames the user to `<object id as 32 hex digits><original userName>` and sends
 * `active: false` (learn.microsoft.com/entra/identity/app-provisioning/how-provisioning-works, IDP-QUIRKS §10).
 */
function isEntraTombstoneRename(before: string, after: Record<string, unknown>): boolean {
  const next = typeof after.userName === 'string' ? after.userName : '';
  return after.active === false && /^[0-9a-f]{32}/i.test(next) && next.slice(32).toLowerCase() === before.toLowerCase();
}

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
      return {
        kind: 'refuse',
        reason: `userName changes are not applied (user configuration): "${previous}" cannot become "${next}".`,
      };
    },
  };
}
