import type { Database } from '@/db/database';
import { onboardingSteps } from '@/db/schema';
import type { ChecklistDto, OnboardingStepDto } from '@/lib/contracts/onboarding';
import { tenantUrl } from '@/lib/contracts/settings';
import { getSettings } from '@/lib/settings/get-settings';
import { deriveSystemSteps, isDerivedStepKey } from './derive-system-steps';
import { presentDerivedStep, presentManualStep, type StoredStep } from './present-step';
import { readSystemFacts } from './read-system-facts';
import { ONBOARDING_PHASES, ONBOARDING_STEPS, PHASE_TITLES } from '@/lib/contracts/onboarding-steps';
import { measureProgress, summarizeChecklist } from './summarize-checklist';

/** The whole checklist: manual steps as stored, derived steps computed from the data now. */
export async function getChecklist(db: Database, now: Date): Promise<ChecklistDto> {
  const settings = await getSettings(db);
  const savedAt = settings.userConfigurationSavedAt ? new Date(settings.userConfigurationSavedAt) : null;
  const [facts, rows] = await Promise.all([readSystemFacts(db, now, savedAt), db.select().from(onboardingSteps)]);

  const checks = deriveSystemSteps(facts);
  const stored = new Map<string, StoredStep>(rows.map((row) => [row.key, row]));
  const steps: OnboardingStepDto[] = ONBOARDING_STEPS.map((definition) =>
    isDerivedStepKey(definition.key)
      ? presentDerivedStep(definition, checks[definition.key])
      : presentManualStep(definition, stored.get(definition.key)),
  );

  return {
    phases: ONBOARDING_PHASES.map((phase) => ({
      key: phase,
      title: PHASE_TITLES[phase],
      steps: steps.filter((step) => step.phase === phase),
    })),
    progress: measureProgress(steps),
    summary: summarizeChecklist(steps, settings.applicationDomain),
    tenantUrl: settings.applicationDomain ? tenantUrl(settings.applicationDomain) : null,
  };
}
