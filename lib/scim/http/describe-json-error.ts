/**
 * What was wrong with a body JSON.parse refused, without any of its text: V8's messages quote the input around
 * the fault (`Unexpected token 'h', "hunter2" is not valid JSON`), which may be a password. Only the position is kept.
 */
export function describeJsonSyntaxError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/^Unexpected end of JSON input/.test(message)) return 'The body is not valid JSON: it ends too early.';
  const position = /\bat position (\d+)/.exec(message)?.[1];
  return position === undefined
    ? 'The body is not valid JSON: it has an unexpected character.'
    : `The body is not valid JSON: unexpected character at position ${position}.`;
}
