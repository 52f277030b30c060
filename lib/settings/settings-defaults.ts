import type { SettingsDto } from '@/lib/contracts/settings';

/** The owner's settings (DESIGN "User configuration", "Tokens", "Audit log") before the owner changes any. */
export const SETTINGS_DEFAULTS: SettingsDto = {
  applyUserNameChanges: true,
  deleteMode: 'delete',
  tokenExpiryDefaultDays: 180,
  tokenExpiryMaxDays: 365,
  auditRetentionDays: 90,
  applicationDomain: null,
  userConfigurationSavedAt: null,
};
