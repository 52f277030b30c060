'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { settingsQuery } from '@/lib/client/settings';
import { CreateTokenForm } from './create-token-form';
import type { RevealedSecret } from './token-secret-reveal';

export function CreateTokenDialog({ onCreated }: { onCreated: (revealed: RevealedSecret) => void }) {
  const [open, setOpen] = useState(false);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="primary">Create token</Button>
      </DialogTrigger>
      <DialogContent
        title="Create a SCIM token"
        description="The identity provider sends this token as its bearer credential."
      >
        <CreateTokenBody
          onCreated={(revealed) => {
            setOpen(false);
            onCreated(revealed);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

function CreateTokenBody({ onCreated }: { onCreated: (revealed: RevealedSecret) => void }) {
  const settings = useQuery(settingsQuery());

  if (settings.isPending) return <LoadingState rows={2} label="Loading token settings…" />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;

  const { tokenExpiryDefaultDays, tokenExpiryMaxDays } = settings.data.settings;
  return <CreateTokenForm defaultDays={tokenExpiryDefaultDays} maxDays={tokenExpiryMaxDays} onCreated={onCreated} />;
}
