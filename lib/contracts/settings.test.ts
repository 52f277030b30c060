import { describe, expect, it } from 'vitest';
import { applicationDomainBodySchema, tenantUrl, tokenPolicyBodySchema, updateSettingsBodySchema } from './settings';

describe('application domain', () => {
  it.each([
    ['https://acme.example.com', 'Enter the domain without "https://": for example acme.example.com'],
    ['http://acme.example.com/scim/v2', 'Enter the domain without "http://": for example acme.example.com'],
    ['acme.example.com/scim/v2', 'Enter the domain without a path: for example acme.example.com'],
    ['acme example.com', 'The domain cannot contain spaces'],
    ['acme_corp.example.com', 'Enter a domain name such as acme.example.com (letters, digits, hyphens and dots)'],
    ['-acme.example.com', 'Enter a domain name such as acme.example.com (letters, digits, hyphens and dots)'],
    ['', 'Enter the application domain, for example acme.example.com'],
  ])('%j is refused with a message naming the fix', (applicationDomain, message) => {
    const result = applicationDomainBodySchema.safeParse({ applicationDomain });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['applicationDomain'], message });
  });

  it.each([
    ['acme.example.com', 'acme.example.com'],
    ['  Acme.Live.Itonics.de ', 'acme.live.itonics.de'],
    ['localhost:3000', 'localhost:3000'],
  ])('%j is accepted as %j', (input, expected) => {
    expect(applicationDomainBodySchema.parse({ applicationDomain: input })).toEqual({ applicationDomain: expected });
  });

  it('builds the tenant URL the IdP guide shows', () => {
    expect(tenantUrl('acme.example.com')).toBe('https://acme.example.com/scim/v2');
  });
});

describe('settings bodies', () => {
  it('refuses a default expiry longer than the maximum', () => {
    const result = tokenPolicyBodySchema.safeParse({ tokenExpiryDefaultDays: 400, tokenExpiryMaxDays: 365, auditRetentionDays: 90 });
    expect(result.error?.issues[0]).toMatchObject({ path: ['tokenExpiryDefaultDays'] });
  });

  it.each([
    [{}, /at least one setting/],
    [{ deleteMode: 'archive' }, /what a DELETE/],
    [{ auditRetentionDays: 0 }, /at least 1 day/],
    [{ tokenExpiryMaxDays: 1.5 }, /whole number/],
    [{ userConfigurationSavedAt: '2025-01-01' }, /userConfigurationSavedAt/],
  ])('refuses %j', (body, message) => {
    const result = updateSettingsBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });

  it('accepts a partial update and clearing the domain', () => {
    expect(updateSettingsBodySchema.parse({ deleteMode: 'deactivate', applicationDomain: null })).toEqual({
      deleteMode: 'deactivate',
      applicationDomain: null,
    });
  });
});
