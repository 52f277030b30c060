import { describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/database';
import { getAuthSecret } from '@/lib/auth/auth-secret';
import { CONNECTION_TEST_HEADER, signConnectionTest } from '@/lib/onboarding/connection-test-signature';
import { scimDeps } from './scim-deps';

const SESSION_KEY = 'session-key-for-this-vitest-file-only-0123456789';
vi.mock('@/lib/auth/auth-secret', () => ({ getAuthSecret: vi.fn(() => SESSION_KEY) }));

describe('scimDeps: the console\'s Test connection', () => {
  // Building the ports touches no database, so none is opened here.
  const recognizer = async () => (await scimDeps({} as Database)).connectionTests;
  const now = new Date('2030-01-01T00:00:00Z');

  it('is recognised by its signed header, whichever adapter delivered it', async () => {
    const { isConnectionTest } = await recognizer();
    expect(isConnectionTest({ [CONNECTION_TEST_HEADER]: signConnectionTest(now, SESSION_KEY) }, now)).toBe(true);
    expect(isConnectionTest({ [CONNECTION_TEST_HEADER]: signConnectionTest(now, 'another-deployment-key-0123456789abcdef') }, now)).toBe(false);
  });

  it('reads the session key only when a request carries the header: nearly no SCIM request does', async () => {
    const { isConnectionTest } = await recognizer();
    vi.mocked(getAuthSecret).mockClear();
    expect(isConnectionTest({ authorization: 'Bearer roster_x' }, now)).toBe(false);
    expect(getAuthSecret).not.toHaveBeenCalled();
  });
});
