import { randomBytes } from 'node:crypto';

/** A Standard Webhooks signing secret: `whsec_` and 192 random bits, base64. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}
