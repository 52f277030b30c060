'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiKeyTable } from '@/components/api-keys/api-key-table';
import { CreateApiKeyDialog } from '@/components/api-keys/create-api-key-dialog';
import { RevokeApiKeyDialog } from '@/components/api-keys/revoke-api-key-dialog';
import { RotateApiKeyDialog } from '@/components/api-keys/rotate-api-key-dialog';
import { TokenSecretReveal, type RevealedSecret } from '@/components/tokens/token-secret-reveal';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { apiKeyListQuery } from '@/lib/client/api-keys';
import type { ApiKeyDto } from '@/lib/contracts/api-keys';

export function ApiKeysPageClient() {
  const apiKeys = useQuery(apiKeyListQuery());
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const [rotating, setRotating] = useState<ApiKeyDto | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyDto | null>(null);

  return (
    <section aria-labelledby="api-keys-heading" className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <h2 id="api-keys-heading" className="text-sm font-semibold text-zinc-700">
          API keys, newest first
        </h2>
        <CreateApiKeyDialog onCreated={setRevealed} />
      </div>

      {apiKeys.isPending ? (
        <LoadingState rows={3} label="Loading API keys…" />
      ) : apiKeys.isError ? (
        <ErrorState error={apiKeys.error} onRetry={() => apiKeys.refetch()} />
      ) : apiKeys.data.apiKeys.length === 0 ? (
        <EmptyState
          title="No API keys yet"
          description="Create a key for your application's backend; docs/APPLICATION-API.md shows how it reads /api/v1."
        />
      ) : (
        <ApiKeyTable apiKeys={apiKeys.data.apiKeys} onRotate={setRotating} onRevoke={setRevoking} />
      )}

      <TokenSecretReveal revealed={revealed} onDone={() => setRevealed(null)} />
      <RotateApiKeyDialog
        key={rotating?.id ?? 'none'}
        apiKey={rotating}
        onOpenChange={(open) => !open && setRotating(null)}
        onRotated={setRevealed}
      />
      <RevokeApiKeyDialog apiKey={revoking} onOpenChange={(open) => !open && setRevoking(null)} />
    </section>
  );
}
