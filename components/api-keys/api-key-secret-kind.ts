import type { RevealedSecret } from '@/components/tokens/token-secret-reveal';

/** How the one-time secret dialog words an API key. */
export const API_KEY_SECRET_KIND: NonNullable<RevealedSecret['kind']> = {
  title: 'API key',
  instructions: "Store this secret in your application's secret store; it sends it as `Authorization: Bearer …` to /api/v1.",
  lostAdvice: 'If you lose it, rotate or create a new key.',
};
