import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { renderError } from './render-error';
import { scimErrors } from './scim-error';

describe('renderError (RFC 7644 §3.12)', () => {
  it('renders a ScimError with status as a string and its scimType', () => {
    expect(renderError(scimErrors.invalidFilter('filter: expected a value after eq at position 9'))).toEqual({
      status: 400,
      headers: { 'Content-Type': 'application/scim+json' },
      body: { schemas: [SCHEMA_URNS.error], status: '400', scimType: 'invalidFilter', detail: 'filter: expected a value after eq at position 9' },
    });
  });

  it('omits scimType when there is none and keeps the error headers', () => {
    const rendered = renderError(scimErrors.tooManyRequests('Slow down.', 30));
    expect(rendered.body).toEqual({ schemas: [SCHEMA_URNS.error], status: '429', detail: 'Slow down.' });
    expect(rendered.headers['Retry-After']).toBe('30');
  });

  it.each([new Error('relation "scim_users" does not exist'), 'boom', null, { stack: 'at x' }])('renders %j as a generic 500', (thrown) => {
    const rendered = renderError(thrown);
    expect(rendered.status).toBe(500);
    expect(rendered.body).toEqual({ schemas: [SCHEMA_URNS.error], status: '500', detail: 'The server failed to process the request.' });
  });
});
