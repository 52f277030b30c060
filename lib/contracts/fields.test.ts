import { describe, expect, it } from 'vitest';
import { registerFieldBodySchema, updateFieldBodySchema } from './fields';

const valid = {
  machineName: 'cost_center',
  label: 'Cost Center',
  type: 'list',
  scimPath: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter',
  samlClaim: '',
};

describe('registerFieldBodySchema', () => {
  it.each([
    ['Cost_Center', /Start the machine name with a lowercase letter/],
    ['cost-center', /lowercase letters, digits and underscores only/],
    ['cost center', /lowercase letters, digits and underscores only/],
    ['1cost', /Start the machine name with a lowercase letter/],
    ['_cost', /Start the machine name with a lowercase letter/],
    ['kostenstelle_ä', /lowercase letters, digits and underscores only/],
    ['x', /at least 2 characters/],
    ['a'.repeat(64), /63 characters or fewer/],
    ['', /Enter a machine name/],
  ])('refuses the machine name %j', (machineName, message) => {
    const result = registerFieldBodySchema.safeParse({ ...valid, machineName });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['machineName'], message: expect.stringMatching(message) });
  });

  it('leaves a blank SCIM path to the server, which reads the value from the Roster extension', () => {
    expect(registerFieldBodySchema.parse({ ...valid, scimPath: '  ' }).scimPath).toBeNull();
  });

  it.each(['cost_center', 'cc', 'region2', 'user_organizational_unit'])('accepts the machine name %j', (machineName) => {
    expect(registerFieldBodySchema.safeParse({ ...valid, machineName }).success).toBe(true);
  });

  it('turns a blank SAML claim into null and keeps a claim URI', () => {
    expect(registerFieldBodySchema.parse(valid).samlClaim).toBeNull();
    const claim = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department';
    expect(registerFieldBodySchema.parse({ ...valid, samlClaim: claim }).samlClaim).toBe(claim);
  });

  it.each([
    [{ samlClaim: 'department' }, 'samlClaim'],
    [{ type: 'dropdown' }, 'type'],
    [{ scimPath: 'x'.repeat(301) }, 'scimPath'],
    [{ label: '' }, 'label'],
  ])('refuses %j at %s', (change, field) => {
    const result = registerFieldBodySchema.safeParse({ ...valid, ...change });
    expect(result.error?.issues[0].path).toEqual([field]);
  });
});

describe('updateFieldBodySchema', () => {
  it('needs at least one change', () => {
    expect(updateFieldBodySchema.safeParse({}).success).toBe(false);
  });

  it('does not accept a machine name change', () => {
    expect(updateFieldBodySchema.parse({ label: 'Cost centre', machineName: 'other' })).toEqual({ label: 'Cost centre' });
  });
});
