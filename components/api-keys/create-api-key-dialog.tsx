'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CreateCredentialForm } from '@/components/credentials/create-credential-form';
import type { RevealedSecret } from '@/components/tokens/token-secret-reveal';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useCreateApiKey } from '@/lib/client/api-keys';
import { settingsQuery } from '@/lib/client/settings';
import { createApiKeyBodySchema, type CreatedApiKeyDto } from '@/lib/contracts/api-keys';
import { API_KEY_SECRET_KIND } from './api-key-secret-kind';

type OnCreated = (revealed: RevealedSecret) => void;

export function CreateApiKeyDialog({ onCreated }: { onCreated: OnCreated }) {
  const [open, setOpen] = useState(false);
  const settings = useQuery(settingsQuery());

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="primary">Create API key</Button>
      </DialogTrigger>
      <DialogContent title="Create an API key" description="Your application's backend sends this key to read /api/v1.">
        {settings.isPending ? (
          <LoadingState rows={2} label="Loading expiry settings…" />
        ) : settings.isError ? (
          <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
        ) : (
          <CreateApiKeyForm
            defaultDays={settings.data.settings.tokenExpiryDefaultDays}
            maxDays={settings.data.settings.tokenExpiryMaxDays}
            onCreated={(revealed) => {
              setOpen(false);
              onCreated(revealed);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

const WORDING = { nameId: 'api-key-name', nameHint: 'Say which application uses it, e.g. “Billing backend”.', submitLabel: 'Create API key' };

const toRevealed = ({ apiKey, secret }: CreatedApiKeyDto): RevealedSecret => ({ tokenName: apiKey.name, secret, kind: API_KEY_SECRET_KIND });

function CreateApiKeyForm({ defaultDays, maxDays, onCreated }: { defaultDays: number; maxDays: number; onCreated: OnCreated }) {
  const creation = useCreateApiKey();
  return (
    <CreateCredentialForm
      schema={createApiKeyBodySchema}
      creation={creation}
      toRevealed={toRevealed}
      wording={WORDING}
      defaultDays={defaultDays}
      maxDays={maxDays}
      onCreated={onCreated}
    />
  );
}
