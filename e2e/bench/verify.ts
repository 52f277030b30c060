import type { ScimClient } from './http-client';
import { expectations, type BenchPlan, type BenchState } from './phases';
import * as workload from './workload';

/** Checks that the server holds exactly what was sent: a fast server that drops a write fails here. */
export async function verifyFinalState(client: ScimClient, plan: BenchPlan, state: BenchState): Promise<string[]> {
  const problems: string[] = [];
  const deleted = [...Array(plan.users).keys()].filter(expectations.isDeleted).length;
  const count = await client.request('GET', '/Users?count=0');
  if (count.body?.totalResults !== plan.users - deleted) {
    problems.push(`user count: expected ${plan.users - deleted}, got ${String(count.body?.totalResults)}`);
  }

  const step = Math.max(1, Math.floor(plan.users / 200));
  for (let index = 0; index < plan.users; index += step) {
    const reply = await client.request('GET', `/Users/${state.userIds[index]}`);
    if (expectations.isDeleted(index)) {
      if (reply.status !== 404) problems.push(`user ${index}: deleted but GET answered ${reply.status}`);
      continue;
    }
    const user = reply.body ?? {};
    const sent = workload.entraUser(index);
    const enterprise = (user[workload.ENTERPRISE] ?? {}) as Record<string, unknown>;
    const checks: [string, unknown, unknown][] = [
      ['userName', user.userName, sent.userName],
      ['externalId', user.externalId, sent.externalId],
      ['name.familyName', (user.name as Record<string, unknown> | undefined)?.familyName, (sent.name as Record<string, unknown>).familyName],
      ['active', user.active, !expectations.isDeactivated(index)],
      ['department', enterprise.department, workload.department(index, expectations.isUpdated(index))],
      ['employeeNumber', enterprise.employeeNumber, String(100000 + index)],
    ];
    for (const [field, actual, expected] of checks) {
      if (actual !== expected) problems.push(`user ${index} ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }

  for (let index = 0; index < state.groupIds.length; index += Math.max(1, Math.floor(state.groupIds.length / 20))) {
    const reply = await client.request('GET', `/Groups/${state.groupIds[index]}`);
    const members = (reply.body?.members as unknown[] | undefined) ?? [];
    const expected = state.userIds
      .slice(index * plan.groupSize, (index + 1) * plan.groupSize)
      .filter((id, offset) => id && !expectations.isDeleted(index * plan.groupSize + offset)).length;
    if (members.length !== expected) problems.push(`group ${index}: expected ${expected} members, got ${members.length}`);
  }
  if (state.bigGroupId) {
    const reply = await client.request('GET', `/Groups/${state.bigGroupId}`);
    const members = (reply.body?.members as unknown[] | undefined) ?? [];
    const live = state.userIds.filter((id, index) => id && !expectations.isDeleted(index)).length;
    if (members.length !== Math.min(plan.bigGroupMembers, live)) {
      problems.push(`big group: expected ${Math.min(plan.bigGroupMembers, live)} members, got ${members.length}`);
    }
  }
  return problems;
}
