/**
 * The onboarding catalogue of DESIGN.md ("Onboarding checklist") and the customer's SCIM help page, in the
 * order a customer goes through it. Manual steps keep their state in `onboarding_steps`; derived steps are
 * ticked from the data by derive-system-steps.ts and cannot be set by hand.
 */

export const ONBOARDING_PHASES = ['prerequisites', 'integration', 'configuration', 'first_sync'] as const;
export type OnboardingPhase = (typeof ONBOARDING_PHASES)[number];

export const PHASE_TITLES: Record<OnboardingPhase, string> = {
  prerequisites: 'Prerequisites',
  integration: 'Integration',
  configuration: 'Configuration',
  first_sync: 'First synchronisation',
};

export const STEP_OWNERS = ['customer_it', 'application_team'] as const;
export type StepOwner = (typeof STEP_OWNERS)[number];

export const STEP_OWNER_LABELS: Record<StepOwner, string> = {
  customer_it: 'Customer IT',
  application_team: 'Application team',
};

export const STEP_KEYS = [
  'saml_integration',
  'saml_configuration_document',
  'scim_configured_in_idp',
  'scim_module_activated',
  'user_configuration',
  'role_configuration',
  'token_configuration',
  'groups_sent_for_mapping',
  'claims_and_attributes_provided',
  'application_confirmed',
  'first_synchronisation',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export type StepDefinition = {
  key: StepKey;
  phase: OnboardingPhase;
  title: string;
  description: string;
  owner: StepOwner;
  /** True when the system ticks the step from the data (a rule in derive-system-steps.ts). */
  isDerived: boolean;
};

export const ONBOARDING_STEPS: readonly StepDefinition[] = [
  {
    key: 'saml_integration',
    phase: 'prerequisites',
    title: 'SAML integration completed',
    description: 'Users already sign in to the application through the identity provider with SAML.',
    owner: 'customer_it',
    isDerived: false,
  },
  {
    key: 'saml_configuration_document',
    phase: 'prerequisites',
    title: 'SAML configuration document completed',
    description: 'The SAML configuration document is filled in and returned to the application team.',
    owner: 'customer_it',
    isDerived: false,
  },
  {
    key: 'scim_configured_in_idp',
    phase: 'integration',
    title: 'SCIM configured in the identity provider',
    description: 'Provisioning mode Automatic, the tenant URL and the secret token are entered and the IdP reached Roster.',
    owner: 'customer_it',
    isDerived: true,
  },
  {
    key: 'scim_module_activated',
    phase: 'integration',
    title: 'SCIM module activated',
    description: 'The SCIM module is switched on for the customer’s application.',
    owner: 'application_team',
    isDerived: false,
  },
  {
    key: 'user_configuration',
    phase: 'configuration',
    title: 'User configuration',
    description: 'Whether userName changes are applied and what a DELETE does, agreed and saved.',
    owner: 'application_team',
    isDerived: true,
  },
  {
    key: 'role_configuration',
    phase: 'configuration',
    title: 'Role configuration',
    description: 'The application’s roles exist and every group the identity provider sent is mapped to one.',
    owner: 'application_team',
    isDerived: true,
  },
  {
    key: 'token_configuration',
    phase: 'configuration',
    title: 'Token configuration',
    description: 'A bearer token with an agreed expiry is created and handed to the customer’s IT team.',
    owner: 'application_team',
    isDerived: true,
  },
  {
    key: 'groups_sent_for_mapping',
    phase: 'configuration',
    title: 'Groups created and sent for mapping',
    description: 'The groups are created in the identity provider, assigned to the application, and their list sent.',
    owner: 'customer_it',
    isDerived: false,
  },
  {
    key: 'claims_and_attributes_provided',
    phase: 'configuration',
    title: 'Claims and attributes provided',
    description: 'The list of SAML claims and their custom SSO (SCIM) attributes is sent to the application team.',
    owner: 'customer_it',
    isDerived: false,
  },
  {
    key: 'application_confirmed',
    phase: 'configuration',
    title: 'Application confirmed fully configured',
    description: 'The application team confirms that roles, fields and tokens are ready for the first synchronisation.',
    owner: 'application_team',
    isDerived: false,
  },
  {
    key: 'first_synchronisation',
    phase: 'first_sync',
    title: 'First synchronisation done',
    description: 'Provisioning started in the identity provider and the first users arrived.',
    owner: 'customer_it',
    isDerived: true,
  },
];

const BY_KEY = new Map(ONBOARDING_STEPS.map((step) => [step.key, step]));

export function findStep(key: string): StepDefinition | undefined {
  return BY_KEY.get(key as StepKey);
}
