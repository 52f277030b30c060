/**
 * Entra's soft delete renames the user to `<object id as 32 hex digits><original userName>` and sends
 * `active: false` (learn.microsoft.com/entra/identity/app-provisioning/how-provisioning-works, IDP-QUIRKS §10).
 * True when `after` is that rename of a user called `previousUserName`.
 */
export function isEntraTombstoneRename(previousUserName: string, after: Record<string, unknown>): boolean {
  const next = typeof after.userName === 'string' ? after.userName : '';
  return after.active === false && /^[0-9a-f]{32}/i.test(next) && next.slice(32).toLowerCase() === previousUserName.toLowerCase();
}
