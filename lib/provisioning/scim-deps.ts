import { v7 as uuidv7 } from 'uuid';
import { getDb } from '@/db/client';
import type { Database } from '@/db/database';
import { CONNECTION_TEST_HEADER, isSignedConnectionTest } from '@/lib/onboarding/connection-test-signature';
import { verifyBearerToken } from '@/lib/tokens/verify-bearer-token';
import type { ScimDeps } from '@/lib/scim';
import { createScimAuditSink } from './scim-audit-sink';
import { createUnitOfWork } from './unit-of-work';

/** The engine's ports for Roster: drizzle stores, lib/tokens, the Test connection signature, lib/audit, the system clock. Tests pass their own database. */
export async function scimDeps(db?: Database): Promise<ScimDeps> {
  const database = db ?? (await getDb());
  return {
    tokens: { verify: (input) => verifyBearerToken(database, input) },
    // The one place a request is recognised as the console's Test connection, whichever adapter it came through.
    connectionTests: { isConnectionTest: (headers, now) => isSignedConnectionTest(headers[CONNECTION_TEST_HEADER], now) },
    unitOfWork: createUnitOfWork(database),
    audit: createScimAuditSink(database, { kind: 'group-commit' }),
    clock: { now: () => new Date() },
    // Time-ordered ids keep inserts at the right edge of the primary-key index and match (created_at, id) order.
    ids: { newId: () => uuidv7() },
    logger: { error: (message, context) => console.error(`[scim] ${message}`, context) },
  };
}
