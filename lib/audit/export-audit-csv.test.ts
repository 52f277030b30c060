import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { exportAuditCsv } from './export-audit-csv';
import { recordAuditEvent } from './record-audit-event';

let database: OpenDatabase;
const at = new Date('2030-04-01T10:00:00.000Z');

beforeAll(async () => {
  database = await createTestDatabase();
  await recordAuditEvent(database.db, {
    operation: 'user.update',
    outcome: 'failure',
    actor: { type: 'token', id: 't1', name: 'Entra, "prod"' },
    method: 'PATCH',
    path: '/scim/v2/Users/u1',
    status: 400,
    durationMs: 7,
    resourceType: 'User',
    resourceId: 'u1',
    resourceName: '=HYPERLINK("http://evil.example")',
    changes: [{ field: 'title', old: 'A', new: 'line one\nline two' }],
    error: 'value, with "quotes"',
    occurredAt: at,
  });
});
afterAll(() => database.close());

async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const records: string[] = [];
  for await (const record of iterable) records.push(record);
  return records;
}

describe('exportAuditCsv', () => {
  it('starts with the header and quotes commas, quotes, newlines and formulas', async () => {
    const records = await collect(exportAuditCsv(database.db, { resourceId: 'u1' }));
    expect(records).toHaveLength(2);
    expect(records[0]).toBe(
      'occurred_at,id,operation,outcome,actor_type,actor_name,actor_id,token_id,client_address,method,path,status,duration_ms,resource_type,resource_id,resource_name,changes,error\r\n',
    );
    expect(records[1]).toMatch(/^2030-04-01T10:00:00\.000Z,\d+,user\.update,failure,token,"Entra, ""prod""",t1,,,PATCH,\/scim\/v2\/Users\/u1,400,7,User,u1,/);
    expect(records[1]).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
    expect(records[1]).toContain(`,"title: ""A"" → ""line one\\nline two""",`);
    expect(records[1].endsWith(`,"value, with ""quotes"""\r\n`)).toBe(true);
  });

  it('streams every matching event across pages, newest first', async () => {
    await database.db.insert(auditEvents).values(
      Array.from({ length: 450 }, (_, index) => ({
        operation: 'user.read',
        outcome: 'success' as const,
        actorType: 'token' as const,
        resourceType: 'Bulk',
        resourceId: `r${index}`,
        occurredAt: new Date(at.getTime() + index * 1000),
      })),
    );
    const records = await collect(exportAuditCsv(database.db, { resourceType: 'Bulk' }));
    expect(records).toHaveLength(451);
    expect(records[1]).toContain(',r449,');
    expect(records[450]).toContain(',r0,');
    expect(new Set(records).size).toBe(451);
  });

  it('yields only the header when nothing matches', async () => {
    expect(await collect(exportAuditCsv(database.db, { text: 'nothing like this' }))).toHaveLength(1);
  });
});
