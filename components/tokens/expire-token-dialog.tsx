'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { useExpireToken } from '@/lib/client/tokens';
import type { TokenDto } from '@/lib/contracts/tokens';

export function ExpireTokenDialog({ token, onOpenChange }: { token: TokenDto | null; onOpenChange: (open: boolean) => void }) {
  const expire = useExpireToken();
  const toast = useToast();

  const confirm = () => {
    if (!token) return;
    onOpenChange(false);
    expire.mutate(token.id, {
      onSuccess: () => toast.success(`"${token.name}" has been revoked.`),
      onError: (error) => toast.error(error, `"${token.name}" could not be revoked`),
    });
  };

  return (
    <ConfirmDialog
      open={token !== null}
      onOpenChange={onOpenChange}
      title={token ? `Revoke "${token.name}" now?` : 'Revoke token'}
      description="The identity provider's next request with this token will be refused (401) and provisioning stops until it has a valid token. This cannot be undone."
      confirmLabel="Revoke"
      onConfirm={confirm}
    />
  );
}
