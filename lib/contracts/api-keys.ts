import { z } from 'zod';
import { rotateTokenBodySchema, tokenExpirySchema, type TokenDto } from './tokens';

/** API keys follow SCIM tokens' expiry rules (same presets, default and maximum from the settings). */
const apiKeyNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the API key a name, for example "Billing backend"' })
  .max(100, { error: 'Keep the name under 100 characters' });

export const createApiKeyBodySchema = z.object({ name: apiKeyNameSchema, expiry: tokenExpirySchema });
export type CreateApiKeyBody = z.infer<typeof createApiKeyBodySchema>;

/** How long the old key keeps working beside the new one, while the application deploys the new secret. */
export const rotateApiKeyBodySchema = rotateTokenBodySchema.pick({ graceDays: true });
export type RotateApiKeyBody = z.infer<typeof rotateApiKeyBodySchema>;

export const apiKeyIdParamsSchema = z.object({ id: z.uuid({ error: 'Unknown API key id' }) });

/** A key as the console API returns it: a token's fields, without the address (keys record only the time). */
export type ApiKeyDto = Omit<TokenDto, 'lastUsedFrom'> & { rotatedFromId: string | null };

export type ApiKeyListDto = { apiKeys: ApiKeyDto[] };

/** The only time the secret leaves the server. */
export type CreatedApiKeyDto = { apiKey: ApiKeyDto; secret: string };

export type RotatedApiKeyDto = { apiKey: ApiKeyDto; secret: string; previous: ApiKeyDto };
