import { createApiKey } from '@/lib/api-keys/create-api-key';
import { runCredentialCreate } from './credential-create';

runCredentialCreate({
  command: 'apikey:create',
  creates: 'an application API key (for /api/v1)',
  noun: { created: 'API key', short: 'key' },
  nameExample: 'Billing backend',
  create: async (db, input) => {
    const { apiKey, secret } = await createApiKey(db, input);
    return { credential: apiKey, secret };
  },
});
