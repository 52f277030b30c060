import { describe, expect, it } from 'vitest';
import type { AttributePath } from '../filter/ast';
import { formatAttributePath, parseAttributePath } from './attribute-path';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('parseAttributePath (RFC 7644 §3.10)', () => {
  const valid: [string, AttributePath][] = [
    ['userName', { attribute: 'userName' }],
    ['USERNAME', { attribute: 'USERNAME' }],
    ['name.givenName', { attribute: 'name', subAttribute: 'givenName' }],
    ['meta.lastModified', { attribute: 'meta', subAttribute: 'lastModified' }],
    ['members.$ref', { attribute: 'members', subAttribute: '$ref' }],
    ['x-custom_attr2', { attribute: 'x-custom_attr2' }],
    [`${ENTERPRISE}:employeeNumber`, { schema: ENTERPRISE, attribute: 'employeeNumber' }],
    [`${ENTERPRISE}:manager.value`, { schema: ENTERPRISE, attribute: 'manager', subAttribute: 'value' }],
    ['urn:ietf:params:scim:schemas:core:2.0:User:name.familyName', { schema: 'urn:ietf:params:scim:schemas:core:2.0:User', attribute: 'name', subAttribute: 'familyName' }],
    ['URN:roster:params:scim:schemas:extension:roster:2.0:User:costCode', { schema: 'URN:roster:params:scim:schemas:extension:roster:2.0:User', attribute: 'costCode' }],
  ];

  it.each(valid)('%s', (text, expected) => {
    expect(parseAttributePath(text)).toEqual(expected);
    expect(formatAttributePath(expected)).toBe(text);
  });

  const invalid: [string, string][] = [
    ['', 'path: the attribute path is empty'],
    ['name.givenName.first', "path: 'name.givenName.first' nests too deeply: an attribute path has at most one sub-attribute"],
    ['name.', "path: '' is not a valid attribute name in 'name.'"],
    ['.name', "path: '' is not a valid attribute name in '.name'"],
    ['1name', "path: '1name' is not a valid attribute name in '1name'"],
    ['user name', "path: 'user name' is not a valid attribute name in 'user name'"],
    ['emails[type eq "work"]', `path: 'emails[type eq "work"]' is not a valid attribute name in 'emails[type eq "work"]'`],
    ['enterprise:2.0:User:employeeNumber', "path: 'enterprise:2.0:User:employeeNumber' contains ':' but does not start with a schema URN ('urn:…')"],
    [`${ENTERPRISE}:`, `path: '${ENTERPRISE}:' names a schema URN but no attribute after it`],
    ['urn::x:User:name', "path: 'urn::x:User:name' has an empty segment in its schema URN"],
  ];

  it.each(invalid)('rejects %j with 400 invalidPath', (text, detail) => {
    expect(() => parseAttributePath(text)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidPath', detail }));
  });
});
