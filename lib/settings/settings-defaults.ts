import type { DeleteMode } from '@/lib/contracts/settings';

/** The owner's settings (DESIGN "User configuration", "Tokens", "Audit log"), one row per key in `settings`. */
export type RosterSettings = {
  applyUserNameChanges: boolean;
  deleteMode: DeleteMode;
  tokenExpiryDefaultDays: number;
  tokenExpiryMaxDays: number;
  auditRetentionDays: number;
  applicationDomain: string | null;
  /** Set when the owner saves the user configuration; the onboarding checklist reads it. */
  userConfigurationSavedAt: string | null;
};

export const SETTINGS_DEFAULTS: RosterSettings = {
  applyUserNameChanges: true,
  deleteMode: 'delete',
  tokenExpiryDefaultDays: 180,
  tokenExpiryMaxDays: 365,
  auditRetentionDays: 90,
  applicationDomain: null,
  userConfigurationSavedAt: null,
};
