import type { ZodError } from 'zod';

/** Zod's own wording ("Invalid input: expected number…") names no field; a schema's own message already says which. */
const GENERIC = /^(invalid|too (small|big)|unrecognized)/i;

/** A message as a sentence: capital first letter, closing full stop. */
export function toSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** The input the first problem is about (`name`, `expiry.days`), or `where` (body, query) when it is the whole input. */
export function zodErrorField(error: ZodError, where?: string): string | undefined {
  const [issue] = error.issues;
  const path = issue?.path.map(String).join('.');
  return path || where;
}

/**
 * The first problem as a sentence for a person. The field it concerns travels beside it (zodErrorField), so forms
 * and API clients can point at the input without a raw key in the text.
 */
export function describeZodError(error: ZodError, where?: string): string {
  const [issue] = error.issues;
  if (!issue) return 'The request is not valid.';
  const field = zodErrorField(error, where);
  if (field && GENERIC.test(issue.message)) return toSentence(`The value of “${field}” is not valid (${issue.message.replace(/^invalid input:\s*/i, '')})`);
  return toSentence(issue.message);
}
