import type { HealthNoticeDto } from '@/lib/contracts/sync-health';
import { TOKEN_EXPIRY_WARNING_DAYS } from '@/lib/contracts/tokens';
import { auditLogHref } from './audit-log-href';
import { DAY_MS, HOUR_MS } from '@/lib/time/durations';
import { daysUntil, describeDuration, plural, utcTime } from './describe-time';
import { PROVISIONING_CYCLE_MINUTES, WINDOW_HOURS, type TrafficFacts } from './traffic-facts';

/** Below this many requests a failure rate says little. */
export const MIN_REQUESTS_FOR_RATE = 5;
export const FAILURE_RATE_WARNING = 0.1;
/** From here most calls fail: Entra's escrow-proportion threshold puts the job in quarantine. */
export const FAILURE_RATE_CRITICAL = 0.5;
export const TOKEN_EXPIRY_CRITICAL_DAYS = 3;

const RESTART_IN_ENTRA =
  'then in Entra ID open the enterprise application → Provisioning and choose Restart provisioning, so a job already in quarantine resumes at once instead of days later.';

/** Failures that, if they go on, get the Entra job quarantined. */
export function checkFailureRate(facts: TrafficFacts): HealthNoticeDto | null {
  if (facts.requests < MIN_REQUESTS_FOR_RATE) return null;
  const rate = facts.failures / facts.requests;
  if (rate < FAILURE_RATE_WARNING) return null;
  const isCritical = rate >= FAILURE_RATE_CRITICAL;
  return {
    key: 'failure_rate',
    severity: isCritical ? 'critical' : 'warning',
    title: isCritical ? 'Most SCIM requests are failing' : 'The failure rate puts the provisioning job at risk',
    evidence: `${facts.failures} of ${plural(facts.requests, 'request')} failed in the last ${WINDOW_HOURS} hours (${Math.round(rate * 100)}%).`,
    fix: `Entra ID quarantines a provisioning job whose calls keep failing. Fix the most frequent failure reasons below, ${RESTART_IN_ENTRA}`,
    link: { href: auditLogHref({ outcome: 'failure', since: new Date(facts.now.getTime() - WINDOW_HOURS * HOUR_MS) }), label: 'See the failures' },
  };
}

/** Provisioning started, but the IdP has been silent for longer than a cycle. */
export function checkSilence(facts: TrafficFacts): HealthNoticeDto | null {
  if (!facts.firstSuccessAt || !facts.lastRequestAt) return null;
  const silentFor = facts.now.getTime() - facts.lastRequestAt.getTime();
  if (silentFor <= PROVISIONING_CYCLE_MINUTES * 60_000) return null;
  return {
    key: 'no_recent_request',
    severity: silentFor > DAY_MS ? 'critical' : 'warning',
    title: `No request from the identity provider for ${describeDuration(silentFor)}`,
    evidence: `The last SCIM request arrived at ${utcTime(facts.lastRequestAt)}; Entra ID runs a provisioning cycle about every ${PROVISIONING_CYCLE_MINUTES} minutes.`,
    fix: 'In Entra ID open the enterprise application → Provisioning and check the job’s status: it may be stopped, paused or in quarantine, and the reason is shown there. Start or restart provisioning. With Okta this can be normal: Okta only sends changes.',
    link: { href: '/setup-guide#start-provisioning', label: 'Open the setup guide' },
  };
}

/** The token the IdP uses (or, before any use, the longest-lived one) is about to stop working. */
export function checkTokenExpiry(facts: TrafficFacts): HealthNoticeDto | null {
  const current = facts.activeTokens.filter((token) => !token.isSuperseded);
  if (current.length === 0) {
    if (!facts.firstSuccessAt) return null;
    return {
      key: 'token_expiry',
      severity: 'critical',
      title: 'No valid token: every provisioning call is refused',
      evidence: 'Every token has expired or was revoked.',
      fix: 'Create a token, paste its secret as the Secret Token in the identity provider’s provisioning settings, choose Test Connection and Save.',
      link: { href: '/tokens', label: 'Create a token' },
    };
  }
  const used = facts.activeTokens.filter((token) => token.lastUsedAt);
  const inUse = used.sort((a, b) => b.lastUsedAt!.getTime() - a.lastUsedAt!.getTime())[0];
  // Before any use, only a lack of any lasting token is a risk; a short-lived test token beside one is not.
  const watched = inUse ?? [...current].sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
  const days = daysUntil(watched.expiresAt, facts.now);
  if (watched.expiresAt.getTime() - facts.now.getTime() > TOKEN_EXPIRY_WARNING_DAYS * DAY_MS) return null;

  const fix = watched.isSuperseded
    ? 'A newer token already replaces it: paste the new secret as the Secret Token in the identity provider, choose Test Connection and Save before then.'
    : 'Rotate the token, paste the new secret as the Secret Token in the identity provider, choose Test Connection and Save. The old token keeps working during the grace period you choose.';
  return {
    key: 'token_expiry',
    severity: days <= TOKEN_EXPIRY_CRITICAL_DAYS ? 'critical' : 'warning',
    title: `Token "${watched.name}" expires in ${plural(days, 'day')}`,
    evidence: inUse
      ? `The identity provider last used it at ${utcTime(inUse.lastUsedAt!)}; it stops working at ${utcTime(watched.expiresAt)}, and Entra ID quarantines a job whose token is refused.`
      : `It stops working at ${utcTime(watched.expiresAt)}, and no longer-lived token exists.`,
    fix,
    link: { href: '/tokens', label: 'Manage tokens' },
  };
}

export const WARNING_RULES = [checkFailureRate, checkSilence, checkTokenExpiry];
