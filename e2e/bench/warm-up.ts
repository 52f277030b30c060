import { filterQuery, type ScimClient } from './http-client';
import { provisionUser } from './phases';
import { PhaseRecorder, runConcurrently, type PhaseResult } from './stats';
import * as workload from './workload';

/** Throwaway users and groups; indexes far above any measured size, so no name or externalId is shared. */
const FIRST_INDEX = 50_000_000;
const USERS = 1_500;
const GROUP_SIZE = 100;

/**
 * Every request kind of the measured phases, on throwaway users and groups that are deleted again before the first
 * measured phase. A fresh server spends its first several thousand requests in V8's optimising compiler, and its
 * PostgreSQL connections in their first plans and catalog lookups: measured, the first 2,500 filtered GETs cost
 * 0.79 ms of server CPU each and the steady state 0.29 (docs/PERFORMANCE.md). A phase of 2,500 PATCHes at 10,000
 * users would then measure the warm-up, not the path. The warm-up's own row is printed, so the cold cost stays visible.
 */
export async function warmUp(client: ScimClient, concurrency: number): Promise<PhaseResult> {
  const recorder = new PhaseRecorder(`warm-up: every request kind on ${USERS} throwaway users, deleted again (not a target)`);
  const userIds: string[] = [];
  await runConcurrently(USERS, concurrency, async (n) => {
    const index = FIRST_INDEX + n;
    userIds[n] = await provisionUser(client, recorder, index);
    await client.send(recorder, 'GET', `/Users${filterQuery(`externalId eq "${workload.externalId(index)}"`)}`);
    await client.send(recorder, 'PATCH', `/Users/${userIds[n]}`, workload.replaceDepartment(index));
    await client.send(recorder, 'PATCH', `/Users/${userIds[n]}`, workload.DEACTIVATE);
  });
  const groupCount = USERS / GROUP_SIZE;
  await runConcurrently(groupCount, concurrency, async (n) => {
    const index = FIRST_INDEX + n;
    await client.send(recorder, 'GET', `/Groups${filterQuery(`displayName eq "${workload.groupName(index)}"`, '&excludedAttributes=members')}`);
    const created = await client.send(recorder, 'POST', '/Groups', workload.entraGroup(index), [201]);
    const groupId = String(created.body?.id ?? '');
    await client.send(recorder, 'PATCH', `/Groups/${groupId}`, workload.addMembers(userIds.slice(n * GROUP_SIZE, (n + 1) * GROUP_SIZE)));
    await client.send(recorder, 'GET', `/Groups/${groupId}?excludedAttributes=members`);
    await client.send(recorder, 'GET', `/Users?startIndex=${n * GROUP_SIZE + 1}&count=${GROUP_SIZE}`);
    await client.send(recorder, 'DELETE', `/Groups/${groupId}`, undefined, [204]);
  });
  await runConcurrently(USERS, concurrency, async (n) => {
    await client.send(recorder, 'DELETE', `/Users/${userIds[n]}`, undefined, [204]);
  });
  return recorder.finish({ count: USERS, unit: 'users' });
}
