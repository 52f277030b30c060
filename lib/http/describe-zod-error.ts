import type { ZodError } from 'zod';

/** The first problem as "field.path: message", so the reader knows which input to fix. */
export function describeZodError(error: ZodError, where?: string): string {
  const [issue] = error.issues;
  if (!issue) return 'The request is not valid.';
  const path = issue.path.map(String).join('.');
  const label = path || where;
  return label ? `${label}: ${issue.message}` : issue.message;
}
