import { getEnv } from '@/lib/env';
import type { UrlPolicy } from './manage-webhook-endpoints';

/** The server's webhook address policy: private addresses only when ROSTER_WEBHOOKS_ALLOW_PRIVATE=true. */
export function urlPolicyFromEnv(): UrlPolicy {
  return { allowPrivate: getEnv().ROSTER_WEBHOOKS_ALLOW_PRIVATE };
}
