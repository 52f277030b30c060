'use client';

import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog, DialogContent, DialogFooter } from '@/components/ui/dialog';

export type RevealedSecret = {
  tokenName: string;
  secret: string;
  note?: string;
  /** What the secret is and where it goes; a SCIM token for the identity provider when absent. */
  kind?: { title: string; instructions: string; lostAdvice: string };
};

const SCIM_TOKEN = {
  title: 'Token',
  instructions: "Paste this secret into your identity provider's Secret Token field.",
  lostAdvice: 'If you lose it, create a new token.',
};

/** Shows a new secret once. It lives only in this component's props: closing the dialog or reloading loses it. */
export function TokenSecretReveal({ revealed, onDone }: { revealed: RevealedSecret | null; onDone: () => void }) {
  return (
    <Dialog open={revealed !== null} onOpenChange={(open) => !open && onDone()}>
      {revealed ? (
        <DialogContent
          title={`${(revealed.kind ?? SCIM_TOKEN).title} "${revealed.tokenName}" created`}
          description={(revealed.kind ?? SCIM_TOKEN).instructions}
          isDismissible={false}
        >
          <div
            role="alert"
            className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            Copy the secret now. It will not be shown again: Roster stores only a hash of it.{' '}
            {(revealed.kind ?? SCIM_TOKEN).lostAdvice}
          </div>
          <div className="flex items-center gap-2">
            <code
              data-testid="token-secret"
              className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-zinc-50 px-2.5 py-2 font-mono text-sm break-all text-zinc-900 select-all"
            >
              {revealed.secret}
            </code>
            <CopyButton value={revealed.secret} label="token secret" size="md" />
          </div>
          {revealed.note ? <p className="mt-3 text-sm text-zinc-600">{revealed.note}</p> : null}
          <DialogFooter>
            <Button variant="primary" onClick={onDone}>
              I have copied the secret
            </Button>
          </DialogFooter>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
