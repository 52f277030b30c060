import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { TokenStatus } from '@/lib/contracts/tokens';

const STATUS: Record<TokenStatus, { label: string; tone: BadgeTone }> = {
  active: { label: 'Active', tone: 'success' },
  expiring_soon: { label: 'Expiring soon', tone: 'warning' },
  expired: { label: 'Expired', tone: 'neutral' },
  revoked: { label: 'Revoked', tone: 'danger' },
};

export function TokenStatusBadge({ status }: { status: TokenStatus }) {
  const { label, tone } = STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
