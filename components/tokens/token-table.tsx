'use client';

import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@/components/ui/table';
import { formatDate, formatDateTime, formatRelative } from '@/lib/client/format-date';
import type { TokenDto } from '@/lib/contracts/tokens';
import { TokenStatusBadge } from './token-status-badge';

export type TokenTableProps = {
  tokens: TokenDto[];
  onRotate: (token: TokenDto) => void;
  onExpire: (token: TokenDto) => void;
};

export function TokenTable({ tokens, onRotate, onExpire }: TokenTableProps) {
  return (
    <Table aria-label="SCIM tokens">
      <TableHead>
        <tr>
          <TableHeaderCell>Name and prefix</TableHeaderCell>
          <TableHeaderCell>Created</TableHeaderCell>
          <TableHeaderCell>Expires</TableHeaderCell>
          <TableHeaderCell>Last used</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {tokens.map((token) => {
          const isUsable = token.status === 'active' || token.status === 'expiring_soon';
          return (
            <TableRow key={token.id} data-testid={`token-row-${token.id}`}>
              <TableCell>
                <div className="font-medium">{token.name}</div>
                <code className="font-mono text-xs text-zinc-500">{token.prefix}…</code>
              </TableCell>
              <TableCell>
                <div className="whitespace-nowrap" title={formatDateTime(token.createdAt)}>
                  {formatDate(token.createdAt)}
                </div>
                <div className="text-xs text-zinc-500">by {token.createdBy}</div>
              </TableCell>
              <TableCell>
                <div className="whitespace-nowrap" title={formatDateTime(token.expiresAt)}>
                  {formatDate(token.expiresAt)}
                </div>
                {isUsable ? <div className="text-xs text-zinc-500">{formatRelative(token.expiresAt)}</div> : null}
              </TableCell>
              <TableCell data-testid="token-last-used">
                {token.lastUsedAt ? (
                  <>
                    <div className="whitespace-nowrap">{formatDateTime(token.lastUsedAt)}</div>
                    <div className="font-mono text-xs text-zinc-500">from {token.lastUsedFrom ?? 'an unknown address'}</div>
                  </>
                ) : (
                  <span className="text-zinc-500">Never</span>
                )}
              </TableCell>
              <TableCell>
                <TokenStatusBadge status={token.status} />
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">
                {isUsable ? (
                  <div className="flex justify-end gap-1.5">
                    <Button size="sm" onClick={() => onRotate(token)} aria-label={`Rotate ${token.name}`}>
                      Rotate
                    </Button>
                    <Button
                      size="sm"
                      variant="danger"
                      onClick={() => onExpire(token)}
                      aria-label={`Revoke ${token.name}`}
                    >
                      Revoke
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
