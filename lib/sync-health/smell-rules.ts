import type { HealthNoticeDto } from '@/lib/contracts/sync-health';
import { tenantUrl } from '@/lib/contracts/settings';
import { auditLogHref } from './audit-log-href';
import { plural, utcTime } from './describe-time';
import { WINDOW_HOURS, type TrafficFacts } from './traffic-facts';
import { HOUR_MS } from '@/lib/time/durations';

/** Refused creations below this count are a retry or two, not a mapping problem. */
export const USER_CONFLICTS_MIN = 3;

const IN_WINDOW = `in the last ${WINDOW_HOURS} hours`;
const since = (facts: TrafficFacts) => new Date(facts.now.getTime() - WINDOW_HOURS * HOUR_MS);
const tenantUrlOf = (facts: TrafficFacts) =>
  facts.applicationDomain ? tenantUrl(facts.applicationDomain) : 'https://{application domain}/scim/v2';

/** String booleans, capitalised ops and member removal by value: Entra without `?aadOptscim062020` (IDP-QUIRKS #1–#3). */
export function checkEntraCompatibilityFlag(facts: TrafficFacts): HealthNoticeDto | null {
  const dialect = facts.evidence.legacyDialect;
  if (dialect.requests === 0) return null;
  const forms = [
    dialect.stringBooleans > 0 ? `booleans sent as strings ("active": "False") in ${dialect.stringBooleans}` : null,
    dialect.capitalisedOps > 0 ? `capitalised ops ("Replace") in ${dialect.capitalisedOps}` : null,
    dialect.memberRemovalByValue > 0 ? `member removals with the members in "value" in ${dialect.memberRemovalByValue}` : null,
  ].filter(Boolean);
  return {
    key: 'entra_compatibility_flag',
    severity: 'warning',
    title: 'The tenant URL lacks Entra’s ?aadOptscim062020 flag',
    evidence: `${plural(dialect.requests, 'request')} ${IN_WINDOW} used Entra’s older SCIM form: ${forms.join(', ')}${dialect.lastSeenAt ? `; last at ${utcTime(dialect.lastSeenAt)}` : ''}.`,
    fix: `In Entra ID open the enterprise application → Provisioning → Admin Credentials, set the Tenant URL to ${tenantUrlOf(facts)}?aadOptscim062020, choose Test Connection and Save. Roster accepts both forms, but with the flag Entra sends standard SCIM. "Provision on demand" ignores the flag, so users provisioned that way may still show the older form.`,
    link: { href: '/setup-guide#tenant-url', label: 'Open the setup guide' },
  };
}

/** The IdP keeps sending a token that expired or was revoked. */
export function checkRefusedKnownToken(facts: TrafficFacts): HealthNoticeDto | null {
  const refused = facts.evidence.refusedKnownTokens;
  if (refused.length === 0) return null;
  const described = refused.map((token) => `"${token.tokenName}" refused ${plural(token.count, 'time')}, last at ${utcTime(token.lastSeenAt)}`);
  return {
    key: 'refused_known_token',
    severity: 'critical',
    title: 'The identity provider sends an expired or revoked token',
    evidence: `${described.join('; ')} (${IN_WINDOW}).`,
    fix: 'Create a new token (or use the one a rotation created), paste its secret as the Secret Token in the identity provider, choose Test Connection and Save. Until then every call fails and Entra ID quarantines the job.',
    link: { href: '/tokens', label: 'Manage tokens' },
  };
}

/** Requests whose token Roster does not know: mistyped, from another environment, or missing. */
export function checkUnknownToken(facts: TrafficFacts): HealthNoticeDto | null {
  const { count, lastSeenAt } = facts.evidence.unknownTokens;
  if (count === 0) return null;
  return {
    key: 'unknown_token',
    severity: 'warning',
    title: 'Requests with a token Roster does not know',
    evidence: `${plural(count, 'request')} ${IN_WINDOW} carried an unknown, malformed or missing token${lastSeenAt ? `; last at ${utcTime(lastSeenAt)}` : ''}.`,
    fix: 'If these come from your identity provider, its Secret Token is mistyped or belongs to another environment. Paste the secret again (it is shown once when the token is created; create a new one if it is lost) and check it with Test connection.',
    link: { href: '/setup-guide#test-connection', label: 'Test a token' },
  };
}

/** 404s for paths that are no SCIM endpoint: the tenant URL carries an extra path. */
export function checkUnknownEndpoints(facts: TrafficFacts): HealthNoticeDto | null {
  const { count, examplePath } = facts.evidence.unknownEndpoints;
  if (count === 0) return null;
  return {
    key: 'unknown_endpoint',
    severity: 'warning',
    title: 'Requests to paths that are not SCIM endpoints',
    evidence: `${plural(count, 'request')} ${IN_WINDOW} went to paths Roster does not serve${examplePath ? `, for example ${examplePath}` : ''}.`,
    fix: `Set the Tenant URL to exactly ${tenantUrlOf(facts)}: no /Users at the end and no second /scim/v2. The identity provider adds the endpoint itself.`,
    link: { href: auditLogHref({ outcome: 'failure', operation: 'request.invalid', since: since(facts) }), label: 'See the requests' },
  };
}

/** Creations refused as duplicates: the IdP did not match the existing user first. */
export function checkUserConflicts(facts: TrafficFacts): HealthNoticeDto | null {
  const { count } = facts.evidence.userConflicts;
  if (count < USER_CONFLICTS_MIN) return null;
  return {
    key: 'user_conflicts',
    severity: 'warning',
    title: 'User creations refused as duplicates',
    evidence: `${plural(count, 'user creation')} ${IN_WINDOW} were refused with 409: the userName already belongs to another user.`,
    fix: 'The identity provider creates users it should have found. In Entra ID check the attribute mappings: the matching attribute should be userName (from userPrincipalName), and no two users may map to the same userName. Roster compares userName without regard to case.',
    link: { href: auditLogHref({ outcome: 'failure', operation: 'user.create', since: since(facts) }), label: 'See the refusals' },
  };
}

export const SMELL_RULES = [
  checkEntraCompatibilityFlag,
  checkRefusedKnownToken,
  checkUnknownToken,
  checkUnknownEndpoints,
  checkUserConflicts,
];
