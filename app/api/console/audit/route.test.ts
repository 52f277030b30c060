import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { callRoute, refusal } from '../test-requests';
import { GET as getEvent } from './[id]/route';
import { GET as activity } from './activity/route';
import { GET as exportCsv } from './export/route';
import { GET } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const MANAGER: ConsoleActor = { id: 'manager-1', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };
const TOKEN = { type: 'token' as const, id: '0191d4a0-0000-7000-8000-0000000000aa', name: 'Entra production' };
const at = (hour: number) => new Date(Date.UTC(2030, 0, 1, hour, 30));

beforeAll(async () => {
  database.current = await createTestDatabase();
  const { db } = database.current;
  const events = [
    { operation: 'user.create', outcome: 'success', hour: 1, resourceName: 'alice@contoso.example' },
    { operation: 'user.create', outcome: 'failure', hour: 1, resourceName: 'bob@contoso.example', error: 'userName is taken', status: 409 },
    { operation: 'group.members.add', outcome: 'success', hour: 3, resourceName: 'Sales' },
    { operation: 'user.update', outcome: 'success', hour: 3, resourceName: 'alice@contoso.example', changes: [{ field: 'title', old: 'Dev', new: 'Lead' }] },
  ] as const;
  for (const event of events) {
    await recordAuditEvent(db, {
      operation: event.operation,
      outcome: event.outcome,
      actor: TOKEN,
      tokenId: TOKEN.id,
      method: 'POST',
      path: '/scim/v2/Users',
      resourceType: event.operation.startsWith('group') ? 'Group' : 'User',
      resourceName: event.resourceName,
      occurredAt: at(event.hour),
      ...('error' in event ? { error: event.error, status: event.status } : { status: 201 }),
      ...('changes' in event ? { changes: [...event.changes] } : {}),
    });
  }
});
afterAll(() => database.current?.close());
beforeEach(() => vi.mocked(getConsoleSession).mockResolvedValue(MANAGER));

const list = (search: string) => callRoute(GET, { search });
const operations = async (search: string) => ((await list(search)).body.events as { operation: string }[]).map((event) => event.operation);

describe('/api/console/audit (owner and success manager)', () => {
  it('lists newest first for a success manager', async () => {
    expect(await operations('')).toEqual(['user.update', 'group.members.add', 'user.create', 'user.create']);
  });

  it.each([
    ['outcome', '?outcome=failure', ['user.create']],
    ['operation', '?operation=group.members.add', ['group.members.add']],
    ['resource type', '?resourceType=Group', ['group.members.add']],
    ['time range', `?from=${at(0).toISOString()}&to=${at(2).toISOString()}`, ['user.create', 'user.create']],
    ['token name', '?actor=entra%20production', ['user.update', 'group.members.add', 'user.create', 'user.create']],
    ['free text', '?text=TAKEN', ['user.create']],
    ['blank parameters (cleared filters)', '?outcome=&text=&operation=', ['user.update', 'group.members.add', 'user.create', 'user.create']],
  ])('filters by %s', async (_case, search, expected) => {
    expect(await operations(search)).toEqual(expected);
  });

  it('pages with a cursor', async () => {
    const first = await list('?limit=3');
    expect(first.body.events).toHaveLength(3);
    const rest = await list(`?limit=3&cursor=${first.body.nextCursor}`);
    expect(rest.body).toMatchObject({ events: [{ operation: 'user.create', outcome: 'success' }], nextCursor: null });
  });

  it.each([
    ['an unknown outcome', '?outcome=maybe', /^outcome: /],
    ['an unknown operation', '?operation=user.explode', /^operation: /],
    ['a date that is not a date', '?from=yesterday', /^from: /],
    ['a range ending before it starts', `?from=${at(5).toISOString()}&to=${at(1).toISOString()}`, /^to: From must be before to/],
    ['a limit over 200', '?limit=500', /^limit: /],
    ['a forged cursor', '?cursor=abc', /^cursor: /],
  ])('refuses %s with a 400', async (_case, search, message) => {
    const answer = await list(search);
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toMatch(message);
  });

  it('shows one entry with its changes, and 404 for an unknown one', async () => {
    const [latest] = (await list('?limit=1')).body.events;
    const detail = await callRoute(getEvent, { params: { id: String(latest.id) } });
    expect(detail.body.event).toMatchObject({ operation: 'user.update', changes: [{ field: 'title', old: 'Dev', new: 'Lead' }] });
    expect((await callRoute(getEvent, { params: { id: '999999' } })).status).toBe(404);
    expect((await callRoute(getEvent, { params: { id: 'abc' } })).status).toBe(400);
  });

  it('exports the current filter as CSV', async () => {
    const answer = await callRoute(exportCsv, { search: '?outcome=failure' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toMatch(/attachment; filename="roster-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (answer.body as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^occurred_at,id,operation,outcome/);
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toContain('userName is taken');
  });

  it('counts requests and failures per hour across the range, choosing hours for a short range', async () => {
    const answer = await callRoute(activity, { search: `?from=${at(0).toISOString()}&to=${at(4).toISOString()}` });
    expect(answer.status).toBe(200);
    expect(answer.body.bucket).toBe('hour');
    expect(answer.body.buckets.map((bucket: { requests: number; failures: number }) => [bucket.requests, bucket.failures])).toEqual([
      [0, 0],
      [2, 1],
      [0, 0],
      [2, 0],
      [0, 0],
    ]);
  });

  it('chooses days for a range over two days and needs a range', async () => {
    const week = await callRoute(activity, { search: `?from=2029-12-28T00:00:00Z&to=2030-01-04T00:00:00Z` });
    expect(week.body.bucket).toBe('day');
    expect(week.body.buckets).toHaveLength(7);
    expect((await callRoute(activity)).status).toBe(400);
  });

  it('refuses an anonymous caller (401)', async () => {
    vi.mocked(getConsoleSession).mockResolvedValue(null);
    expect((await list('')).status).toBe(401);
  });
});
