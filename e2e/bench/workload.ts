const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'IT', 'Legal', 'Operations', 'Support'];
const REGIONS = ['Europe', 'Americas', 'Asia Pacific'];

export function userName(index: number): string {
  return `bench.user${index}@contoso.example`;
}

export function externalId(index: number): string {
  return `ext-${index.toString(16).padStart(8, '0')}`;
}

export function groupName(index: number): string {
  return `Bench Group ${index}`;
}

export function department(index: number, updated = false): string {
  return updated ? `${DEPARTMENTS[index % DEPARTMENTS.length]} Platform` : DEPARTMENTS[index % DEPARTMENTS.length];
}

/** The user Entra's provisioning service POSTs, with the enterprise extension. */
export function entraUser(index: number): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
    externalId: externalId(index),
    userName: userName(index),
    active: true,
    displayName: `Bench User ${index}`,
    name: { formatted: `Bench User ${index}`, givenName: 'Bench', familyName: `User${index}` },
    emails: [{ primary: true, type: 'work', value: userName(index) }],
    addresses: [{ type: 'work', region: REGIONS[index % REGIONS.length], country: 'DE', primary: false }],
    title: 'Engineer',
    [ENTERPRISE]: { employeeNumber: String(100000 + index), department: department(index) },
  };
}

export function entraGroup(index: number): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
    externalId: `grp-${index}`,
    displayName: groupName(index),
    members: [],
  };
}

export function addMembers(ids: string[]): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
    Operations: [{ op: 'Add', path: 'members', value: ids.map((value) => ({ value })) }],
  };
}

export function replaceDepartment(index: number): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
    Operations: [{ op: 'Replace', path: `${ENTERPRISE}:department`, value: department(index, true) }],
  };
}

export const DEACTIVATE = {
  schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
  Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
};

export { ENTERPRISE };
