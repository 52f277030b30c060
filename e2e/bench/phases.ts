import { filterQuery, type ScimClient } from './http-client';
import { PhaseRecorder, runConcurrently, type PhaseResult } from './stats';
import * as workload from './workload';

export type BenchPlan = { users: number; groupSize: number; bigGroupMembers: number; concurrency: number; reads: number };

/** What the run created, for the later phases and the final check. */
export type BenchState = { userIds: string[]; groupIds: string[]; bigGroupId?: string };

const isUpdated = (index: number) => index % 5 === 0;
const isDeactivated = (index: number) => index % 20 === 1;
const isDeleted = (index: number) => index % 50 === 2;
export const expectations = { isUpdated, isDeactivated, isDeleted };

/** What Entra sends for each new user: the filter by userName, then the POST. Returns the new user's id. */
export async function provisionUser(client: ScimClient, recorder: PhaseRecorder, index: number): Promise<string> {
  await client.send(recorder, 'GET', `/Users${filterQuery(`userName eq "${workload.userName(index)}"`)}`);
  const created = await client.send(recorder, 'POST', '/Users', workload.entraUser(index), [201]);
  return String(created.body?.id ?? '');
}

/** Entra's initial cycle: each user looked up by userName, then created; groups looked up, created and filled in PATCHes of 100. */
export async function initialCycle(client: ScimClient, plan: BenchPlan, state: BenchState): Promise<PhaseResult[]> {
  const users = new PhaseRecorder('initial: users (filter + POST)');
  await runConcurrently(plan.users, plan.concurrency, async (index) => {
    state.userIds[index] = await provisionUser(client, users, index);
  });
  const userResult = users.finish({ count: plan.users, unit: 'users' });

  const groupCount = Math.ceil(plan.users / plan.groupSize);
  const groups = new PhaseRecorder('initial: groups (filter + POST)');
  await runConcurrently(groupCount, plan.concurrency, async (index) => {
    await client.send(groups, 'GET', `/Groups${filterQuery(`displayName eq "${workload.groupName(index)}"`, '&excludedAttributes=members')}`);
    const created = await client.send(groups, 'POST', '/Groups', workload.entraGroup(index), [201]);
    state.groupIds[index] = String(created.body?.id ?? '');
  });
  const groupResult = groups.finish();

  const members = new PhaseRecorder('initial: member PATCHes of 100');
  await runConcurrently(groupCount, plan.concurrency, async (index) => {
    const ids = state.userIds.slice(index * plan.groupSize, (index + 1) * plan.groupSize).filter(Boolean);
    for (let start = 0; start < ids.length; start += 100) {
      await client.send(members, 'PATCH', `/Groups/${state.groupIds[index]}`, workload.addMembers(ids.slice(start, start + 100)));
    }
  });
  return [userResult, groupResult, members.finish({ count: plan.users, unit: 'memberships' })];
}

/** Entra's incremental cycle: department changes, string-boolean deactivations, some deletes. */
export async function incrementalCycle(client: ScimClient, plan: BenchPlan, state: BenchState): Promise<PhaseResult[]> {
  const patches = new PhaseRecorder('incremental: PATCH');
  const indices = [...Array(plan.users).keys()].filter((i) => isUpdated(i) || isDeactivated(i));
  await runConcurrently(indices.length, plan.concurrency, async (n) => {
    const index = indices[n];
    const body = isUpdated(index) ? workload.replaceDepartment(index) : workload.DEACTIVATE;
    await client.send(patches, 'PATCH', `/Users/${state.userIds[index]}`, body);
  });
  const patchResult = patches.finish();
  const deletes = new PhaseRecorder('incremental: DELETE');
  const doomed = [...Array(plan.users).keys()].filter(isDeleted);
  await runConcurrently(doomed.length, plan.concurrency, async (n) => {
    await client.send(deletes, 'DELETE', `/Users/${state.userIds[doomed[n]]}`, undefined, [204]);
  });
  return [patchResult, deletes.finish()];
}

/** The n-th read's user: a prime stride, so consecutive reads land far apart in the table. */
const spread = (n: number, users: number) => (n * 7919) % users;

/** `reads` filtered GETs by userName among the first `users` users, each of which exists. */
export async function filterByUserName(client: ScimClient, phase: string, plan: Pick<BenchPlan, 'users' | 'reads' | 'concurrency'>): Promise<PhaseResult> {
  const recorder = new PhaseRecorder(phase);
  await runConcurrently(plan.reads, plan.concurrency, async (n) => {
    await client.send(recorder, 'GET', `/Users${filterQuery(`userName eq "${workload.userName(spread(n, plan.users))}"`)}`);
  });
  return recorder.finish();
}

/** Lookups as both IdPs make them, and list paging. */
export async function reads(client: ScimClient, plan: BenchPlan): Promise<PhaseResult[]> {
  const userNameResult = await filterByUserName(client, 'reads: filter userName', plan);
  const byExternalId = new PhaseRecorder('reads: filter externalId');
  await runConcurrently(plan.reads, plan.concurrency, async (n) => {
    await client.send(byExternalId, 'GET', `/Users${filterQuery(`externalId eq "${workload.externalId(spread(n, plan.users))}"`)}`);
  });
  const externalIdResult = byExternalId.finish();
  const pages = new PhaseRecorder('reads: list pages of 100');
  const pageCount = Math.min(200, Math.ceil(plan.users / 100));
  await runConcurrently(pageCount, plan.concurrency, async (n) => {
    await client.send(pages, 'GET', `/Users?startIndex=${n * 100 + 1}&count=100`);
  });
  return [userNameResult, externalIdResult, pages.finish()];
}

/** One very large group: filled in PATCHes of 100, then read the way Entra reads groups (without members). */
export async function bigGroup(client: ScimClient, plan: BenchPlan, state: BenchState): Promise<PhaseResult[]> {
  const setup = new PhaseRecorder('big group: create');
  const created = await client.send(setup, 'POST', '/Groups', { ...workload.entraGroup(1_000_000), displayName: 'Bench Everyone' }, [201]);
  state.bigGroupId = String(created.body?.id ?? '');
  const live = state.userIds.filter((id, index) => id && !isDeleted(index));
  const members = live.slice(0, plan.bigGroupMembers);
  const adds = new PhaseRecorder(`big group: add ${members.length} members`);
  const batches = Math.ceil(members.length / 100);
  await runConcurrently(batches, plan.concurrency, async (n) => {
    await client.send(adds, 'PATCH', `/Groups/${state.bigGroupId}`, workload.addMembers(members.slice(n * 100, (n + 1) * 100)));
  });
  const addResult = adds.finish({ count: members.length, unit: 'memberships' });
  const gets = new PhaseRecorder('big group: GET excludedAttributes=members');
  await runConcurrently(500, plan.concurrency, async () => {
    await client.send(gets, 'GET', `/Groups/${state.bigGroupId}?excludedAttributes=members`);
  });
  return [addResult, gets.finish()];
}
