'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CreateTokenDialog } from '@/components/tokens/create-token-dialog';
import { ExpireTokenDialog } from '@/components/tokens/expire-token-dialog';
import { RotateTokenDialog } from '@/components/tokens/rotate-token-dialog';
import { TokenSecretReveal, type RevealedSecret } from '@/components/tokens/token-secret-reveal';
import { TokenTable } from '@/components/tokens/token-table';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { tokenListQuery } from '@/lib/client/tokens';
import type { TokenDto } from '@/lib/contracts/tokens';

export function TokensPageClient() {
  const tokens = useQuery(tokenListQuery());
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const [rotating, setRotating] = useState<TokenDto | null>(null);
  const [expiring, setExpiring] = useState<TokenDto | null>(null);

  return (
    <section aria-labelledby="tokens-heading" className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <h2 id="tokens-heading" className="text-sm font-semibold text-zinc-700">
          Tokens, newest first
        </h2>
        <CreateTokenDialog onCreated={setRevealed} />
      </div>

      {tokens.isPending ? (
        <LoadingState rows={3} label="Loading tokens…" />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
      ) : tokens.data.tokens.length === 0 ? (
        <EmptyState
          title="No tokens yet"
          description="Create a token and paste its secret into your identity provider's provisioning settings."
        />
      ) : (
        <TokenTable tokens={tokens.data.tokens} onRotate={setRotating} onExpire={setExpiring} />
      )}

      <TokenSecretReveal revealed={revealed} onDone={() => setRevealed(null)} />
      <RotateTokenDialog
        key={rotating?.id ?? 'none'}
        token={rotating}
        onOpenChange={(open) => !open && setRotating(null)}
        onRotated={setRevealed}
      />
      <ExpireTokenDialog token={expiring} onOpenChange={(open) => !open && setExpiring(null)} />
    </section>
  );
}
