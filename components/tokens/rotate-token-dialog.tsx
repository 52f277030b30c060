'use client';

import { RotateCredentialDialog, type RotateCredentialWording } from '@/components/credentials/rotate-credential-dialog';
import { formatDateTime } from '@/lib/client/format-date';
import { useRotateToken } from '@/lib/client/tokens';
import type { RotatedTokenDto, TokenDto } from '@/lib/contracts/tokens';
import type { RevealedSecret } from './token-secret-reveal';

export type RotateTokenDialogProps = {
  token: TokenDto | null;
  onOpenChange: (open: boolean) => void;
  onRotated: (revealed: RevealedSecret) => void;
};

const WORDING: RotateCredentialWording = {
  description:
    'Creates a new token beside this one. The old token keeps working for the grace period, so the identity provider can switch without a gap.',
  graceLabel: 'Old token keeps working for',
  submitLabel: 'Rotate token',
};

const toRevealed = ({ token, secret, previous }: RotatedTokenDto): RevealedSecret => ({
  tokenName: token.name,
  secret,
  note: `"${previous.name}" keeps working until ${formatDateTime(previous.expiresAt)}. Switch the identity provider to the new secret before then.`,
});

export function RotateTokenDialog({ token, onOpenChange, onRotated }: RotateTokenDialogProps) {
  const rotation = useRotateToken();
  return (
    <RotateCredentialDialog
      credential={token}
      wording={WORDING}
      rotation={rotation}
      toRevealed={toRevealed}
      onOpenChange={onOpenChange}
      onRotated={onRotated}
    />
  );
}
