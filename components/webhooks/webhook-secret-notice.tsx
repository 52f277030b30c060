'use client';

import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import type { CreatedWebhookDto } from '@/lib/contracts/webhooks';

/** The signing secret, shown once right after the endpoint was added. */
export function WebhookSecretNotice({ created, onDone }: { created: CreatedWebhookDto; onDone: () => void }) {
  return (
    <div role="alert" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <p>
        Endpoint <strong>{created.endpoint.url}</strong> added. Copy its signing secret now: it is not shown again. Your application
        verifies each delivery&apos;s <code>webhook-signature</code> with it.
      </p>
      <div className="flex items-center gap-2">
        <code data-testid="webhook-secret" className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-2.5 py-2 font-mono break-all select-all">
          {created.secret}
        </code>
        <CopyButton value={created.secret} label="signing secret" size="md" />
      </div>
      <Button onClick={onDone}>I have copied the secret</Button>
    </div>
  );
}
