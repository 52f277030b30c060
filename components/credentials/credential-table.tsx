'use client';

import { TokenStatusBadge } from '@/components/tokens/token-status-badge';
import { Button } from '@/components/ui/button';
import { ACTIONS_COLUMN, Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { formatDate, formatDateTime, formatRelative } from '@/lib/client/format-date';
import type { TokenDto } from '@/lib/contracts/tokens';

/** A SCIM token or an API key as listed: keys record when they were last used, tokens also from where. */
export type CredentialDto = Omit<TokenDto, 'lastUsedFrom'> & { lastUsedFrom?: string | null };

/** How one kind of credential is named in its table (and found by the specs). */
export type CredentialTableWording = {
  tableLabel: string;
  rowTestIdPrefix: string;
  endLabel: string;
  endAriaLabel: (name: string) => string;
};

export type CredentialTableProps<T extends CredentialDto> = {
  credentials: T[];
  wording: CredentialTableWording;
  onRotate: (credential: T) => void;
  onEnd: (credential: T) => void;
};

/** Name and prefix, creation, expiry, last use and status of each credential, with rotate and expire/revoke while usable. */
export function CredentialTable<T extends CredentialDto>({ credentials, wording, onRotate, onEnd }: CredentialTableProps<T>) {
  return (
    <Table aria-label={wording.tableLabel}>
      <TableHeader columns={['Name and prefix', 'Created', 'Expires', 'Last used', 'Status', ACTIONS_COLUMN]} />
      <TableBody>
        {credentials.map((credential) => {
          const isUsable = credential.status === 'active' || credential.status === 'expiring_soon';
          return (
            <TableRow key={credential.id} data-testid={`${wording.rowTestIdPrefix}-${credential.id}`}>
              <TableCell>
                <div className="font-medium">{credential.name}</div>
                <code className="font-mono text-xs text-zinc-500">{credential.prefix}…</code>
              </TableCell>
              <TableCell>
                <div className="whitespace-nowrap" title={formatDateTime(credential.createdAt)}>
                  {formatDate(credential.createdAt)}
                </div>
                <div className="text-xs text-zinc-500">by {credential.createdBy}</div>
              </TableCell>
              <TableCell>
                <div className="whitespace-nowrap" title={formatDateTime(credential.expiresAt)}>
                  {formatDate(credential.expiresAt)}
                </div>
                {isUsable ? <div className="text-xs text-zinc-500">{formatRelative(credential.expiresAt)}</div> : null}
              </TableCell>
              <TableCell data-testid="token-last-used">
                {credential.lastUsedAt ? (
                  <>
                    <div className="whitespace-nowrap">{formatDateTime(credential.lastUsedAt)}</div>
                    {credential.lastUsedFrom !== undefined ? (
                      <div className="font-mono text-xs text-zinc-500">from {credential.lastUsedFrom ?? 'an unknown address'}</div>
                    ) : null}
                  </>
                ) : (
                  <span className="text-zinc-500">Never</span>
                )}
              </TableCell>
              <TableCell>
                <TokenStatusBadge status={credential.status} />
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">
                {isUsable ? (
                  <div className="flex justify-end gap-1.5">
                    <Button size="sm" onClick={() => onRotate(credential)} aria-label={`Rotate ${credential.name}`}>
                      Rotate
                    </Button>
                    <Button size="sm" variant="danger" onClick={() => onEnd(credential)} aria-label={wording.endAriaLabel(credential.name)}>
                      {wording.endLabel}
                    </Button>
                  </div>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
