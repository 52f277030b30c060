import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { SCHEMA_URNS } from '../constants';
import { parseAttributePath } from '../paths/attribute-path';
import { coreUserSchema } from '../schemas/core-user';
import { defineAttribute } from '../schemas/define-attribute';
import { enterpriseUserSchema } from '../schemas/enterprise-user';
import { createGroupRegistry, SchemaRegistry, type ResolvedPath } from '../schemas/registry';
import { createRosterUserExtension } from '../schemas/roster-user-extension';
import { evaluateFilter } from './evaluate';
import { parseFilter } from './parse';
import { filterToSql, sortToSql, type ColumnResolver } from './to-sql';

const ENTERPRISE = SCHEMA_URNS.enterpriseUser;
const ROSTER = SCHEMA_URNS.rosterUser;
const TYPED = 'urn:test:params:scim:schemas:extension:typed:2.0:User';
/** The real User schemas plus an extension with the types the standard ones lack (integer, decimal, dateTime). */
const users = new SchemaRegistry('User', coreUserSchema, [
  enterpriseUserSchema,
  createRosterUserExtension([{ name: 'costCode', description: 'Cost code' }]),
  {
    id: TYPED,
    name: 'Typed',
    description: 'Typed attributes for tests',
    attributes: [
      defineAttribute('level', 'An integer.', { type: 'integer' }),
      defineAttribute('score', 'A decimal.', { type: 'decimal' }),
      defineAttribute('since', 'A dateTime.', { type: 'dateTime' }),
    ],
  },
]);
const groups = createGroupRegistry();

function columnResolver(table: string, document: string, columns: Record<string, string>, json: Record<string, SQL> = {}): ColumnResolver {
  const key = (path: ResolvedPath) => (path.isExtension ? '' : [path.attribute.name, path.subAttribute?.name].filter(Boolean).join('.'));
  return {
    document: sql.raw(`"${table}"."${document}"`),
    column(path) {
      if (!path.isExtension && json[path.attribute.name]) return { kind: 'json', sql: json[path.attribute.name] };
      const column = columns[key(path)];
      return column ? { kind: 'scalar', sql: sql.raw(column) } : undefined;
    },
  };
}

const userResolver = columnResolver('scim_users', 'document', {
  id: '"scim_users"."id"',
  userName: '"scim_users"."user_name"',
  externalId: '"scim_users"."external_id"',
  active: '"scim_users"."active"',
  'meta.created': '"scim_users"."created_at"',
  'meta.lastModified': '"scim_users"."updated_at"',
});
const groupResolver = columnResolver('scim_groups', 'document', { displayName: '"scim_groups"."display_name"' }, {
  members: sql`(select coalesce(jsonb_agg(jsonb_build_object('value', gm.user_id::text)), '[]'::jsonb) from group_members gm where gm.group_id = "scim_groups"."id")`,
});

const render = (filter: string, registry = users, resolver = userResolver) =>
  new PgDialect().sqlToQuery(filterToSql(parseFilter(filter), registry, resolver));

