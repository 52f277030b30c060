import { ApiError } from '@/lib/http/api-error';

const MAX_NAME_LENGTH = 100;

/** The trimmed name, or a 400 that says what a good name looks like. */
export function normalizeTokenName(name: unknown): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0) throw ApiError.about('name', 'bad_request', 'Give the token a name, for example "Entra ID production".');
  if (trimmed.length > MAX_NAME_LENGTH) throw ApiError.about('name', 'bad_request', `Keep the name under ${MAX_NAME_LENGTH + 1} characters.`);
  return trimmed;
}
