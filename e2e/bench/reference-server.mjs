/**
 * The reference point of issue 11: the least a server can do for Entra's initial user cycle on this machine, run by
 * `npm run bench:reference` beside Roster's server on the same load. Bare `node:http` and the `postgres` driver, two
 * prepared statements: the filter `userName eq "…"` as one indexed SELECT, and the POST as one statement that writes
 * the user and its audit row, into Roster's own tables (so the triggers and indexes cost what they cost Roster). No
 * schema validation, no mapping, no audit of reads, no metrics: what is left of a request's cost is Node, the driver,
 * the kernel and PostgreSQL. Not a SCIM server: every other request gets 404.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, { max: 2, onnotice: () => {} });
const expectedAuthorization = `Bearer ${process.env.REFERENCE_TOKEN}`;
const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

const SELECT_BY_USER_NAME = `select id::text, document, version, created_at, updated_at from scim_users
  where lower(user_name) = lower($1) and deprovisioned_at is null order by created_at, id limit 2`;
const INSERT_USER = `with created as (
    insert into scim_users (id, user_name, external_id, active, primary_email, display_name, document)
    values ($1::uuid, $2, $3, $4::boolean, $5, $6, $7::jsonb) returning id, version, created_at, updated_at
  ), audited as (
    insert into audit_events (operation, outcome, actor_type, method, path, status, resource_type, resource_id, resource_name, changes)
    select 'user.create', 'success', 'token', 'POST', '/scim/v2/Users', 201, 'User', id::text, $2, $8::jsonb from created
  )
  select id::text, version, created_at, updated_at from created`;

function present(row, document) {
  const iso = (value) => (value instanceof Date ? value.toISOString() : value);
  return {
    ...document,
    id: row.id,
    meta: { resourceType: 'User', created: iso(row.created_at), lastModified: iso(row.updated_at), location: `/scim/v2/Users/${row.id}`, version: `W/"${row.version}"` },
  };
}

function send(response, status, body) {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/scim+json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function filterUsers(url, response) {
  const match = /^userName eq "(.*)"$/.exec(url.searchParams.get('filter') ?? '');
  if (!match) return send(response, 400, { detail: 'only userName eq' });
  const rows = await sql.unsafe(SELECT_BY_USER_NAME, [match[1]], { prepare: true });
  send(response, 200, { schemas: [LIST_RESPONSE], totalResults: rows.length, startIndex: 1, itemsPerPage: rows.length, Resources: rows.map((row) => present(row, row.document)) });
}

async function createUser(request, response) {
  const user = await readBody(request);
  const primaryEmail = (user.emails ?? []).find((email) => email.primary)?.value ?? null;
  const changes = Object.entries(user).map(([field, value]) => ({ field, old: null, new: value }));
  try {
    const [row] = await sql.unsafe(
      INSERT_USER,
      [randomUUID(), user.userName, user.externalId ?? null, String(user.active !== false), primaryEmail, user.displayName ?? null, JSON.stringify(user), JSON.stringify(changes)],
      { prepare: true },
    );
    send(response, 201, present(row, user));
  } catch (error) {
    send(response, error.code === '23505' ? 409 : 500, { detail: error.code === '23505' ? 'userName taken' : 'error' });
  }
}

const server = http.createServer((request, response) => {
  if (request.headers.authorization !== expectedAuthorization) return send(response, 401, { detail: 'unauthorized' });
  const url = new URL(request.url ?? '/', 'http://reference');
  if (url.pathname !== '/scim/v2/Users') return send(response, 404, { detail: 'not served' });
  const work = request.method === 'POST' ? createUser(request, response) : filterUsers(url, response);
  work.catch(() => send(response, 500, { detail: 'error' }));
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => server.close(() => sql.end().then(() => process.exit(0))));
