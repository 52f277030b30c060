import type { Database } from '@/db/database';
import type { SetupGuideDto } from '@/lib/contracts/onboarding';
import { listFields } from '@/lib/fields/list-fields';
import { getSettings } from '@/lib/settings/get-settings';

/** What the IdP setup guide shows: the application domain (for the tenant URL) and the fields to send as claims. */
export async function getSetupGuide(db: Database): Promise<SetupGuideDto> {
  const [settings, fields] = await Promise.all([getSettings(db), listFields(db)]);
  return { applicationDomain: settings.applicationDomain, fields };
}
