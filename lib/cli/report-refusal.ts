import { DomainError, type DomainErrorKind } from '@/lib/errors/domain-error';

/** Exit status per refusal, so a script can tell "fix the input" from "it already exists" or "try again later". */
const EXIT_CODE: Record<DomainErrorKind, number> = {
  invalid_input: 1,
  not_found: 2,
  conflict: 3,
  forbidden: 4,
  busy: 5,
};

/**
 * Reports a service's refusal on stderr as `<command>: <field>: <message>` and sets the exit status for its kind;
 * anything else is rethrown, for the command's crash handler.
 */
export function reportRefusal(command: string, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  const about = error.field ? `${error.field}: ` : '';
  console.error(`${command}: ${about}${error.message}`);
  process.exitCode = EXIT_CODE[error.kind];
}
