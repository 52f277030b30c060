import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createUserRegistry } from '../schemas/registry';
import { parsePatchRequest } from './parse-patch-request';

const registry = createUserRegistry([]);
const parse = (body: unknown) => parsePatchRequest(body, registry);

describe('parsePatchRequest (RFC 7644 §3.5.2 PatchOp envelope)', () => {
  it.each([
    ['not an object', 'replace', 'invalidSyntax'],
    ['no schemas', { Operations: [{ op: 'add', path: 'title', value: 'x' }] }, 'invalidSyntax'],
    ['the wrong schema', { schemas: [SCHEMA_URNS.coreUser], Operations: [{ op: 'add', path: 'title', value: 'x' }] }, 'invalidSyntax'],
    ['no Operations', { schemas: [SCHEMA_URNS.patchOp] }, 'invalidSyntax'],
    ['empty Operations', { schemas: [SCHEMA_URNS.patchOp], Operations: [] }, 'invalidSyntax'],
    ['an op that is no string', { schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 1, path: 'title' }] }, 'invalidSyntax'],
    ['add without value', { schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'add', path: 'title' }] }, 'invalidValue'],
    ['path-less replace of a string', { schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'replace', value: 'x' }] }, 'invalidValue'],
    ['path-less replace with an unknown key', { schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'replace', value: { shoeSize: 9 } }] }, 'invalidPath'],
    ['path-less replace of meta', { schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'replace', value: { meta: {} } }] }, 'mutability'],
  ])('refuses %s with 400 %s', (_name, body, scimType) => {
    expect(() => parse(body)).toThrow(expect.objectContaining({ status: 400, scimType }));
  });

  it('names the failing operation by its index', () => {
    const body = { schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'add', path: 'title', value: 'x' }, { op: 'copy', path: 'title' }] };
    expect(() => parse(body)).toThrow(expect.objectContaining({ detail: expect.stringMatching(/^Operations\[1\]: op "copy"/) }));
  });

  it('splits a path-less value into one operation per attribute with canonical paths', () => {
    const operations = parse({ schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'Replace', value: { DisplayName: 'B', 'NAME.givenname': 'C' } }] });
    expect(operations.map((operation) => [operation.op, operation.path.kind === 'attribute' && operation.path.attribute.attribute.name, operation.value]))
      .toEqual([['replace', 'displayName', 'B'], ['replace', 'name', 'C']]);
  });

  it('skips a cleartext password instead of storing it', () => {
    expect(parse({ schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'replace', path: 'password', value: 'hunter2' }] })).toEqual([]);
  });

  it('ignores schemas inside a path-less value', () => {
    const operations = parse({ schemas: [SCHEMA_URNS.patchOp], Operations: [{ op: 'replace', value: { schemas: [SCHEMA_URNS.coreUser], title: 'x' } }] });
    expect(operations).toHaveLength(1);
  });
});
