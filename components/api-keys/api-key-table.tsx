'use client';

import { CredentialTable, type CredentialTableWording } from '@/components/credentials/credential-table';
import type { ApiKeyDto } from '@/lib/contracts/api-keys';

export type ApiKeyTableProps = {
  apiKeys: ApiKeyDto[];
  onRotate: (apiKey: ApiKeyDto) => void;
  onRevoke: (apiKey: ApiKeyDto) => void;
};

const WORDING: CredentialTableWording = {
  tableLabel: 'API keys',
  rowTestIdPrefix: 'api-key-row',
  endLabel: 'Revoke',
  endAriaLabel: (name) => `Revoke ${name}`,
};

export function ApiKeyTable({ apiKeys, onRotate, onRevoke }: ApiKeyTableProps) {
  return <CredentialTable credentials={apiKeys} wording={WORDING} onRotate={onRotate} onEnd={onRevoke} />;
}
