/**
 * Replays a recorded IdP exchange (a transcript) against a SCIM server and reports every difference.
 * Both runners use it: Vitest through handleScimRequest with real stores, Playwright over HTTP.
 *
 * In a transcript, `{{name}}` in a path, header or body is replaced by a value captured earlier (or by `run`,
 * unique per replay, so transcripts can share a server). In an expected body, `{{name}}` must equal the captured
 * value, `{{any}}` matches any present value and `{{absent}}` requires the key to be missing; objects match as
 * subsets, arrays element by element with equal length.
 */
export type TranscriptStep = {
  name: string;
  request: { method: string; path: string; headers?: Record<string, string>; body?: unknown };
  expect: { status: number; headers?: Record<string, string>; body?: unknown };
  /** variable → dotted path in the response body (`id`, `Resources.0.id`) or `header:<name>`. */
  capture?: Record<string, string>;
};

export type Transcript = { title: string; idp: 'entra' | 'okta'; sources: string[]; steps: TranscriptStep[] };

export type ReplayResponse = { status: number; headers: Record<string, string>; body: unknown };
export type ReplaySend = (request: { method: string; path: string; headers: Record<string, string>; body?: unknown }) => Promise<ReplayResponse>;

type Variables = Map<string, string>;

function fill(value: unknown, variables: Variables): unknown {
  if (typeof value === 'string') {
    return value.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => variables.get(name) ?? whole);
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, variables));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [fill(key, variables) as string, fill(item, variables)]));
  }
  return value;
}

function compare(expected: unknown, actual: unknown, where: string, variables: Variables, problems: string[]): void {
  if (expected === '{{any}}') {
    if (actual === undefined) problems.push(`${where}: expected a value, found none`);
    return;
  }
  if (typeof expected === 'string') {
    const filled = fill(expected, variables);
    if (filled !== actual) problems.push(`${where}: expected ${JSON.stringify(filled)}, got ${JSON.stringify(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      problems.push(`${where}: expected ${expected.length} element(s), got ${JSON.stringify(actual)?.slice(0, 300)}`);
      return;
    }
    expected.forEach((item, index) => compare(item, actual[index], `${where}[${index}]`, variables, problems));
    return;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') {
      problems.push(`${where}: expected an object, got ${JSON.stringify(actual)}`);
      return;
    }
    for (const [key, item] of Object.entries(expected)) {
      const actualValue = (actual as Record<string, unknown>)[fill(key, variables) as string];
      if (item === '{{absent}}') {
        if (actualValue !== undefined) problems.push(`${where}.${key}: expected no value, got ${JSON.stringify(actualValue)}`);
      } else compare(item, actualValue, `${where}.${key}`, variables, problems);
    }
    return;
  }
  if (expected !== actual) problems.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function pick(response: ReplayResponse, path: string): string | undefined {
  if (path.startsWith('header:')) return response.headers[path.slice('header:'.length).toLowerCase()];
  let current: unknown = response.body;
  for (const part of path.split('.')) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  return current === undefined || current === null ? undefined : String(current);
}

/** Runs every step in order; returns the problems found (empty when the server behaved as recorded). */
export async function replayTranscript(transcript: Transcript, send: ReplaySend, run: string): Promise<string[]> {
  const variables: Variables = new Map([['run', run]]);
  const problems: string[] = [];
  for (const step of transcript.steps) {
    const request = fill(step.request, variables) as TranscriptStep['request'];
    const response = await send({ method: request.method, path: request.path, headers: request.headers ?? {}, body: request.body });
    const before = problems.length;
    const label = `${transcript.title} › ${step.name}`;
    if (response.status !== step.expect.status) {
      problems.push(`${label}: status ${response.status}, expected ${step.expect.status}: ${JSON.stringify(response.body)?.slice(0, 400)}`);
    }
    for (const [name, value] of Object.entries(step.expect.headers ?? {})) {
      compare(value, response.headers[name.toLowerCase()], `${label}: header ${name}`, variables, problems);
    }
    if (step.expect.body !== undefined) compare(step.expect.body, response.body, `${label}: body`, variables, problems);
    for (const [name, path] of Object.entries(step.capture ?? {})) {
      const value = pick(response, path);
      if (value === undefined) problems.push(`${label}: nothing to capture at ${path} for {{${name}}}`);
      else variables.set(name, value);
    }
    if (problems.length > before && problems.length > 20) break;
  }
  return problems;
}
