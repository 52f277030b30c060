import { describe, expect, it } from 'vitest';
import { createRoleBodySchema, updateRoleBodySchema } from './roles';

const problemOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');

describe('createRoleBodySchema', () => {
  it('trims the name and defaults the description to empty', () => {
    expect(createRoleBodySchema.parse({ name: '  Viewer ' })).toEqual({ name: 'Viewer', description: '' });
  });

  it.each([
    ['a blank name', { name: '   ' }, /^name: Enter a role name/],
    ['an 81-character name', { name: 'x'.repeat(81) }, /^name: Keep the role name to 80 characters/],
    ['a 501-character description', { name: 'Viewer', description: 'x'.repeat(501) }, /^description: Keep the description to 500/],
  ])('refuses %s', (_case, body, message) => {
    expect(problemOf(createRoleBodySchema.safeParse(body))).toMatch(message);
  });
});

describe('updateRoleBodySchema', () => {
  it('refuses a body with neither a name nor a description', () => {
    expect(problemOf(updateRoleBodySchema.safeParse({}))).toMatch(/Send a new name, a new description, or both/);
  });
});
