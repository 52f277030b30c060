export const NOTICE_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type NoticeSeverity = (typeof NOTICE_SEVERITIES)[number];

/** A warning or a configuration smell: what Roster saw, and the fix in plain words. */
export type HealthNoticeDto = {
  key: string;
  severity: NoticeSeverity;
  title: string;
  /** What the traffic or the data shows. */
  evidence: string;
  fix: string;
  link: { href: string; label: string } | null;
};

/** Failures that share an operation, a status and a SCIM error type, with a link to them in the audit log. */
export type FailureReasonDto = {
  operation: string;
  status: number | null;
  scimType: string | null;
  /** For refused tokens: which kind of token was refused. */
  subject: string | null;
  count: number;
  /** The most recent error message of the group. */
  example: string | null;
  lastSeenAt: string;
  auditHref: string;
};

export type ExpiringTokenDto = { id: string; name: string; expiresAt: string; daysLeft: number; lastUsedAt: string | null };

export type SyncHealthDto = {
  generatedAt: string;
  windowHours: number;
  lastSuccessfulRequestAt: string | null;
  lastRequestAt: string | null;
  requests: number;
  failures: number;
  failureReasons: FailureReasonDto[];
  provisioned: { users: number; activeUsers: number; groups: number };
  expiringTokens: ExpiringTokenDto[];
  /** Risks to the provisioning job, most severe first (Entra quarantines a job that keeps failing). */
  warnings: HealthNoticeDto[];
  /** Configuration problems read from the requests themselves. */
  smells: HealthNoticeDto[];
};
