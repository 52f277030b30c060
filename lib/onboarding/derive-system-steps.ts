import { TOKEN_EXPIRY_WARNING_DAYS } from '@/lib/contracts/tokens';
import type { StepKey } from '@/lib/contracts/onboarding-steps';
import { DAY_MS } from '@/lib/time/durations';

const NAMES_SHOWN = 5;

/** A token that still authenticates (neither revoked nor expired). */
export type ActiveTokenFact = {
  name: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  /** A newer active token replaced it in a rotation, so its expiry is planned, not a risk. */
  isSuperseded: boolean;
};

/** What the system can see for itself; read from the database by get-checklist.ts. */
export type SystemFacts = {
  now: Date;
  activeTokens: ActiveTokenFact[];
  groupsReceived: number;
  /** Display names of received groups that no mapping gives a role (at most a few, for the message). */
  unmappedGroupNames: string[];
  unmappedGroupCount: number;
  /** When the last group arrived or got its first role, whichever is later: when "every group is mapped" became true. */
  lastGroupMappedAt: Date | null;
  firstSuccessfulRequestAt: Date | null;
  firstUserProvisionedAt: Date | null;
  usersProvisioned: number;
  userConfigurationSavedAt: Date | null;
};

/** The outcome of one rule: what it checked, what it found and where to fix it. */
export type DerivedCheck = {
  isDone: boolean;
  checked: string;
  found: string;
  fix: { href: string; label: string };
  /** When the fact became true, where the data says so. */
  doneAt: Date | null;
};

export type DerivedStepKey = Extract<
  StepKey,
  'scim_configured_in_idp' | 'user_configuration' | 'role_configuration' | 'token_configuration' | 'first_synchronisation'
>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const daysLeft = (token: ActiveTokenFact, now: Date) => Math.max(0, Math.ceil((token.expiresAt.getTime() - now.getTime()) / DAY_MS));

/**
 * Expiry matters for the token the identity provider actually sends (the one used last) and for whether any
 * token lasts: a short-lived test token beside them does not hold the step open.
 */
function checkTokens(facts: SystemFacts): DerivedCheck {
  const base = {
    checked: `A valid token lasts more than ${TOKEN_EXPIRY_WARNING_DAYS} days, and the token the identity provider used last does not expire within ${TOKEN_EXPIRY_WARNING_DAYS} days.`,
    fix: { href: '/tokens', label: 'Create or rotate a token' },
  };
  const current = facts.activeTokens.filter((token) => !token.isSuperseded);
  if (current.length === 0) {
    return { ...base, isDone: false, found: 'No valid token: none was created yet, or every token expired or was revoked.', doneAt: null };
  }
  const limit = facts.now.getTime() + TOKEN_EXPIRY_WARNING_DAYS * DAY_MS;
  const describe = (token: ActiveTokenFact) => `"${token.name}" expires in ${plural(daysLeft(token, facts.now), 'day')} (${isoDate(token.expiresAt)})`;

  const used = facts.activeTokens.filter((token) => token.lastUsedAt !== null);
  const inUse = used.sort((a, b) => b.lastUsedAt!.getTime() - a.lastUsedAt!.getTime())[0];
  if (inUse && inUse.expiresAt.getTime() <= limit) {
    return { ...base, isDone: false, found: `Token ${describe(inUse)}, and the identity provider still uses it.`, doneAt: null };
  }
  const longest = [...current].sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
  if (longest.expiresAt.getTime() <= limit) {
    return {
      ...base,
      isDone: false,
      found: `Every valid token expires within ${TOKEN_EXPIRY_WARNING_DAYS} days: the longest, ${describe(longest)}.`,
      doneAt: null,
    };
  }
  const watched = inUse ?? longest;
  const role = inUse ? 'the one in use' : 'the longest';
  return {
    ...base,
    isDone: true,
    found: `${plural(current.length, 'valid token')}; ${role}, "${watched.name}", lasts until ${isoDate(watched.expiresAt)}.`,
    doneAt: watched.createdAt,
  };
}

