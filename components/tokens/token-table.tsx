'use client';

import { CredentialTable, type CredentialTableWording } from '@/components/credentials/credential-table';
import type { TokenDto } from '@/lib/contracts/tokens';

export type TokenTableProps = {
  tokens: TokenDto[];
  onRotate: (token: TokenDto) => void;
  onExpire: (token: TokenDto) => void;
};

const WORDING: CredentialTableWording = {
  tableLabel: 'SCIM tokens',
  rowTestIdPrefix: 'token-row',
  endLabel: 'Revoke',
  endAriaLabel: (name) => `Revoke ${name}`,
};

export function TokenTable({ tokens, onRotate, onExpire }: TokenTableProps) {
  return <CredentialTable credentials={tokens} wording={WORDING} onRotate={onRotate} onEnd={onExpire} />;
}
