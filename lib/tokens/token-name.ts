import { DomainError } from '@/lib/errors/domain-error';

const MAX_NAME_LENGTH = 100;

/** The trimmed name, or a 400 that says what a good name looks like (SCIM tokens and API keys alike). */
export function normalizeTokenName(name: unknown, kind: { noun: string; example: string } = { noun: 'token', example: 'Entra ID production' }): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0) throw DomainError.about('name', 'invalid_input', `Give the ${kind.noun} a name, for example "${kind.example}".`);
  if (trimmed.length > MAX_NAME_LENGTH) throw DomainError.about('name', 'invalid_input', `Keep the name under ${MAX_NAME_LENGTH + 1} characters.`);
  return trimmed;
}
