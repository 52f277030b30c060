import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { appFields } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { invalidateFieldCache } from '@/lib/fields/field-cache';
import { SCHEMA_URNS } from '@/lib/scim';
import { loadGroupRegistry, loadMappedFields, loadUserRegistry } from './load-registry';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const rosterAttributes = async () =>
  (await loadUserRegistry(database.db)).schema(SCHEMA_URNS.rosterUser)?.attributes.map((attribute) => attribute.name);

describe('loadUserRegistry', () => {
  it('advertises in Roster\'s extension exactly the fields whose path is in it, and caches until invalidated', async () => {
    expect(await rosterAttributes()).toEqual([]);
    expect((await loadMappedFields(database.db)).map((field) => field.machineName)).toContain('user_region');

    await database.db.insert(appFields).values([
      { machineName: 'cost_center', label: 'Cost Center', type: 'text', scimPath: `${SCHEMA_URNS.rosterUser}:cost_center`, position: 5 },
      { machineName: 'grade', label: 'Grade', type: 'list', scimPath: `${SCHEMA_URNS.rosterUser.toUpperCase()}:Grade`, position: 6 },
      { machineName: 'division', label: 'Division', type: 'list', scimPath: `${SCHEMA_URNS.enterpriseUser}:division`, position: 7 },
    ]);
    expect(await rosterAttributes()).toEqual([]);

    invalidateFieldCache();
    expect(await rosterAttributes()).toEqual(['cost_center', 'Grade']);
    expect((await loadMappedFields(database.db)).map((field) => field.machineName)).toEqual(
      expect.arrayContaining(['cost_center', 'grade', 'division']),
    );
  });

  it('builds the Group registry once, without extensions', () => {
    expect(loadGroupRegistry()).toBe(loadGroupRegistry());
    expect(loadGroupRegistry().schemas().map((schema) => schema.id)).toEqual([SCHEMA_URNS.coreGroup]);
  });
});
