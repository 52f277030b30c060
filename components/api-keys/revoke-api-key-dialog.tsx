'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { useRevokeApiKey } from '@/lib/client/api-keys';
import type { ApiKeyDto } from '@/lib/contracts/api-keys';

export function RevokeApiKeyDialog({ apiKey, onOpenChange }: { apiKey: ApiKeyDto | null; onOpenChange: (open: boolean) => void }) {
  const revoke = useRevokeApiKey();
  const toast = useToast();

  const confirm = () => {
    if (!apiKey) return;
    onOpenChange(false);
    revoke.mutate(apiKey.id, {
      onSuccess: () => toast.success(`"${apiKey.name}" has been revoked.`),
      onError: (error) => toast.error(error, `"${apiKey.name}" could not be revoked`),
    });
  };

  return (
    <ConfirmDialog
      open={apiKey !== null}
      onOpenChange={onOpenChange}
      title={apiKey ? `Revoke "${apiKey.name}" now?` : 'Revoke API key'}
      description="The application's next request with this key will be refused (401). This cannot be undone."
      confirmLabel="Revoke now"
      onConfirm={confirm}
    />
  );
}
