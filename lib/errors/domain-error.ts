/**
 * The ways a domain rule refuses, named for the domain rather than a protocol. `lib/http` answers them as
 * `{ error: { code, message, field? } }` with a status, the CLIs as an exit code and a line on stderr.
 */
export type DomainErrorKind = 'invalid_input' | 'not_found' | 'conflict' | 'forbidden' | 'busy';

/** A refusal a service throws: a sentence for a person, and the input it is about when there is one. */
export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  field?: string;
  /** For `busy`: how long to wait before trying again. */
  retryAfterSeconds?: number;

  /** A refusal about one input: `DomainError.about('name', 'conflict', 'A role named "Admin" already exists.')`. */
  static about(field: string | undefined, kind: DomainErrorKind, message: string): DomainError {
    const error = new DomainError(kind, message);
    error.field = field;
    return error;
  }

  constructor(kind: DomainErrorKind, message: string, options: { retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
