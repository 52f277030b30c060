'use client';

import { CreateCredentialForm } from '@/components/credentials/create-credential-form';
import { useCreateToken } from '@/lib/client/tokens';
import { createTokenBodySchema, type CreatedTokenDto } from '@/lib/contracts/tokens';
import type { RevealedSecret } from './token-secret-reveal';

export type CreateTokenFormProps = {
  defaultDays: number;
  maxDays: number;
  onCreated: (revealed: RevealedSecret) => void;
};

const WORDING = { nameId: 'token-name', nameHint: 'Say where it is used, e.g. “Entra ID production”.', submitLabel: 'Create token' };

const toRevealed = ({ token, secret }: CreatedTokenDto): RevealedSecret => ({ tokenName: token.name, secret });

export function CreateTokenForm({ defaultDays, maxDays, onCreated }: CreateTokenFormProps) {
  const creation = useCreateToken();
  return (
    <CreateCredentialForm
      schema={createTokenBodySchema}
      creation={creation}
      toRevealed={toRevealed}
      wording={WORDING}
      defaultDays={defaultDays}
      maxDays={maxDays}
      onCreated={onCreated}
    />
  );
}
