/** What the sync-health rules look at; read from the audit log and the tokens by read-traffic-facts.ts. */

export const WINDOW_HOURS = 24;
/** Entra ID runs an incremental provisioning cycle about every 40 minutes. */
export const PROVISIONING_CYCLE_MINUTES = 40;

export type TokenFact = {
  id: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  /** A newer active token replaced it in a rotation. */
  isSuperseded: boolean;
};

export type RefusedTokenEvidence = { tokenName: string; count: number; lastSeenAt: Date };

/** Counts over the window of the requests that point at a configuration problem. */
export type SmellEvidence = {
  legacyDialect: { requests: number; stringBooleans: number; capitalisedOps: number; memberRemovalByValue: number; lastSeenAt: Date | null };
  /** 401s that carried a known token: it expired or was revoked, and the IdP still sends it. */
  refusedKnownTokens: RefusedTokenEvidence[];
  /** 401s whose token Roster does not know (or no token at all). */
  unknownTokens: { count: number; lastSeenAt: Date | null };
  /** 404s for paths that are no SCIM endpoint. */
  unknownEndpoints: { count: number; examplePath: string | null; lastSeenAt: Date | null };
  /** POST /Users refused with 409 because the userName is taken. */
  userConflicts: { count: number; lastSeenAt: Date | null };
};

export type TrafficFacts = {
  now: Date;
  applicationDomain: string | null;
  firstSuccessAt: Date | null;
  lastSuccessAt: Date | null;
  lastRequestAt: Date | null;
  /** SCIM requests and failed ones in the last WINDOW_HOURS. */
  requests: number;
  failures: number;
  activeTokens: TokenFact[];
  evidence: SmellEvidence;
};

export const NO_EVIDENCE: SmellEvidence = {
  legacyDialect: { requests: 0, stringBooleans: 0, capitalisedOps: 0, memberRemovalByValue: 0, lastSeenAt: null },
  refusedKnownTokens: [],
  unknownTokens: { count: 0, lastSeenAt: null },
  unknownEndpoints: { count: 0, examplePath: null, lastSeenAt: null },
  userConflicts: { count: 0, lastSeenAt: null },
};
