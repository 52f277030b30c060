import { describe, expect, it } from 'vitest';
import { stepKeyParamsSchema, updateStepBodySchema } from './onboarding';

describe('updateStepBodySchema', () => {
  it.each([
    [{ state: 'done' }, true],
    [{ note: 'Call on Monday' }, true],
    [{ state: 'blocked', blockedReason: 'Waiting for the document' }, true],
    [{ state: 'in_progress', blockedReason: 'ignored unless blocked' }, true],
    [{}, false, 'state', 'Send a new state, a note, or both'],
    [{ state: 'blocked' }, false, 'blockedReason', 'Say what blocks the step'],
    [{ state: 'blocked', blockedReason: '   ' }, false, 'blockedReason', 'Say what blocks the step'],
    [{ state: 'finished' }, false, 'state', 'state must be open, in_progress, done or blocked'],
    [{ state: 'done', changedBy: 'someone' }, false, '', 'Unrecognized key'],
    [{ note: 'x'.repeat(2001) }, false, 'note', 'Keep the note under 2000 characters'],
  ])('%o → valid %s', (body, isValid, path?: string, message?: string) => {
    const result = updateStepBodySchema.safeParse(body);
    expect(result.success).toBe(isValid);
    if (!result.success) {
      expect(result.error.issues[0].path.join('.')).toBe(path);
      expect(result.error.issues[0].message).toContain(message);
    }
  });
});

it('stepKeyParamsSchema accepts only catalogue keys', () => {
  expect(stepKeyParamsSchema.safeParse({ key: 'saml_integration' }).success).toBe(true);
  expect(stepKeyParamsSchema.safeParse({ key: 'drop table' }).error?.issues[0].message).toBe('Unknown onboarding step');
});