describe('filterToSql rendered through the Postgres dialect', () => {
  it.each([
    ['userName eq "Bob"', 'lower("scim_users"."user_name"::text) = lower($1::text)', ['Bob']],
    ['externalId eq "Ext"', '"scim_users"."external_id"::text = $1::text', ['Ext']],
    ['active eq "True"', '"scim_users"."active" = $1', [true]],
    ['meta.lastModified gt "2011-05-13T06:42:34+02:00"', '"scim_users"."updated_at" > $1::timestamptz', ['2011-05-13T04:42:34.000Z']],
    ['title eq "x"', 'lower("scim_users"."document"->>$1::text) = lower($2::text)', ['title', 'x']],
    ['name.givenName sw "Ba"', 'lower("scim_users"."document"->$1::text->>$2::text) like lower($3::text)', ['name', 'givenName', 'Ba%']],
    [`${ENTERPRISE}:employeeNumber ew "84"`, 'lower(("scim_users"."document"->$1::text)->>$2::text) like lower($3::text)', [ENTERPRISE, 'employeeNumber', '%84']],
    ['title co "50%_off\\\\"', 'lower("scim_users"."document"->>$1::text) like lower($2::text)', ['title', '%50\\%\\_off\\\\%']],
    ['userName pr', '("scim_users"."user_name" is not null and "scim_users"."user_name"::text <> \'\')', []],
    ['not (userName eq "a")', 'not coalesce(lower("scim_users"."user_name"::text) = lower($1::text), false)', ['a']],
    ['userName eq "a" or title pr and active eq false', '(lower("scim_users"."user_name"::text) = lower($1::text) or (coalesce("scim_users"."document"->$2::text not in (\'null\'::jsonb, \'""\'::jsonb, \'[]\'::jsonb, \'{}\'::jsonb), false) and "scim_users"."active" = $3))', ['a', 'title', false]],
  ])('%s', (filter, text, params) => {
    const query = render(filter);
    expect(query.sql).toBe(text);
    expect(query.params).toEqual(params);
  });

  it('compiles a value path to one exists over the elements, so the inner filter holds for one element', () => {
    const query = render('emails[type eq "work" and value co "@corp"]');
    const emails = '"scim_users"."document"->$1::text';
    expect(query.sql).toBe(
      `exists (select 1 from jsonb_array_elements((case jsonb_typeof(${emails}) when 'array' then ${emails.replace('$1', '$2')} ` +
        `when 'object' then jsonb_build_array(${emails.replace('$1', '$3')}) else '[]'::jsonb end)) as e ` +
        'where (lower(e->>$4::text) = lower($5::text) and lower(e->>$6::text) like lower($7::text)))',
    );
    expect(query.params).toEqual(['emails', 'emails', 'emails', 'type', 'work', 'value', '%@corp%']);
  });

  it('compiles emails.value like a value path on the value sub-attribute', () => {
    expect(render('emails.value eq "a@b"').sql).toMatch(/^exists \(select 1 from jsonb_array_elements\(.*\) as e where lower\(e->>\$\d+::text\) = lower\(\$\d+::text\)\)$/);
  });

  it('reads members from the resolver, not the document', () => {
    const query = render('members[value eq "u1"]', groups, groupResolver);
    expect(query.sql).toContain('from group_members gm');
    expect(query.sql).not.toContain('"scim_groups"."document"');
  });

  it('binds every value as a parameter and never writes it into the SQL text', () => {
    const attack = `x'); drop table scim_users; --`;
    const query = render(`userName eq "${attack}" or title co "${attack}" or emails[value eq "${attack}"]`);
    expect(query.sql).not.toContain('drop');
    expect(query.params).toContain(attack);
  });

  it.each([
    ['userName', 'lower("scim_users"."user_name"::text)'],
    ['meta.lastModified', '"scim_users"."updated_at"'],
    ['name.familyName', 'lower("scim_users"."document"->$1::text->>$2::text)'],
  ])('sortToSql(%s)', (path, text) => {
    expect(new PgDialect().sqlToQuery(sortToSql(parseAttributePath(path), users, userResolver)).sql).toBe(text);
  });

  it('sorts a multi-valued attribute by its primary, else first, value', () => {
    const query = new PgDialect().sqlToQuery(sortToSql({ attribute: 'emails' }, users, userResolver));
    expect(query.sql).toContain('with ordinality as el(e, n) order by coalesce(lower(e->>$');
  });

  it('answers an unknown sortBy attribute with 400', () => {
    expect(() => sortToSql({ attribute: 'nosuch' }, users, userResolver)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidValue' }));
  });

  it('answers an unknown filter attribute with 400 invalidFilter', () => {
    expect(() => render('nosuch eq "x"')).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidFilter' }));
  });
});

type Fixture = { id: string; active: boolean; created: string; lastModified: string; document: Record<string, unknown> };

const fixtures: Fixture[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    active: true,
    created: '2010-01-23T04:56:22Z',
    lastModified: '2011-05-13T04:42:34Z',
    document: {
      userName: 'bjensen@example.com',
      externalId: 'Ext-1',
      name: { givenName: 'Barbara', familyName: 'Jensen' },
      title: 'Tour Guide',
      active: true,
      emails: [
        { value: 'bjensen@example.com', type: 'work', primary: true },
        { value: 'babs@jensen.org', type: 'home' },
      ],
      roles: [{ value: 'admin', primary: 'True' }],
      [ENTERPRISE]: { employeeNumber: '701984', manager: { value: 'M-1' } },
      [TYPED]: { level: 3, score: 2.25, since: '2020-01-01T00:00:00Z' },
    },
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    active: false,
    created: '2020-02-29T12:00:00Z',
    lastModified: '2024-01-01T00:00:00Z',
    document: {
      userName: 'JSmith@Corp.example',
      name: { givenName: 'John' },
      active: false,
      emails: [
        { value: 'js@home.example', type: 'home' },
        { value: 'john@corp.example', type: 'work' },
      ],
      phoneNumbers: [],
      [ENTERPRISE]: { employeeNumber: '2' },
      [ROSTER]: { costCode: '50%_off' },
      [TYPED]: { level: '3', since: '2021-02-30T00:00:00Z' },
    },
  },
  {
    // Malformed shapes: the compiled SQL must neither fail nor match where the evaluator does not.
    id: '00000000-0000-4000-8000-000000000003',
    active: true,
    created: '2022-06-01T00:00:00Z',
    lastModified: '2022-06-01T00:00:00Z',
    document: {
      userName: 'odd',
      active: true,
      name: 'not an object',
      title: 42,
      nickName: '',
      emails: { value: 'lone@example.com', type: 'work' },
      [ENTERPRISE]: { manager: 'bare-manager-id' },
      [TYPED]: { level: [1], score: 'x', since: 'garbage' },
    },
  },
  {
    id: '00000000-0000-4000-8000-000000000004',
    active: true,
    created: '2023-01-01T00:00:00Z',
    lastModified: '2023-01-01T00:00:00Z',
    document: { userName: 'bare', active: true },
  },
];

