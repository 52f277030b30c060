import { SCHEMA_URNS } from '../../lib/scim/constants';

const { coreUser: USER_SCHEMA, coreGroup: GROUP_SCHEMA, patchOp: PATCH_OP } = SCHEMA_URNS;

/** What the client saw: a status, or no answer at all (the server died with the request in flight). */
export type Outcome = { status: number } | { status: 'no answer' };

export type UserLog = {
  n: number;
  userName: string;
  create: Outcome;
  /** Patch k sets title and nickName to `v<k>` in one request: both or neither. */
  patches: Outcome[];
  poison?: Outcome;
  duplicate?: Outcome;
  group?: Outcome;
};

export type Send = (method: string, path: string, body: unknown) => Promise<Outcome & { body?: { id?: string } }>;

export const PATCHES_PER_USER = 3;

export const isAcknowledged = (outcome: Outcome | undefined) => typeof outcome?.status === 'number' && outcome.status >= 200 && outcome.status < 300;

const pair = (k: number) => ({
  schemas: [PATCH_OP],
  Operations: [
    { op: 'Replace', path: 'title', value: `v${k}` },
    { op: 'Replace', path: 'nickName', value: `v${k}` },
  ],
});

/**
 * One Entra-style user cycle: create, a few two-attribute PATCHes, and on some users a PATCH that must fail as
 * a whole (a valid op then an invalid one), a duplicate create (409) and a group with the user as member.
 */
export async function userCycle(send: Send, log: UserLog): Promise<void> {
  const created = await send('POST', '/Users', {
    schemas: [USER_SCHEMA],
    userName: log.userName,
    externalId: `ext-${log.n}`,
    active: true,
    title: 'v0',
    nickName: 'v0',
  });
  log.create = { status: created.status };
  const id = created.body?.id;
  if (!isAcknowledged(created) || !id) return;

  for (let k = 1; k <= PATCHES_PER_USER; k += 1) {
    const outcome = await send('PATCH', `/Users/${id}`, pair(k));
    log.patches.push({ status: outcome.status });
    if (!isAcknowledged(outcome)) return;
  }
  if (log.n % 5 === 0) {
    const poison = { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'poison' }, { op: 'replace', path: 'active', value: 'sometimes' }] };
    log.poison = { status: (await send('PATCH', `/Users/${id}`, poison)).status };
  }
  if (log.n % 7 === 0) {
    log.duplicate = { status: (await send('POST', '/Users', { schemas: [USER_SCHEMA], userName: log.userName.toUpperCase() })).status };
  }
  if (log.n % 4 === 0) {
    log.group = { status: (await send('POST', '/Groups', { schemas: [GROUP_SCHEMA], displayName: `crash-group-${log.n}`, members: [{ value: id }] })).status };
  }
}
