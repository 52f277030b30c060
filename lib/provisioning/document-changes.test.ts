import { describe, expect, it } from 'vitest';
import { createUserRegistry } from '@/lib/scim';
import { documentChanges } from './document-changes';

const registry = createUserRegistry([]);
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('documentChanges (audit change list of a SCIM write)', () => {
  it('lists every attribute of a create, values as sent, extension attributes under their URN', () => {
    const after = { userName: 'ada@contoso.example', name: { givenName: 'Ada' }, title: 'Bearer of news', [ENTERPRISE]: { department: 'R&D' } };
    expect(documentChanges(null, after, registry)).toEqual([
      { field: 'userName', old: null, new: 'ada@contoso.example' },
      { field: 'name.givenName', old: null, new: 'Ada' },
      { field: 'title', old: null, new: 'Bearer of news' },
      { field: `${ENTERPRISE}:department`, old: null, new: 'R&D' },
    ]);
  });

  it('masks what the schema says is write-only or never returned, and unknown attributes with a credential name', () => {
    const changes = documentChanges({ password: 'old' }, { password: 'hunter2', apiKey: 'k-1', favouriteColour: 'teal' }, registry);
    expect(changes).toEqual([
      { field: 'password', old: '[redacted]', new: '[redacted]' },
      { field: 'apiKey', old: null, new: '[redacted]' },
      { field: 'favouriteColour', old: null, new: 'teal' },
    ]);
  });

  it('without a registry leaves the values to lib/audit, which redacts them all', () => {
    expect(documentChanges(null, { password: 'hunter2' }, undefined)).toEqual([{ field: 'password', old: null, new: 'hunter2' }]);
  });
});