const BJENSEN = 'bjensen@example.com';
const byUserName = (names: string[]) => [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
const JSMITH = 'JSmith@Corp.example';

/** Each filter, its matches by userName; checked both in SQL and with evaluateFilter, which must agree. */
const cases: [string, string[]][] = [
  ['userName eq "BJENSEN@example.com"', [BJENSEN]],
  ['userName eq "6a3c0a2e-1c2d-4f5e-9a8b-7c6d5e4f3a2b"', []],
  ['userName sw "j"', [JSMITH]],
  ['id eq "not-a-uuid"', []],
  ['id eq "00000000-0000-4000-8000-000000000004"', ['bare']],
  ['externalId eq "ext-1"', []],
  ['externalId eq "Ext-1"', [BJENSEN]],
  ['externalId ne "Ext-1"', [JSMITH, 'bare', 'odd']],
  ['name.givenName sw "J"', [JSMITH]],
  ['name.givenName pr', [BJENSEN, JSMITH]],
  ['emails[type eq "work" and value co "@corp"]', [JSMITH]],
  ['emails[type eq "home" and value co "@corp"]', []],
  ['emails[type eq "work"].value co "@corp"', [JSMITH]],
  ['emails.type eq "home" and emails.value co "@corp"', [JSMITH]],
  ['emails[type eq "work"]', [BJENSEN, JSMITH, 'odd']],
  ['name[givenName eq "john"]', [JSMITH]],
  [`${ENTERPRISE}:manager[value eq "bare-manager-id"]`, []],
  ['emails co "jensen.org"', [BJENSEN]],
  ['emails.value eq "LONE@example.com"', ['odd']],
  ['emails.value ne "bjensen@example.com"', [BJENSEN, JSMITH, 'bare', 'odd']],
  ['emails pr', [BJENSEN, JSMITH, 'odd']],
  ['phoneNumbers pr', []],
  ['nickName pr', []],
  ['nickName eq null', [BJENSEN, JSMITH, 'bare', 'odd']],
  ['title pr', [BJENSEN, 'odd']],
  ['title eq "42"', ['odd']],
  ['title gt "S"', [BJENSEN]],
  ['active eq true', [BJENSEN, 'bare', 'odd']],
  ['active eq "False"', [JSMITH]],
  ['active ne true', [JSMITH]],
  ['roles[primary eq true]', [BJENSEN]],
  ['roles[primary eq "TRUE" and value eq "admin"]', [BJENSEN]],
  ['meta.lastModified gt "2015-01-01T00:00:00Z"', [JSMITH, 'bare', 'odd']],
  ['meta.created le "2020-02-29T13:00:00+01:00"', [BJENSEN, JSMITH]],
  [`${ENTERPRISE}:employeeNumber eq "701984"`, [BJENSEN]],
  [`${ENTERPRISE}:manager.value eq "m-1"`, [BJENSEN]],
  [`${ENTERPRISE}:manager pr`, [BJENSEN, 'odd']],
  [`${ROSTER}:costCode co "%_"`, [JSMITH]],
  [`${ROSTER}:costCode sw "_"`, []],
  [`${TYPED}:level ge 3`, [BJENSEN]],
  [`${TYPED}:level ne 3`, [JSMITH, 'bare', 'odd']],
  [`${TYPED}:score lt 2.5`, [BJENSEN]],
  [`${TYPED}:since lt "2030-01-01T00:00:00Z"`, [BJENSEN]],
  [`${TYPED}:since pr`, [BJENSEN, JSMITH, 'odd']],
  ['not (userName eq "bare")', [BJENSEN, JSMITH, 'odd']],
  ['not (title eq "Tour Guide")', [JSMITH, 'bare', 'odd']],
  ['not (emails[type eq "home"])', ['bare', 'odd']],
  ['userName eq "x" or title pr and active eq true', [BJENSEN, 'odd']],
  [`userName eq "x') or true --"`, []],
];

describe('filterToSql against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL)', () => {
  let open: OpenDatabase;

  beforeAll(async () => {
    open = await createTestDatabase();
    for (const user of fixtures) {
      await queryRows(
        open.db,
        sql`insert into scim_users (id, user_name, external_id, active, document, created_at, updated_at)
            values (${user.id}, ${String(user.document.userName)}, ${(user.document.externalId as string | undefined) ?? null},
                    ${user.active}, ${JSON.stringify(user.document)}::jsonb, ${user.created}::timestamptz, ${user.lastModified}::timestamptz)`,
      );
    }
  });

  afterAll(async () => {
    await open.close();
  });

  const matchingUserNames = async (where: SQL, order: SQL = sql`lower(user_name)`) =>
    (await queryRows<{ user_name: string }>(open.db, sql`select user_name from scim_users where ${where} order by ${order}`)).map(
      (row) => row.user_name,
    );

  it.each(cases)('%s', async (filter, expected) => {
    const node = parseFilter(filter);
    expect(await matchingUserNames(filterToSql(node, users, userResolver))).toEqual(byUserName(expected));
    const inMemory = fixtures
      .filter((user) => evaluateFilter(node, { ...user.document, id: user.id, meta: { created: user.created, lastModified: user.lastModified } }, users))
      .map((user) => String(user.document.userName));
    expect(byUserName(inMemory)).toEqual(byUserName(expected));
  });

  it('lets userName eq use the lower(user_name) index', async () => {
    const condition = filterToSql(parseFilter('userName eq "BJENSEN@example.com"'), users, userResolver);
    const plan = await open.db.transaction(async (tx) => {
      await queryRows(tx, sql`set local enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': string }>(tx, sql`explain select id from scim_users where ${condition}`);
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/scim_users_user_name_(lower_idx|live_key)/);
  });

  it.each([
    ['userName', ['bare', BJENSEN, JSMITH, 'odd']],
    ['emails', [BJENSEN, JSMITH, 'odd', 'bare']],
    ['emails.type', [JSMITH, BJENSEN, 'odd', 'bare']],
    ['name.givenName', [BJENSEN, JSMITH, 'bare', 'odd']],
    ['meta.created', [BJENSEN, JSMITH, 'odd', 'bare']],
    [`${TYPED}:level`, [BJENSEN, 'bare', JSMITH, 'odd']],
  ])('sorts by %s', async (path, expected) => {
    const key = sortToSql(parseAttributePath(path), users, userResolver);
    expect(await matchingUserNames(sql`true`, sql`${key} asc nulls last, lower(user_name)`)).toEqual(expected);
  });

  it('filters groups by members read from the membership table', async () => {
    await queryRows(
      open.db,
      sql`insert into scim_groups (id, display_name, document) values
          ('10000000-0000-4000-8000-000000000001', 'Admins', '{"displayName":"Admins"}'),
          ('10000000-0000-4000-8000-000000000002', 'Empty', '{"displayName":"Empty"}')`,
    );
    await queryRows(open.db, sql`insert into group_members (group_id, user_id) values ('10000000-0000-4000-8000-000000000001', ${fixtures[0].id})`);
    const names = async (filter: string) =>
      (
        await queryRows<{ display_name: string }>(
          open.db,
          sql`select display_name from scim_groups where ${filterToSql(parseFilter(filter), groups, groupResolver)} order by display_name`,
        )
      ).map((row) => row.display_name);
    expect(await names(`members[value eq "${fixtures[0].id}"]`)).toEqual(['Admins']);
    expect(await names(`members.value eq "${fixtures[1].id}"`)).toEqual([]);
    expect(await names('members pr')).toEqual(['Admins']);
    expect(await names('not (members pr)')).toEqual(['Empty']);
    expect(await names('displayName eq "ADMINS"')).toEqual(['Admins']);
  });
});
