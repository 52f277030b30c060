'use client';

import { TokenStatusBadge } from '@/components/tokens/token-status-badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@/components/ui/table';
import { formatDate, formatDateTime, formatRelative } from '@/lib/client/format-date';
import type { ApiKeyDto } from '@/lib/contracts/api-keys';

export type ApiKeyTableProps = {
  apiKeys: ApiKeyDto[];
  onRotate: (apiKey: ApiKeyDto) => void;
  onRevoke: (apiKey: ApiKeyDto) => void;
};

export function ApiKeyTable({ apiKeys, onRotate, onRevoke }: ApiKeyTableProps) {
  return (
    <Table aria-label="API keys">
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
        {apiKeys.map((apiKey) => {
          const isUsable = apiKey.status === 'active' || apiKey.status === 'expiring_soon';
          return (
            <TableRow key={apiKey.id} data-testid={`api-key-row-${apiKey.id}`}>
              <TableCell>
                <div className="font-medium">{apiKey.name}</div>
                <code className="font-mono text-xs text-zinc-500">{apiKey.prefix}…</code>
              </TableCell>
              <TableCell>
                <div className="whitespace-nowrap" title={formatDateTime(apiKey.createdAt)}>
                  {formatDate(apiKey.createdAt)}
                </div>
                <div className="text-xs text-zinc-500">by {apiKey.createdBy}</div>
              </TableCell>
              <TableCell>
                <div className="whitespace-nowrap" title={formatDateTime(apiKey.expiresAt)}>
                  {formatDate(apiKey.expiresAt)}
                </div>
                {isUsable ? <div className="text-xs text-zinc-500">{formatRelative(apiKey.expiresAt)}</div> : null}
              </TableCell>
              <TableCell>
                {apiKey.lastUsedAt ? (
                  <span className="whitespace-nowrap">{formatDateTime(apiKey.lastUsedAt)}</span>
                ) : (
                  <span className="text-zinc-500">Never</span>
                )}
              </TableCell>
              <TableCell>
                <TokenStatusBadge status={apiKey.status} />
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">
                {isUsable ? (
                  <div className="flex justify-end gap-1.5">
                    <Button size="sm" onClick={() => onRotate(apiKey)} aria-label={`Rotate ${apiKey.name}`}>
                      Rotate
                    </Button>
                    <Button size="sm" variant="danger" onClick={() => onRevoke(apiKey)} aria-label={`Revoke ${apiKey.name}`}>
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
