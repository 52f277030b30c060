'use client';

import { RotateCredentialDialog, type RotateCredentialWording } from '@/components/credentials/rotate-credential-dialog';
import type { RevealedSecret } from '@/components/tokens/token-secret-reveal';
import { useRotateApiKey } from '@/lib/client/api-keys';
import { formatDateTime } from '@/lib/client/format-date';
import type { ApiKeyDto, RotatedApiKeyDto } from '@/lib/contracts/api-keys';
import { API_KEY_SECRET_KIND } from './api-key-secret-kind';

export type RotateApiKeyDialogProps = {
  apiKey: ApiKeyDto | null;
  onOpenChange: (open: boolean) => void;
  onRotated: (revealed: RevealedSecret) => void;
};

const WORDING: RotateCredentialWording = {
  description:
    'Creates a new key beside this one. The old key keeps working for the grace period, so the application can switch without a gap.',
  graceLabel: 'Old key keeps working for',
  submitLabel: 'Rotate key',
};

const toRevealed = ({ apiKey, secret, previous }: RotatedApiKeyDto): RevealedSecret => ({
  tokenName: apiKey.name,
  secret,
  kind: API_KEY_SECRET_KIND,
  note: `The old key keeps working until ${formatDateTime(previous.expiresAt)}. Deploy the new secret before then.`,
});

export function RotateApiKeyDialog({ apiKey, onOpenChange, onRotated }: RotateApiKeyDialogProps) {
  const rotation = useRotateApiKey();
  return (
    <RotateCredentialDialog
      credential={apiKey}
      wording={WORDING}
      rotation={rotation}
      toRevealed={toRevealed}
      onOpenChange={onOpenChange}
      onRotated={onRotated}
    />
  );
}