function checkGroupMappings(facts: SystemFacts): DerivedCheck {
  const base = {
    checked: 'At least one group was received from the identity provider and every group received is mapped to a role.',
    fix: { href: '/roles', label: 'Map groups to roles' },
    doneAt: null,
  };
  if (facts.groupsReceived === 0) {
    return { ...base, isDone: false, found: 'No group received from the identity provider yet.' };
  }
  if (facts.unmappedGroupCount > 0) {
    const names = facts.unmappedGroupNames.slice(0, NAMES_SHOWN).map((name) => `"${name}"`).join(', ');
    const more = facts.unmappedGroupCount > NAMES_SHOWN ? ` and ${facts.unmappedGroupCount - NAMES_SHOWN} more` : '';
    return {
      ...base,
      isDone: false,
      found: `${facts.unmappedGroupCount} of ${plural(facts.groupsReceived, 'group')} have no role: ${names}${more}.`,
    };
  }
  const found =
    facts.groupsReceived === 1 ? 'The one group received is mapped to a role.' : `All ${facts.groupsReceived} groups received are mapped to a role.`;
  return { ...base, isDone: true, found, doneAt: facts.lastGroupMappedAt };
}

function checkFirstRequest(facts: SystemFacts): DerivedCheck {
  const base = {
    checked: 'The identity provider made a first successful SCIM request with a valid token.',
    fix: { href: '/setup-guide', label: 'Open the setup guide' },
  };
  if (!facts.firstSuccessfulRequestAt) {
    return { ...base, isDone: false, found: 'No successful SCIM request received yet.', doneAt: null };
  }
  return {
    ...base,
    isDone: true,
    found: `First successful request on ${isoDate(facts.firstSuccessfulRequestAt)}.`,
    doneAt: facts.firstSuccessfulRequestAt,
  };
}

function checkFirstUser(facts: SystemFacts): DerivedCheck {
  const base = {
    checked: 'A first user was provisioned through SCIM.',
    fix: { href: '/setup-guide#start-provisioning', label: 'Start provisioning' },
  };
  if (!facts.firstUserProvisionedAt) {
    return { ...base, isDone: false, found: 'No user provisioned yet.', doneAt: null };
  }
  return {
    ...base,
    isDone: true,
    found: `First user provisioned on ${isoDate(facts.firstUserProvisionedAt)}; ${plural(facts.usersProvisioned, 'user')} provisioned now.`,
    doneAt: facts.firstUserProvisionedAt,
  };
}

function checkUserConfiguration(facts: SystemFacts): DerivedCheck {
  const base = {
    checked: 'The user configuration (userName changes, what a DELETE does) was reviewed and saved.',
    fix: { href: '/settings', label: 'Review the user configuration' },
  };
  if (!facts.userConfigurationSavedAt) {
    return { ...base, isDone: false, found: 'The user configuration was never saved.', doneAt: null };
  }
  return {
    ...base,
    isDone: true,
    found: `Saved on ${isoDate(facts.userConfigurationSavedAt)}.`,
    doneAt: facts.userConfigurationSavedAt,
  };
}

/** One rule per derived step of the catalogue (steps.ts marks them `isDerived`). */
export const SYSTEM_STEP_RULES: Record<DerivedStepKey, (facts: SystemFacts) => DerivedCheck> = {
  scim_configured_in_idp: checkFirstRequest,
  user_configuration: checkUserConfiguration,
  role_configuration: checkGroupMappings,
  token_configuration: checkTokens,
  first_synchronisation: checkFirstUser,
};

export function isDerivedStepKey(key: string): key is DerivedStepKey {
  return Object.hasOwn(SYSTEM_STEP_RULES, key);
}

/** Applies every rule to the facts. */
export function deriveSystemSteps(facts: SystemFacts): Record<DerivedStepKey, DerivedCheck> {
  const entries = Object.entries(SYSTEM_STEP_RULES).map(([key, rule]) => [key, rule(facts)] as const);
  return Object.fromEntries(entries) as Record<DerivedStepKey, DerivedCheck>;
}
