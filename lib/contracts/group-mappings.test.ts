import { describe, expect, it } from 'vitest';
import { createMappingBodySchema, describeMappingPreview, mappingChangeBodySchema } from './group-mappings';

const ROLE = '0191d4a0-0000-7000-8000-000000000001';
const GROUP = '0191d4a0-0000-7000-8000-000000000002';
const effect = (roleName: string, userCount: number) => ({ roleId: ROLE, roleName, userCount });

describe('describeMappingPreview', () => {
  it.each([
    [{ gains: [effect('Owner', 14)], losses: [effect('Viewer', 2)], pendingNames: [] }, '14 users gain Owner, 2 users lose Viewer'],
    [{ gains: [effect('Owner', 1)], losses: [effect('Viewer', 1)], pendingNames: [] }, '1 user gains Owner, 1 user loses Viewer'],
    [{ gains: [], losses: [], pendingNames: [] }, "No user's roles change"],
  ])('%j → %s', (preview, text) => {
    expect(describeMappingPreview(preview)).toBe(text);
  });
});

describe('mapping contracts', () => {
  it.each([
    [{ roleId: ROLE, groupId: GROUP }, true],
    [{ roleId: ROLE, groupDisplayName: '  Finance  ' }, true],
    [{ roleId: ROLE }, false],
    [{ roleId: ROLE, groupId: GROUP, groupDisplayName: 'Finance' }, false],
    [{ roleId: ROLE, groupDisplayName: '   ' }, false],
    [{ roleId: 'owner', groupId: GROUP }, false],
  ])('%j valid: %s', (body, isValid) => {
    expect(createMappingBodySchema.safeParse(body).success).toBe(isValid);
  });

  it('trims a pre-mapped name and refuses an empty change', () => {
    expect(createMappingBodySchema.parse({ roleId: ROLE, groupDisplayName: '  Finance ' }).groupDisplayName).toBe('Finance');
    expect(mappingChangeBodySchema.safeParse({}).error?.issues[0].message).toMatch(/The change is empty/);
  });
});
