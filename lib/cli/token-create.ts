import { createToken } from '@/lib/tokens/create-token';
import { runCredentialCreate } from './credential-create';

runCredentialCreate({
  command: 'token:create',
  creates: 'a SCIM bearer token',
  noun: { created: 'token', short: 'token' },
  nameExample: 'Entra ID production',
  create: async (db, input) => {
    const { token, secret } = await createToken(db, input);
    return { credential: token, secret };
  },
});
