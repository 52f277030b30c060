import type { AttributePath, FilterNode } from './filter/ast';
import type { SchemaRegistry } from './schemas/registry';

/**
 * Everything impure the engine needs, as interfaces (STYLE §6.1). `lib/provisioning` implements them over
 * drizzle; unit tests pass in-memory fakes. The engine itself never reads the clock, generates ids or
 * touches a database.
 */

export type Clock = { now(): Date };
export type IdGenerator = { newId(): string };
export type ScimLogger = { error(message: string, context: Record<string, unknown>): void };

/** The token that authenticated a request. */
export type TokenIdentity = { id: string; name: string };

/** What checking an `Authorization: Bearer` header found (RFC 6750). */
export type BearerCheck =
  | { ok: true; token: TokenIdentity }
  | {
      ok: false;
      reason: 'missing' | 'malformed' | 'unknown' | 'expired' | 'revoked' | 'throttled';
      retryAfterSeconds?: number;
      token?: TokenIdentity;
      /** A throttled address's block was already audited: this refusal is answered but not written again. */
      isAlreadyAudited?: boolean;
      /** Refusals from the address in the window that led to the block (audited with the block). */
      refusalCount?: number;
    };

export interface TokenVerifier {
  /** `isConnectionTest`: the console's own check of a token, which must not count as the token's use. */
  verify(input: { authorization: string | undefined; clientAddress: string; now: Date; isConnectionTest?: boolean }): Promise<BearerCheck>;
}

/** The audit operations a SCIM request can produce (a subset of lib/audit's closed list). */
export type ScimAuditOperation =
  | 'user.create'
  | 'user.update'
  | 'user.deactivate'
  | 'user.reactivate'
  | 'user.delete'
  | 'user.deprovision'
  | 'user.restore'
  | 'user.read'
  | 'user.list'
  | 'group.create'
  | 'group.update'
  | 'group.members.add'
  | 'group.members.remove'
  | 'group.delete'
  | 'group.read'
  | 'group.list'
  | 'discovery.read'
  | 'bulk.run'
  | 'auth.refused'
  | 'auth.throttled'
  | 'request.invalid'
  /** Any request made by the console's Test connection: never identity-provider traffic. */
  | 'connection.test';

/** One audit event as the engine describes it; the sink computes field changes from `before`/`after`. */
export type ScimAuditEvent = {
  operation: ScimAuditOperation;
  outcome: 'success' | 'failure';
  token?: TokenIdentity;
  clientAddress: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  resourceType?: 'User' | 'Group';
  resourceId?: string;
  resourceName?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  error?: string;
  detail?: Record<string, unknown>;
  occurredAt: Date;
};

export interface AuditSink {
  record(event: ScimAuditEvent): Promise<void>;
}

/** A page request for a store: the filter is already parsed and validated against the registry. */
export type ListQuery = {
  filter?: FilterNode;
  sortBy?: AttributePath;
  sortOrder: 'ascending' | 'descending';
  /** 1-based (RFC 7644 §3.4.2.4). */
  startIndex: number;
  /** 0 asks for `totalResults` only. */
  count: number;
};

export type Page<T> = { totalResults: number; resources: T[] };

/** A member or group reference as returned in `members` / `groups` (RFC 7643 §4.1.2, §4.2). */
export type ResourceReference = { value: string; display?: string; type?: string };

export type StoredUser = {
  id: string;
  /** The canonical SCIM document as stored: no `id`, `meta` or `groups`. */
  document: Record<string, unknown>;
  version: number;
  created: Date;
  lastModified: Date;
  groups: ResourceReference[];
  /** Application fields derived from the document; opaque to the engine, handed back on the next write. */
  appFields: Record<string, string | null>;
};

export type StoredGroup = {
  id: string;
  /** The canonical SCIM document as stored: no `id`, `meta` or `members`. */
  document: Record<string, unknown>;
  version: number;
  created: Date;
  lastModified: Date;
  /** Undefined when the caller asked not to load them. */
  members?: ResourceReference[];
};

/** A user that a POST brings back instead of creating a second account (Okta/Entra re-provisioning). */
export type ReprovisionCandidate = { id: string; deprovisioned: boolean };

export interface UserStore {
  get(id: string, options?: { lock?: boolean }): Promise<StoredUser | undefined>;
  list(query: ListQuery, registry: SchemaRegistry): Promise<Page<StoredUser>>;
  findReprovisionable(document: Record<string, unknown>): Promise<ReprovisionCandidate | undefined>;
  create(input: { id: string; document: Record<string, unknown>; registry: SchemaRegistry; now: Date }): Promise<StoredUser>;
  /** Brings back a deprovisioned or inactive user, same id and account, with a new document; undefined if it changed meanwhile. */
  restore(input: {
    candidate: ReprovisionCandidate;
    document: Record<string, unknown>;
    registry: SchemaRegistry;
    now: Date;
  }): Promise<StoredUser | undefined>;
  replace(input: { existing: StoredUser; document: Record<string, unknown>; registry: SchemaRegistry; now: Date }): Promise<StoredUser>;
  delete(id: string, now: Date): Promise<boolean>;
  /** Ends the SCIM resource but keeps the account and its content (deleteMode 'deactivate'). */
  deprovision(id: string, now: Date): Promise<boolean>;
}

export type MembershipChange = { add: string[]; remove: string[]; replaceAll?: string[] };
export type MembershipResult = { added: string[]; removed: string[] };

export interface GroupStore {
  get(id: string, options: { members: boolean; lock?: boolean }): Promise<StoredGroup | undefined>;
  list(query: ListQuery, registry: SchemaRegistry, options: { members: boolean }): Promise<Page<StoredGroup>>;
  create(input: { id: string; document: Record<string, unknown>; memberIds: string[]; now: Date }): Promise<StoredGroup>;
  /** Writes a new document (and bumps the version); undefined when the group does not exist. */
  update(input: { id: string; document?: Record<string, unknown>; now: Date }): Promise<StoredGroup | undefined>;
  /** Set-based membership change; unknown member ids are refused with 400 invalidValue. */
  changeMembers(groupId: string, change: MembershipChange, now: Date): Promise<MembershipResult>;
  delete(id: string): Promise<boolean>;
}

/** What a userName change in a write does (the owner's user configuration, and Entra's soft-delete rename). */
export type UserNameDecision = { kind: 'apply' } | { kind: 'keep'; reason: string };

export interface UserPolicies {
  reviewUserNameChange(before: StoredUser, after: Record<string, unknown>): UserNameDecision;
  readonly deleteMode: 'delete' | 'deactivate';
}

/** The stores and services of one unit of work, all bound to the same transaction (or none, for reads). */
export interface ScimScope {
  users: UserStore;
  groups: GroupStore;
  audit: AuditSink;
  userRegistry(): Promise<SchemaRegistry>;
  groupRegistry(): Promise<SchemaRegistry>;
  userPolicies(): Promise<UserPolicies>;
  /** Runs `work` so that its writes are undone if it throws, leaving the rest of the unit of work intact (Bulk). */
  isolate<T>(work: (scope: ScimScope) => Promise<T>): Promise<T>;
}

export interface UnitOfWork {
  /** One transaction: commits when `work` returns, rolls back when it throws. */
  write<T>(work: (scope: ScimScope) => Promise<T>): Promise<T>;
  /** No transaction: for reads, whose only write is their audit event. */
  read<T>(work: (scope: ScimScope) => Promise<T>): Promise<T>;
}

/**
 * Tells the console's own Test connection from identity-provider traffic by the request's headers (names in lower
 * case): Roster signs that request, the engine only asks. Such a request is audited as `connection.test`, and the
 * verifier leaves the token's last use alone.
 */
export interface ConnectionTestRecognizer {
  isConnectionTest(headers: Record<string, string>, now: Date): boolean;
}

/** Everything `handleScimRequest` needs. */
export type ScimDeps = {
  tokens: TokenVerifier;
  connectionTests: ConnectionTestRecognizer;
  unitOfWork: UnitOfWork;
  /** Audit writes outside any unit of work: refusals and failed changes. */
  audit: AuditSink;
  clock: Clock;
  ids: IdGenerator;
  logger: ScimLogger;
};
